import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { CONTENT_SECURITY_POLICY } from '@hushlink/protocol';
import { describe, expect, it } from 'vitest';
import { api, createSecret, errorCode, reveal } from '../test/api-client.ts';
import worker from './index.ts';

async function expireNow(id: string): Promise<void> {
  await env.DB.prepare('UPDATE secrets SET expires_at = ? WHERE id = ?')
    .bind(Date.now() - 1, id)
    .run();
}

async function runPurge(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(
    createScheduledController({ scheduledTime: Date.now(), cron: '*/15 * * * *' }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
}

describe('GET /api/health', () => {
  it('answers ok with the version and every security header', async () => {
    const response = await api('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(response.headers.get('Strict-Transport-Security')).toContain('max-age=');
    expect(response.headers.get('Permissions-Policy')).toContain('camera=()');
  });
});

describe('expiry and the scheduled purge', () => {
  it('never serves an expired secret, before or after the purge', async () => {
    const expired = await createSecret({ maxViews: 3 });
    const live = await createSecret();
    await expireNow(expired.id);

    const metadata = await api(`/api/secrets/${expired.id}`);
    expect(metadata.status).toBe(404);
    expect(await errorCode(metadata)).toBe('not_found');
    expect((await reveal(expired.id, expired.claim)).status).toBe(404);

    await runPurge();
    const row = await env.DB.prepare('SELECT id FROM secrets WHERE id = ?').bind(expired.id).first();
    expect(row).toBeNull();
    expect((await reveal(expired.id, expired.claim)).status).toBe(404);
    expect((await api(`/api/secrets/${expired.id}`)).status).toBe(404);

    // The purge leaves what has not expired.
    expect((await reveal(live.id, live.claim)).status).toBe(200);
  });
});
