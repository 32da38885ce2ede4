import { describe, expect, it } from 'vitest';
import { BodyStreamError, exactLength } from './exact-length.ts';

function streamOf(...chunks: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const length of chunks) controller.enqueue(new Uint8Array(length).fill(length));
      controller.close();
    },
  });
}

async function drain(body: ReadableStream<Uint8Array>): Promise<number> {
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) total += chunk.byteLength;
  return total;
}

describe('exactLength', () => {
  it('passes a body of exactly the declared length through unchanged', async () => {
    const checked = exactLength(streamOf(3, 4, 5), 12);
    expect(await drain(checked.body)).toBe(12);
    expect(checked.failure).toBeNull();
  });

  it('fails a body that is shorter or longer than declared, and says why', async () => {
    for (const [chunks, length] of [
      [[3, 4], 12],
      [[10, 10], 12],
    ] as const) {
      const checked = exactLength(streamOf(...chunks), length);
      await expect(drain(checked.body)).rejects.toBeInstanceOf(BodyStreamError);
      expect(checked.failure?.reason).toBe('length');
    }
  });

  it('fails when the body itself fails (the client went away)', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(4));
        controller.error(new Error('connection reset'));
      },
    });
    const checked = exactLength(broken, 12);
    await expect(drain(checked.body)).rejects.toBeInstanceOf(BodyStreamError);
    expect(checked.failure?.reason).toBe('aborted');
  });
});
