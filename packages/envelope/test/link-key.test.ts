import { describe, expect, it } from 'vitest';
import { decodeLinkKey, encodeLinkKey, generateLinkKey, LINK_KEY_BYTES } from '../src/index.ts';
import { errorCode } from './helpers/expect-error.ts';

describe('link keys', () => {
  it('are 32 fresh random bytes, 43 characters in a link', async () => {
    const a = await generateLinkKey();
    const b = await generateLinkKey();
    expect(a).toHaveLength(LINK_KEY_BYTES);
    expect(a).not.toEqual(b);
    const text = encodeLinkKey(a);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(decodeLinkKey(text)).toEqual(a);
  });

  it.each([
    ['42 characters', 'A'.repeat(42)],
    ['44 characters', 'A'.repeat(44)],
    ['padding', `${'A'.repeat(42)}=`],
    ['a character outside base64url', `${'A'.repeat(42)}+`],
    ['non-zero trailing bits', `${'A'.repeat(42)}B`],
    ['empty', ''],
  ])('decoding rejects %s with KEY_INVALID', async (_, text) => {
    expect(await errorCode(() => decodeLinkKey(text))).toBe('KEY_INVALID');
  });

  it('encoding rejects a key that is not 32 bytes', async () => {
    expect(await errorCode(() => encodeLinkKey(new Uint8Array(31)))).toBe('KEY_INVALID');
  });
});
