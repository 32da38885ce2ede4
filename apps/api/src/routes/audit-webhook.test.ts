import { env } from 'cloudflare:test';
import { auditWebhookResponseSchema, setAuditWebhookResponseSchema } from '@hushlink/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, makeTeam, sessionCookieOf, signIn, stepUp } from '../../test/accounts.ts';
import { errorCode } from '../../test/api-client.ts';

const PATH = '/api/admin/audit-webhook';
/** A name under `.invalid` (RFC 6761): it never resolves, so the deliveries these tests set off go nowhere. */
const RECEIVER = 'https://siem.invalid/hooks/hushlink?token=abc';
const onWorkers = navigator.userAgent === 'Cloudflare-Workers';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('webhook');
});

function put(person: Parameters<typeof as>[0], url: unknown): Promise<Response> {
  return as(person, PATH, { method: 'PUT', body: JSON.stringify({ url }) });
}

describe('the audit webhook settings', () => {
  it('are for admins only, and setting or removing needs a fresh step-up', async () => {
    expect(await errorCode(await as(null, PATH))).toBe('sign_in_required');
    expect(await errorCode(await as(team.member, PATH))).toBe('forbidden');
    expect(await errorCode(await put(team.member, RECEIVER))).toBe('forbidden');
    // A fresh sign-in is not a step-up.
    const fresh = { ...team.admin, cookie: sessionCookieOf(await signIn(team.admin)) };
    expect(await errorCode(await put(fresh, RECEIVER))).toBe('step_up_required');
    expect(await errorCode(await as(fresh, PATH, { method: 'DELETE' }))).toBe('step_up_required');
    expect(auditWebhookResponseSchema.parse(await (await as(team.admin, PATH)).json())).toEqual({
      webhook: null,
    });
  });

  it('shows the signing secret once, then only the address and delivery state', async () => {
    await stepUp(team.admin);
    const response = await put(team.admin, RECEIVER);
    expect(response.status).toBe(200);
    const set = setAuditWebhookResponseSchema.parse(await response.json());
    expect(set.webhook).toMatchObject({ url: RECEIVER, lastDeliveredAt: null });
    const shown = await (await as(team.admin, PATH)).text();
    expect(auditWebhookResponseSchema.parse(JSON.parse(shown)).webhook?.url).toBe(RECEIVER);
    expect(shown).not.toContain(set.secret);
    // Setting it again makes a new secret.
    const again = setAuditWebhookResponseSchema.parse(await (await put(team.admin, RECEIVER)).json());
    expect(again.secret).not.toBe(set.secret);
    // The audit log names the receiver's origin, never its path or query (a token often lives there).
    const { results } = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'audit.webhook_set' AND actor_id = ?",
    )
      .bind(team.admin.id)
      .all<{ detail: string }>();
    expect(results.map((row) => JSON.parse(row.detail))).toEqual([
      { origin: 'https://siem.invalid' },
      { origin: 'https://siem.invalid' },
    ]);
  });

  it('refuses an address that is not https, holds credentials or is not a URL, naming url', async () => {
    await stepUp(team.admin);
    const refused = [
      'http://siem.example.com/hook',
      'ftp://siem.example.com/hook',
      'https://user:password@siem.example.com/hook',
      'siem.example.com/hook',
      `https://siem.example.com/${'a'.repeat(2000)}`,
      42,
    ];
    for (const url of refused) {
      const response = await put(team.admin, url);
      expect(response.status, String(url)).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('url') });
    }
    expect((await put(team.admin, RECEIVER)).status).toBe(200);
  });

  it('refuses a private or loopback address on Workers, and allows it (http only to itself) on Node', async () => {
    // The whole matrix of addresses is in services/webhook-url.test.ts; here, that each runtime applies its rules.
    await stepUp(team.admin);
    for (const url of ['https://10.1.2.3/hook', 'https://[::1]/hook', 'http://127.0.0.1:8080/hook']) {
      expect((await put(team.admin, url)).status, url).toBe(onWorkers ? 400 : 200);
    }
    expect((await put(team.admin, 'http://10.1.2.3/hook')).status).toBe(400);
  });

  it('removes the webhook', async () => {
    await stepUp(team.admin);
    expect((await put(team.admin, RECEIVER)).status).toBe(200);
    expect((await as(team.admin, PATH, { method: 'DELETE' })).status).toBe(204);
    expect(auditWebhookResponseSchema.parse(await (await as(team.admin, PATH)).json())).toEqual({
      webhook: null,
    });
    expect(await errorCode(await as(team.admin, PATH, { method: 'DELETE' }))).toBe('not_found');
  });
});
