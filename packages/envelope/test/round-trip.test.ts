import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, decryptPayload, encryptPayload } from '../src/index.ts';
import { CHUNK_OVERHEAD } from '../src/lib/chunk.ts';
import { paddedLength } from '../src/lib/padding.ts';
import { LINK_KEY, text } from './helpers/fixtures.ts';

const PREFIX = 4 + '{"kind":"text"}'.length;
/** A version 3 link header without a passphrase: prefix, commitment, stream header. */
const HEADER = 62;

/** Envelope length for `contentBytes` of content: header plus the padded stream plus 17 bytes per chunk. */
function expectedLength(contentBytes: number): number {
  const padded = paddedLength(PREFIX + contentBytes);
  return HEADER + padded + CHUNK_OVERHEAD * Math.ceil(padded / CHUNK_BYTES);
}

/** Any Unicode scalar value: every code point but the surrogates. */
const scalarValue = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }));

async function roundTrip(value: string): Promise<void> {
  const envelope = await encryptPayload(text(value), LINK_KEY);
  expect(envelope.length).toBe(expectedLength(new TextEncoder().encode(value).length));
  const payload = await decryptPayload(envelope, LINK_KEY);
  expect(payload.kind === 'text' && payload.text === value).toBe(true);
}

describe('round trip', () => {
  it('keeps empty text, and pads it to the 1 KiB minimum', async () => {
    await roundTrip('');
    expect((await encryptPayload(text(''), LINK_KEY)).length).toBe(HEADER + 1024 + CHUNK_OVERHEAD);
  });

  it('keeps any Unicode text, including a leading BOM and astral characters', async () => {
    await roundTrip('\uFEFFhello');
    await roundTrip('pässwörd 🔑 秘密 \u0000 end');
    await fc.assert(
      fc.asyncProperty(fc.array(scalarValue, { maxLength: 400 }), (points) =>
        roundTrip(String.fromCodePoint(...points)),
      ),
      { numRuns: 100 },
    );
  });

  it('keeps text whose data ends at, just before and just after every chunk boundary up to 4 chunks', async () => {
    for (let k = 1; k <= 4; k++) {
      for (const delta of [-2, -1, 0, 1]) await roundTrip('b'.repeat(k * CHUNK_BYTES - PREFIX + delta));
    }
  });

  it('keeps multi-chunk text of random sizes up to ~300 KiB', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 * 1024 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (n, unit) => roundTrip(unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
      ),
      { numRuns: 15 },
    );
  });

  it('encrypts the same text differently each time', async () => {
    const a = await encryptPayload(text('same'), LINK_KEY);
    const b = await encryptPayload(text('same'), LINK_KEY);
    expect(a).not.toEqual(b);
  });

  it('refuses payloads it does not know, and link keys that are not 32 bytes', async () => {
    const bad: unknown[] = [
      { kind: 'files', files: [] },
      { kind: 'text', text: 42 },
      { kind: 'text', text: '\uD800' },
      null,
    ];
    for (const payload of bad) {
      // @ts-expect-error: JavaScript callers can pass anything.
      await expect(encryptPayload(payload, LINK_KEY)).rejects.toMatchObject({ code: 'PAYLOAD_INVALID' });
    }
    await expect(encryptPayload(text('a'), new Uint8Array(16))).rejects.toMatchObject({
      code: 'KEY_INVALID',
    });
    await expect(decryptPayload(new Uint8Array(100), new Uint8Array(33))).rejects.toMatchObject({
      code: 'KEY_INVALID',
    });
  });
});
