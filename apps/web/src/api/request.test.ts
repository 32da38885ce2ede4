import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api-request-error.ts';
import { errorFrom } from './request.ts';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('errorFrom', () => {
  it('keeps a known code, its status and Retry-After', async () => {
    const error = await errorFrom(
      answer(429, { error: { code: 'rate_limited', message: 'Slow down.' } }, { 'Retry-After': '7' }),
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect([error.code, error.status, error.retryAfter]).toEqual(['rate_limited', 429, 7]);
  });

  it('accepts a code this client does not know, with the server’s sentence to show', async () => {
    const error = await errorFrom(
      answer(403, { error: { code: 'brand_new_rule', message: 'Ask your admin to allow this.' } }),
    );
    expect([error.code, error.status, error.message]).toEqual([
      'unknown_code',
      403,
      'Ask your admin to allow this.',
    ]);
  });

  it('falls back to the status for a body that is not ours', async () => {
    expect((await errorFrom(answer(502, '<html>Bad gateway</html>'))).code).toBe('invalid_response');
    expect((await errorFrom(answer(404, '<html>Not found</html>'))).code).toBe('not_found');
    // A code in our shape but not a code (markup, capitals) is not shown to anyone.
    const odd = await errorFrom(answer(400, { error: { code: '<b>Hi</b>', message: 'x' } }));
    expect(odd.code).toBe('invalid_response');
  });
});
