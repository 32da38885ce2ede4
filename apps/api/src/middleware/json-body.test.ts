import { describe, expect, it } from 'vitest';
import { api, b64url, postJson } from '../../test/api-client.ts';

const claimHash = b64url(new Uint8Array(32));
const valid = { ciphertext: 'AAAA', expiresIn: 3600, claimHash };

async function errorMessage(response: Response): Promise<string> {
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('invalid_request');
  return body.error.message;
}

// The protocol's schemas are zod/mini, which has no locale of its own: these pin the English text the API has always
// quoted, so a missing locale (every message "Invalid input") cannot slip through.
describe('invalid_request messages', () => {
  it.each([
    ['Invalid expiresIn: Too big: expected number to be <=2592000.', { ...valid, expiresIn: 2592001 }],
    ['Invalid maxViews: Too small: expected number to be >=1.', { ...valid, maxViews: 0 }],
    ['Invalid expiresIn: Invalid input: expected number, received string.', { ...valid, expiresIn: '3600' }],
    ['Invalid expiresIn: Invalid input: expected int, received number.', { ...valid, expiresIn: 90.5 }],
    [
      'Invalid access: Invalid option: expected one of "link"|"signed-in"|"people".',
      { ...valid, access: 'everyone' },
    ],
    ['Invalid body: Invalid input: expected object, received array.', []],
    ['Invalid body: unknown field(s) isAdmin.', { ...valid, isAdmin: true }],
    ['Invalid ciphertext: must be unpadded base64url.', { ...valid, ciphertext: 'AAA=' }],
    ['Invalid recipients.0: must be 22 base64url characters.', { ...valid, recipients: ['x'] }],
    ['Invalid ciphertext: send either ciphertext or upload, not both.', { expiresIn: 3600, claimHash }],
  ])('POST /api/secrets answers %s', async (message, body) => {
    expect(await errorMessage(await postJson('/api/secrets', body))).toBe(message);
  });

  it('names a path parameter and a field of another route the same way', async () => {
    expect(await errorMessage(await api('/api/secrets/short'))).toBe(
      'Invalid id: must be 22 base64url characters.',
    );
    const reveal = await postJson('/api/secrets/AAAAAAAAAAAAAAAAAAAAAA/reveal', { claim: 'AAAA' });
    expect(await errorMessage(reveal)).toBe('Invalid claim: must encode exactly 32 bytes.');
  });
});
