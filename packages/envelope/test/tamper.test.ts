import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECRYPTION_FAILED_MESSAGE } from '../src/errors.ts';
import type { EnvelopeErrorCode } from '../src/index.ts';
import { CHUNK_BYTES, decryptPayload, EnvelopeError } from '../src/index.ts';
import { SEALED_CHUNK_BYTES } from '../src/lib/chunk.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { errorCode } from './helpers/expect-error.ts';
import { fixedRandom } from './helpers/fixed-random.ts';
import { LINK_KEY, OTHER_LINK_KEY, seal, text } from './helpers/fixtures.ts';

/** A version 3 link header without a passphrase: prefix, commitment, stream header. */
const HEADER = 62;

/** What a change at `offset` may be reported as: header structure, or otherwise the one decryption failure. */
function allowedCodes(offset: number): EnvelopeErrorCode[] {
  if (offset < 4) return ['ENVELOPE_INVALID'];
  // Any other version is unsupported, except 2, which is sealed and refused to a link key as ENVELOPE_INVALID,
  // and 1, whose shorter header leaves the rest to fail decryption.
  if (offset === 4) return ['UNSUPPORTED_VERSION', 'ENVELOPE_INVALID', 'DECRYPTION_FAILED'];
  // Setting the passphrase flag reads Argon2id costs from commitment bytes, which for this key are over the caps;
  // setting the sealed or signed flag asks for a key pair.
  if (offset === 5) return ['ENVELOPE_INVALID'];
  return ['DECRYPTION_FAILED'];
}

function flipped(envelope: Uint8Array, offset: number, mask: number): Uint8Array {
  const copy = envelope.slice();
  copy[offset] = (copy[offset] ?? 0) ^ mask;
  return copy;
}

describe('tampering', () => {
  let small: Uint8Array;
  let large: Uint8Array;
  beforeAll(async () => {
    const random = () => fixedRandom(new Uint8Array(24).fill(0xa5));
    small = await seal(text('attack at dawn'), {}, { random: random() });
    large = await seal(text('L'.repeat(2 * CHUNK_BYTES + 5000)), {}, { random: random() });
    expect(large.length).toBeGreaterThan(HEADER + 2 * SEALED_CHUNK_BYTES);
  });

  it('fails with the fixed DECRYPTION_FAILED message', async () => {
    const error = await decryptPayload(small, OTHER_LINK_KEY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvelopeError);
    expect(error).toMatchObject({ code: 'DECRYPTION_FAILED', message: DECRYPTION_FAILED_MESSAGE });
  });

  it('detects a change to any single byte of a one-chunk envelope', async () => {
    for (let offset = 0; offset < small.length; offset++) {
      const mask = ((offset * 37) % 255) + 1;
      const code = await errorCode(() => decryptPayload(flipped(small, offset, mask), LINK_KEY));
      expect(allowedCodes(offset), `byte ${offset} ^ ${mask}`).toContain(code);
    }
  });

  it('detects a change to any byte of a multi-chunk envelope', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(large.length - 1), fc.integer({ min: 1, max: 255 }), async (offset, mask) => {
        const code = await errorCode(() => decryptPayload(flipped(large, offset, mask), LINK_KEY));
        expect(allowedCodes(offset)).toContain(code);
      }),
      { numRuns: 150 },
    );
  });

  it('detects every truncation of a one-chunk envelope', async () => {
    for (let length = 0; length < small.length; length++) {
      const code = await errorCode(() => decryptPayload(small.subarray(0, length), LINK_KEY));
      expect(code, `length ${length}`).toBe(length < HEADER ? 'ENVELOPE_INVALID' : 'DECRYPTION_FAILED');
    }
  });

  it('detects truncation of a multi-chunk envelope, including at chunk boundaries', async () => {
    const boundaries = [HEADER, HEADER + SEALED_CHUNK_BYTES, HEADER + 2 * SEALED_CHUNK_BYTES];
    for (const length of boundaries) {
      expect(await errorCode(() => decryptPayload(large.subarray(0, length), LINK_KEY))).toBe(
        'DECRYPTION_FAILED',
      );
    }
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: HEADER, max: large.length - 1 }), async (length) => {
        expect(await errorCode(() => decryptPayload(large.subarray(0, length), LINK_KEY))).toBe(
          'DECRYPTION_FAILED',
        );
      }),
      { numRuns: 50 },
    );
  });

  it('detects bytes appended after the FINAL chunk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 100 }), async (extra) => {
        const extended = concatBytes([small, extra]);
        expect(await errorCode(() => decryptPayload(extended, LINK_KEY))).toBe('DECRYPTION_FAILED');
      }),
      { numRuns: 50 },
    );
    const withChunk = concatBytes([large, large.subarray(HEADER, HEADER + SEALED_CHUNK_BYTES)]);
    expect(await errorCode(() => decryptPayload(withChunk, LINK_KEY))).toBe('DECRYPTION_FAILED');
  });

  it('detects reordered, dropped and duplicated chunks', async () => {
    const header = large.subarray(0, HEADER);
    const chunk = (i: number) =>
      large.subarray(HEADER + i * SEALED_CHUNK_BYTES, HEADER + (i + 1) * SEALED_CHUNK_BYTES);
    const variants = [
      [chunk(1), chunk(0), chunk(2)],
      [chunk(0), chunk(2)],
      [chunk(0), chunk(0), chunk(1), chunk(2)],
    ];
    for (const chunks of variants) {
      const envelope = concatBytes([header, ...chunks]);
      expect(await errorCode(() => decryptPayload(envelope, LINK_KEY))).toBe('DECRYPTION_FAILED');
    }
  });

  it('fails with DECRYPTION_FAILED under any other link key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (key) => {
        fc.pre(!key.every((byte, i) => byte === LINK_KEY[i]));
        expect(await errorCode(() => decryptPayload(small, key))).toBe('DECRYPTION_FAILED');
      }),
      { numRuns: 50 },
    );
  });
});
