import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { paddedLength } from '../src/lib/padding.ts';
import { bytesEqual } from './helpers/bytes-equal.ts';
import { LINK_KEY, seal, text } from './helpers/fixtures.ts';
import { logicalData } from './helpers/forge-envelope.ts';
import { rawOpen } from './helpers/raw-open.ts';

const [MESSAGE, PUSH, FINAL] = [0, 1, 3];
const PREFIX = 4 + '{"kind":"text"}'.length;

/** Expected logical stream: data, 0x80, zeros to the padded length. */
function expectedStream(content: string): Uint8Array {
  const data = logicalData('{"kind":"text"}', new TextEncoder().encode(content));
  const stream = new Uint8Array(paddedLength(data.length));
  stream.set(data);
  stream[data.length] = 0x80;
  return stream;
}

// Checks the encryptor's output against FORMAT.md by opening it with libsodium directly.
describe('format v3 as written', () => {
  it.each([
    ['empty text, one FINAL chunk of 1 KiB', '', [FINAL]],
    ['data ending one byte before the first boundary', 'x'.repeat(CHUNK_BYTES - PREFIX - 1), [FINAL]],
    ['data filling the first chunk exactly', 'x'.repeat(CHUNK_BYTES - PREFIX), [MESSAGE, FINAL]],
    ['three chunks', 'y'.repeat(2 * CHUNK_BYTES + 100), [MESSAGE, MESSAGE, FINAL]],
  ])('%s', async (_, content, tags) => {
    const chunks = await rawOpen(await seal(text(content)), LINK_KEY);
    expect(chunks.map((chunk) => chunk.tag)).toEqual(tags);
    expect(bytesEqual(concatBytes(chunks.map((chunk) => chunk.plaintext)), expectedStream(content))).toBe(
      true,
    );
    for (const chunk of chunks.slice(0, -1)) expect(chunk.plaintext).toHaveLength(CHUNK_BYTES);
  });

  it('tags the end of data PUSH and seals the zero padding after it when Padmé spans more chunks', async () => {
    // 4 MiB + 1 byte of data pads to 4325376 = 66 chunks: 64 of data, the marker chunk, one of zeros.
    const content = 'z'.repeat(4 * 1024 * 1024 + 1 - PREFIX);
    const chunks = await rawOpen(await seal(text(content)), LINK_KEY);
    expect(chunks).toHaveLength(66);
    expect(chunks.map((chunk) => chunk.tag)).toEqual([...Array(64).fill(MESSAGE), PUSH, FINAL]);
    expect(chunks[64]?.plaintext.subarray(0, 2)).toEqual(new Uint8Array([0x7a, 0x80]));
    expect(chunks[65]?.plaintext.every((byte) => byte === 0)).toBe(true);
    expect(bytesEqual(concatBytes(chunks.map((chunk) => chunk.plaintext)), expectedStream(content))).toBe(
      true,
    );
  });
});
