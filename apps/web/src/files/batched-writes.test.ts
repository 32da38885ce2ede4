import { describe, expect, it } from 'vitest';
import { batchedWrites } from './batched-writes.ts';

/** A sink that keeps a copy of each block it is given, as a file stream takes the bytes. */
function recordingSink() {
  const blocks: number[][] = [];
  return { blocks, sink: { write: async (bytes: Uint8Array) => void blocks.push([...bytes]) } };
}

describe('batchedWrites', () => {
  it('hands the sink full blocks, in order, and the rest on flush', async () => {
    const { blocks, sink } = recordingSink();
    const out = batchedWrites(sink, 4);
    await out.write(Uint8Array.of(1, 2, 3));
    expect(blocks).toEqual([]);
    await out.write(Uint8Array.of(4, 5, 6, 7, 8, 9, 10));
    expect(blocks).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    await out.flush();
    await out.flush();
    expect(blocks).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
  });

  it('copies each piece, so the caller may reuse it once the write resolves', async () => {
    const { blocks, sink } = recordingSink();
    const out = batchedWrites(sink, 8);
    const piece = Uint8Array.of(1, 2);
    await out.write(piece);
    piece.set([7, 7]);
    await out.write(piece);
    await out.flush();
    expect(blocks).toEqual([[1, 2, 7, 7]]);
  });

  it('forgets what it held on dispose: nothing is written after', async () => {
    const { blocks, sink } = recordingSink();
    const out = batchedWrites(sink, 8);
    await out.write(Uint8Array.of(1, 2, 3));
    out.dispose();
    await out.flush();
    expect(blocks).toEqual([]);
  });
});
