import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, createDecryptor, createEncryptor } from '../src/index.ts';
import { SEALED_CHUNK_BYTES } from '../src/lib/chunk.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { startEncryptor } from '../src/lib/encryptor.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { bytesEqual } from './helpers/bytes-equal.ts';
import { errorCode } from './helpers/expect-error.ts';
import { fixedRandom } from './helpers/fixed-random.ts';
import { LINK_KEY } from './helpers/fixtures.ts';

/** `length` pseudo-random bytes from a seed, cheap to make in bulk. */
async function content(length: number, seed: number): Promise<Uint8Array> {
  const sodium = await standardSodium();
  return sodium.randombytes_buf_deterministic(length, new Uint8Array(32).fill(seed));
}

/** Cuts bytes into pieces whose sizes cycle through `sizes`. */
function cut(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    pieces.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return pieces;
}

/** Encrypts with a fixed stream header, pushing content in the given pieces. */
async function encryptInPieces(pieces: Uint8Array[]): Promise<Uint8Array> {
  const encryptor = await startEncryptor(
    { kind: 'text' },
    LINK_KEY,
    {},
    { random: fixedRandom(new Uint8Array(24)) },
  );
  const out = pieces.flatMap((piece) => encryptor.push(piece));
  return concatBytes([...out, ...encryptor.finish()]);
}

async function decryptInPieces(pieces: Uint8Array[]): Promise<{ content: Uint8Array; sizes: number[] }> {
  const decryptor = await createDecryptor(LINK_KEY);
  const out: Uint8Array[] = [];
  for (const piece of pieces) out.push(...(await decryptor.push(piece)));
  out.push(...(await decryptor.finish()));
  expect(decryptor.metadata).toEqual({ kind: 'text' });
  return { content: concatBytes(out), sizes: out.map((piece) => piece.length) };
}

/** A version 3 link header without a passphrase. */
const HEADER = 62;

const pieceSizes = fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 6 });

