import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, decryptPayload } from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { paddedLength } from '../src/lib/padding.ts';
import { errorCode } from './helpers/expect-error.ts';
import { LINK_KEY } from './helpers/fixtures.ts';
import type { ForgedChunk } from './helpers/forge-envelope.ts';
import { forgeEnvelope, logicalData, padded } from './helpers/forge-envelope.ts';

const TEXT = '{"kind":"text"}';
const data = logicalData(TEXT, new TextEncoder().encode('hi'));
const zeros = (length: number) => new Uint8Array(length);

const decrypt = async (chunks: ForgedChunk[]) =>
  decryptPayload(await forgeEnvelope(LINK_KEY, chunks), LINK_KEY);
const codeOf = (chunks: ForgedChunk[]) => errorCode(() => decrypt(chunks));

// Envelopes sealed correctly under the right key but breaking a rule of FORMAT.md: the decryptor must refuse
// each with DECRYPTION_FAILED (stream rules) or PAYLOAD_INVALID (metadata and text).
describe('decryptor rules', () => {
  it('accepts a forged envelope that follows the rules (the forger is sound)', async () => {
    expect(await decrypt([{ plaintext: padded(data, 1024), tag: 'final' }])).toEqual({
      kind: 'text',
      text: 'hi',
    });
  });

  it.each<[string, ForgedChunk[]]>([
    ['no chunks at all', []],
    ['a lone MESSAGE chunk (no FINAL)', [{ plaintext: padded(data, 1024), tag: 'message' }]],
    ['a lone PUSH chunk (no FINAL)', [{ plaintext: padded(data, 1024), tag: 'push' }]],
    ['a REKEY tag', [{ plaintext: padded(data, 1024), tag: 'rekey' }]],
    ['no 0x80 marker', [{ plaintext: zeros(1024).fill(1, 0, 10), tag: 'final' }]],
    ['a non-zero byte after the marker', [{ plaintext: padded(data, 1024).fill(1, 1023), tag: 'final' }]],
    ['padding short of the 1 KiB minimum', [{ plaintext: padded(data, 1023), tag: 'final' }]],
    ['padding past the Padmé length', [{ plaintext: padded(data, 1025), tag: 'final' }]],
    [
      'a chunk after FINAL',
      [
        { plaintext: padded(data, 1024), tag: 'final' },
        { plaintext: zeros(0), tag: 'final' },
      ],
    ],
    [
      'a short chunk before the last',
      [
        { plaintext: data, tag: 'message' },
        { plaintext: padded(new Uint8Array(), 1024 - data.length), tag: 'final' },
      ],
    ],
  ])('refuses %s', async (_, chunks) => {
    expect(await codeOf(chunks)).toBe('DECRYPTION_FAILED');
  });

  describe('padding that spans chunks (4 MiB + 1 byte of data pads to 66 chunks)', () => {
    const big = logicalData(TEXT, new Uint8Array(4 * 1024 * 1024 + 1 - 4 - TEXT.length).fill(0x61));
    const dataChunks: ForgedChunk[] = [];
    for (let i = 0; i < 64; i++) {
      dataChunks.push({ plaintext: big.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES), tag: 'message' });
    }
    const markerChunk = padded(big.subarray(64 * CHUNK_BYTES), CHUNK_BYTES);

    it('accepts PUSH then zero chunks ending in FINAL', async () => {
      const payload = await decrypt([
        ...dataChunks,
        { plaintext: markerChunk, tag: 'push' },
        { plaintext: zeros(CHUNK_BYTES), tag: 'final' },
      ]);
      expect(payload.kind === 'text' && payload.text.length).toBe(big.length - 4 - TEXT.length);
    });

    it.each<[string, ForgedChunk[]]>([
      [
        'a non-zero padding chunk',
        [
          { plaintext: markerChunk, tag: 'push' },
          { plaintext: zeros(CHUNK_BYTES).fill(1, -1), tag: 'final' },
        ],
      ],
      [
        'a second PUSH',
        [
          { plaintext: markerChunk, tag: 'push' },
          { plaintext: zeros(CHUNK_BYTES), tag: 'push' },
        ],
      ],
      [
        'padding that never reaches FINAL',
        [
          { plaintext: markerChunk, tag: 'push' },
          { plaintext: zeros(CHUNK_BYTES), tag: 'message' },
        ],
      ],
      ['FINAL before the padded length', [{ plaintext: markerChunk, tag: 'final' }]],
      [
        'padding past the padded length',
        [
          { plaintext: markerChunk, tag: 'push' },
          { plaintext: zeros(CHUNK_BYTES), tag: 'message' },
          { plaintext: zeros(1), tag: 'final' },
        ],
      ],
    ])('refuses %s', async (_, tail) => {
      expect(await codeOf([...dataChunks, ...tail])).toBe('DECRYPTION_FAILED');
    });
  });

  it.each([
    ['an unknown kind', logicalData('{"kind":"files","files":[]}')],
    ['an unknown field', logicalData('{"kind":"text","lang":"en"}')],
    ['metadata that is not JSON', logicalData('{kind:text}')],
    ['metadata that is not an object', logicalData('["text"]')],
    ['metadata that is not UTF-8', concatBytes([new Uint8Array([0, 0, 0, 1]), new Uint8Array([0xff])])],
    ['a metadata length past the data', new Uint8Array([0, 0, 0, 200, 0x7b])],
    [
      'a metadata length over 16 KiB',
      concatBytes([new Uint8Array([0, 0, 0x40, 0x01]), new Uint8Array(16385)]),
    ],
    ['data too short for the metadata length', new Uint8Array([0, 0])],
    ['text that is not UTF-8', logicalData(TEXT, new Uint8Array([0x61, 0xc3, 0x28]))],
  ])('refuses %s with PAYLOAD_INVALID', async (_, stream) => {
    const chunks: ForgedChunk[] = [{ plaintext: padded(stream, paddedLength(stream.length)), tag: 'final' }];
    expect(await codeOf(chunks)).toBe('PAYLOAD_INVALID');
  });
});
