import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { batchedLog } from './batched-log.ts';

describe('batchedLog', () => {
  it('writes the lines of one turn with one write, in order, each ending in a newline', async () => {
    const writes: string[] = [];
    const log = batchedLog({ write: (text) => writes.push(text) });
    log.write('{"n":1}');
    log.write('{"n":2}');
    expect(writes).toEqual([]);
    await setImmediate();
    log.write('{"n":3}');
    await setImmediate();
    expect(writes).toEqual(['{"n":1}\n{"n":2}\n', '{"n":3}\n']);
  });

  it('writes what is waiting at once on flush, and nothing twice', async () => {
    const writes: string[] = [];
    const log = batchedLog({ write: (text) => writes.push(text) });
    log.write('last words');
    log.flush();
    expect(writes).toEqual(['last words\n']);
    await setImmediate();
    log.flush();
    expect(writes).toEqual(['last words\n']);
  });
});
