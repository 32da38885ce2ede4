import { describe, expect, it } from 'vitest';
import { CLAIM_BYTES, deriveClaim, hashClaim } from '../src/index.ts';
import { contentKey } from '../src/lib/key-schedule.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { errorCode } from './helpers/expect-error.ts';
import { fromHex, toHex } from './helpers/hex.ts';

// Known answers computed independently with Python's hashlib (blake2b with key=, digest_size=32; sha256).
const LINK_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const CLAIM = 'b272e5747f6b4ee6e28d5d33d73247854f2542301bc8b023038a5c888c9d1fbc';
const CLAIM_HASH = '361ebddfbeaf374178690ced095e50a53d344dfb5a556dd1a0cbc8a59bb7a43f';
const CONTENT_KEY = '150a450068cb6324c003893404a5a4fe502686e8fada4d3dba47ed49f63c9f25';
const CONTENT_KEY_WITH_PASSWORD_KEY_AA = '5bedfd5fe14630a6dace4d6547b5359257514da82a2ec2d21e985f2c1eb70fe0';

describe('claim', () => {
  it('is keyed BLAKE2b-256 of "hushlink/v1/claim" under the link key', async () => {
    const claim = await deriveClaim(LINK_KEY);
    expect(claim).toHaveLength(CLAIM_BYTES);
    expect(toHex(claim)).toBe(CLAIM);
    expect(await deriveClaim(LINK_KEY)).toEqual(claim);
  });

  it('differs from the content key, which has its own context', async () => {
    const sodium = await standardSodium();
    expect(toHex(contentKey(sodium, LINK_KEY))).toBe(CONTENT_KEY);
    expect(toHex(contentKey(sodium, LINK_KEY, new Uint8Array(32).fill(0xaa)))).toBe(
      CONTENT_KEY_WITH_PASSWORD_KEY_AA,
    );
    expect(CONTENT_KEY).not.toBe(CLAIM);
  });

  it('hashes with SHA-256', async () => {
    expect(toHex(await hashClaim(fromHex(CLAIM)))).toBe(CLAIM_HASH);
    expect(toHex(await hashClaim(new Uint8Array(32)))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    );
  });

  it('rejects keys and claims that are not 32 bytes', async () => {
    expect(await errorCode(() => deriveClaim(new Uint8Array(16)))).toBe('KEY_INVALID');
    expect(await errorCode(() => hashClaim(new Uint8Array(33)))).toBe('KEY_INVALID');
  });
});
