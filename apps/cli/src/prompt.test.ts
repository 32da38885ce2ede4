import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { type KeyInput, readAllCapped, readHidden } from './prompt.ts';

/** A fake terminal: keys are pushed into `input`; whatever is shown lands in `shown`. */
function fakeTerminal() {
  const input: PassThrough & KeyInput = new PassThrough();
  const modes: boolean[] = [];
  input.setRawMode = vi.fn((mode: boolean) => modes.push(mode));
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
  });
  return {
    terminal: { input, output },
    modes,
    shown: () => shown,
    type: (keys: string) => input.write(keys),
  };
}

describe('readHidden', () => {
  it('reads a line without echoing it, in raw mode, and restores the mode', async () => {
    const fake = fakeTerminal();
    const answer = readHidden(fake.terminal, 'Passphrase: ');
    fake.type('hunter2 ✓\r');
    expect(await answer).toBe('hunter2 ✓');
    expect(fake.shown()).toBe('Passphrase: \n');
    expect(fake.modes).toEqual([true, false]);
  });

  it('edits with Backspace and Ctrl-U, and ignores arrow keys and other control keys', async () => {
    const fake = fakeTerminal();
    const answer = readHidden(fake.terminal, '> ');
    fake.type('wrong\u0015ab\u007fc\u001b[D\u001bOA\u0007d😀\u007f\n');
    expect(await answer).toBe('acd');
  });

  it('decodes UTF-8 split across chunks', async () => {
    const fake = fakeTerminal();
    const answer = readHidden(fake.terminal, '> ');
    const bytes = Buffer.from('é🔑\r');
    for (const byte of bytes) fake.terminal.input.write(Buffer.from([byte]));
    expect(await answer).toBe('é🔑');
  });

  it('is interrupted by Ctrl-C, and by Ctrl-D on an empty line, restoring the mode', async () => {
    const ctrlC = fakeTerminal();
    const first = readHidden(ctrlC.terminal, '> ');
    ctrlC.type('abc\u0003');
    await expect(first).rejects.toMatchObject({ code: 'interrupted', exitCode: 130 });
    expect(ctrlC.modes).toEqual([true, false]);

    const ctrlD = fakeTerminal();
    const second = readHidden(ctrlD.terminal, '> ');
    ctrlD.type('\u0004');
    await expect(second).rejects.toMatchObject({ code: 'interrupted' });
  });

  it('fails with `io` when the terminal closes', async () => {
    const fake = fakeTerminal();
    const answer = readHidden(fake.terminal, '> ');
    fake.terminal.input.end();
    await expect(answer).rejects.toMatchObject({ code: 'io' });
  });
});

describe('readAllCapped', () => {
  it('reads everything up to the cap, and answers null above it', async () => {
    expect(
      Buffer.from((await readAllCapped(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3)) ?? []),
    ).toEqual(Buffer.from('abc'));
    expect(await readAllCapped(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 3)).toBeNull();
  });
});
