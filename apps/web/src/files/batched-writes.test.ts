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

describe('batchedWrites, double-buffered', () => {
  it('fills the next block while the sink still writes the last, and waits before a third', async () => {
    const written: number[][] = [];
    const releases: (() => void)[] = [];
    const sink = {
      write: (bytes: Uint8Array) =>
        new Promise<void>((resolve) => {
          written.push([...bytes]);
          releases.push(resolve);
        }),
    };
    const out = batchedWrites(sink, 2);
    // Block 1 goes to the sink, whose write does not end yet; block 2 fills meanwhile and the call returns.
    await out.write(Uint8Array.of(1, 2, 3));
    expect(written).toEqual([[1, 2]]);
    // Block 2 is full: its hand-off waits for block 1's write.
    let third = false;
    const pending = out.write(Uint8Array.of(4, 5)).then(() => {
      third = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(third).toBe(false);
    expect(written).toEqual([[1, 2]]);
    releases[0]?.();
    await pending;
    expect(written).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const flushed = out.flush();
    releases[1]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    releases[2]?.();
    await flushed;
    expect(written).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('reports a failed write at the next hand-off or flush', async () => {
    const sink = { write: () => Promise.reject(new Error('disk full')) };
    const out = batchedWrites(sink, 2);
    await out.write(Uint8Array.of(1, 2));
    await expect(out.flush()).rejects.toThrow('disk full');
  });
});