describe('streaming', () => {
  it('writes the same envelope however the content is cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 200_000 }), pieceSizes, async (length, sizes) => {
        const bytes = await content(length, length % 251);
        expect(bytesEqual(await encryptInPieces(cut(bytes, sizes)), await encryptInPieces([bytes]))).toBe(
          true,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('reads the same content however the envelope is cut, one chunk at a time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 200_000 }), pieceSizes, async (length, sizes) => {
        const bytes = await content(length, length % 251);
        const envelope = await encryptInPieces([bytes]);
        const { content: read, sizes: outSizes } = await decryptInPieces(cut(envelope, sizes));
        expect(bytesEqual(read, bytes)).toBe(true);
        for (const size of outSizes) expect(size).toBeLessThanOrEqual(CHUNK_BYTES);
      }),
      { numRuns: 25 },
    );
  });

  it('reads pieces that hold several whole chunks as well as the ends of cut ones', async () => {
    const bytes = await content(9 * CHUNK_BYTES + 123, 9);
    const envelope = await encryptInPieces([bytes]);
    for (const sizes of [
      [
        7,
        3 * SEALED_CHUNK_BYTES + 11,
        SEALED_CHUNK_BYTES,
        SEALED_CHUNK_BYTES - 18,
        2 * SEALED_CHUNK_BYTES + 1,
      ],
      [HEADER + 2 * SEALED_CHUNK_BYTES, 1, 4 * SEALED_CHUNK_BYTES - 1, 5],
      [envelope.length - 1, 1],
    ]) {
      const { content: read, sizes: outSizes } = await decryptInPieces(cut(envelope, sizes));
      expect(bytesEqual(read, bytes), `pieces of ${sizes.join(', ')}`).toBe(true);
      for (const size of outSizes) expect(size).toBeLessThanOrEqual(CHUNK_BYTES);
    }
  });

  it('refuses bytes after a whole FINAL chunk, in the same piece or a later one', async () => {
    // 194,000 bytes of content pad to exactly three chunks, so the FINAL chunk is a whole sealed chunk.
    const envelope = await encryptInPieces([await content(194_000, 3)]);
    expect(envelope.length).toBe(HEADER + 3 * SEALED_CHUNK_BYTES);
    const extended = concatBytes([envelope, new Uint8Array(1)]);
    const whole = await createDecryptor(LINK_KEY);
    expect(await errorCode(() => whole.push(extended))).toBe('DECRYPTION_FAILED');
    const split = await createDecryptor(LINK_KEY);
    await split.push(envelope);
    expect(await errorCode(() => split.push(new Uint8Array(1)))).toBe('DECRYPTION_FAILED');
  });

  it('yields each chunk once the next has opened, and the last piece only from finish (version 3)', async () => {
    const bytes = await content(3 * CHUNK_BYTES, 7);
    const envelope = await encryptInPieces([bytes]);
    const decryptor = await createDecryptor(LINK_KEY);
    const chunkEnd = (i: number) => HEADER + i * SEALED_CHUNK_BYTES;
    expect(await decryptor.push(envelope.subarray(0, chunkEnd(1)))).toEqual([]);
    expect(await decryptor.push(envelope.subarray(chunkEnd(1), chunkEnd(1) + 100))).toEqual([]);
    const first = await decryptor.push(envelope.subarray(chunkEnd(1) + 100, chunkEnd(2)));
    expect(concatBytes(first)).toEqual(bytes.subarray(0, CHUNK_BYTES - 19));
    const second = await decryptor.push(envelope.subarray(chunkEnd(2), chunkEnd(3)));
    expect(concatBytes(second).length).toBe(CHUNK_BYTES);
    // The last chunk is in, but the content it ends waits for finish, which checks the end.
    expect(await decryptor.push(envelope.subarray(chunkEnd(3)))).toEqual([]);
    const last = await decryptor.finish();
    expect(bytesEqual(concatBytes([...first, ...second, ...last]), bytes)).toBe(true);
  });

  it('yields content as soon as a whole chunk has arrived (version 1)', async () => {
    const bytes = await content(3 * CHUNK_BYTES, 7);
    const encryptor = await startEncryptor({ kind: 'text' }, LINK_KEY, {}, { version: 1 });
    const envelope = concatBytes([...encryptor.push(bytes), ...encryptor.finish()]);
    const decryptor = await createDecryptor(LINK_KEY);
    const first = await decryptor.push(envelope.subarray(0, 30 + SEALED_CHUNK_BYTES));
    expect(concatBytes(first)).toEqual(bytes.subarray(0, CHUNK_BYTES - 19));
    expect(
      await decryptor.push(envelope.subarray(30 + SEALED_CHUNK_BYTES, 30 + SEALED_CHUNK_BYTES + 100)),
    ).toEqual([]);
  });

  it('stays failed after an error, and refuses use after finish or while busy', async () => {
    const envelope = await encryptInPieces([new Uint8Array(10)]);
    const broken = envelope.slice();
    broken[40] = (broken[40] ?? 0) ^ 1;
    const decryptor = await createDecryptor(LINK_KEY);
    expect(await decryptor.push(broken)).toEqual([]); // one short chunk: opened only at finish
    expect(await errorCode(() => decryptor.finish())).toBe('DECRYPTION_FAILED');
    expect(await errorCode(() => decryptor.push(new Uint8Array()))).toBe('DECRYPTION_FAILED');
    expect(await errorCode(() => decryptor.finish())).toBe('DECRYPTION_FAILED');

    const done = await createDecryptor(LINK_KEY);
    await done.push(envelope);
    await done.finish();
    await expect(done.push(new Uint8Array(1))).rejects.toThrow(TypeError);

    const busy = await createDecryptor(LINK_KEY);
    const pending = busy.push(envelope);
    await expect(busy.push(new Uint8Array())).rejects.toThrow(TypeError);
    await pending;

    const encryptor = await createEncryptor({ kind: 'text' }, LINK_KEY);
    [...encryptor.finish()];
    expect(() => encryptor.push(new Uint8Array(1))).toThrow(TypeError);
    expect(() => encryptor.finish()).toThrow(TypeError);
  });
});
