import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, createSecret, reveal } from '../../test/api-client.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('request log', () => {
  it('writes one JSON line per request with the route pattern, and never a claim, token or ciphertext', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    const secret = await createSecret({ maxViews: 2 });
    expect((await reveal(secret.id, secret.claim)).status).toBe(200);
    const revoked = await api(`/api/secrets/${secret.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${secret.manageToken}` },
    });
    expect(revoked.status).toBe(204);
    expect(revoked.headers.get('X-Request-Id')).toMatch(/^[A-Za-z0-9_-]{16}$/);

    // On Workers the metric lines (worker-metrics.ts) go to the same log; the request lines are the `request` events.
    const entries = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.event === 'request');
    expect(entries.map((entry) => [entry.method, entry.route, entry.status])).toEqual([
      ['POST', '/api/secrets', 201],
      ['POST', '/api/secrets/:id/reveal', 200],
      ['DELETE', '/api/secrets/:id', 204],
    ]);
    for (const entry of entries) expect(entry.requestId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // Every line, metric lines too.
    const text = lines.join('\n');
    for (const secretPart of [secret.id, secret.claim, secret.manageToken, secret.ciphertext.slice(0, 40)]) {
      expect(text).not.toContain(secretPart);
    }
  });
});
