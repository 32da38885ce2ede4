import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, createSecret, reveal } from '../test/api-client.ts';
import { runPurge } from '../test/files.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The metric lines the Worker writes while `run` runs, parsed. */
async function metricLinesOf(run: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
    if (typeof line === 'string') lines.push(line);
  });
  await run();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => 'metric' in line);
}

describe('metrics as log lines on Workers (this file runs only in workerd: vitest.node.config.ts leaves it out)', () => {
  it('writes a count and a duration per request, and a count per audit event, by label', async () => {
    let id = '';
    const lines = await metricLinesOf(async () => {
      const secret = await createSecret();
      id = secret.id;
      expect((await reveal(secret.id, secret.claim)).status).toBe(200);
      expect((await api(`/api/secrets/${secret.id}`)).status).toBe(404);
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        {
          metric: 'hushlink_http_requests_total',
          route: '/api/secrets',
          method: 'POST',
          status: '201',
          value: 1,
        },
        {
          metric: 'hushlink_http_requests_total',
          route: '/api/secrets/:id/reveal',
          method: 'POST',
          status: '200',
          value: 1,
        },
        {
          metric: 'hushlink_http_requests_total',
          route: '/api/secrets/:id',
          method: 'GET',
          status: '404',
          value: 1,
        },
        { metric: 'hushlink_audit_events_total', event: 'secret.created', value: 1 },
        { metric: 'hushlink_audit_events_total', event: 'secret.opened', value: 1 },
      ]),
    );
    const durations = lines.filter((line) => line.metric === 'hushlink_http_request_duration_seconds');
    expect(durations).toHaveLength(3);
    for (const line of durations) {
      expect(line).toEqual({
        metric: 'hushlink_http_request_duration_seconds',
        route: expect.stringMatching(/^\/api\/secrets/),
        method: expect.any(String),
        value: expect.any(Number),
      });
    }
    // Labels are route patterns: no line carries the secret's id.
    expect(JSON.stringify(lines)).not.toContain(id);
  });

  it('counts the purge’s expired secrets from the cron', async () => {
    const secret = await createSecret();
    await env.DB.prepare('UPDATE secrets SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, secret.id)
      .run();
    const lines = await metricLinesOf(runPurge);
    expect(lines).toContainEqual({
      metric: 'hushlink_audit_events_total',
      event: 'secret.expired',
      value: 1,
    });
  });
});
