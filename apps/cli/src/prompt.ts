import { closeSync, openSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { ReadStream, WriteStream } from 'node:tty';
import { CliError } from './cli-error.ts';

/** A readable stream that may be a terminal (only terminals have `setRawMode`). */
export type KeyInput = Readable & { setRawMode?: (mode: boolean) => unknown; isTTY?: boolean };

/** The controlling terminal: where prompts are written and answers read, whatever stdin and stdout are. */
export interface Terminal {
  input: KeyInput;
  output: Writable;
  /** Releases the terminal's file descriptors; prompts cannot be used after it. */
  close(): void;
}

/** The longest answer a prompt accepts (a passphrase or an API token); more is refused, not truncated. */
const MAX_ANSWER_CHARS = 1024;

/**
 * Opens the controlling terminal for prompts: `/dev/tty` on POSIX, so that a prompt works while stdin is a pipe
 * (`echo s3cret | hushlink share --passphrase`); stdin and stderr where there is no `/dev/tty` but both are
 * terminals (Windows). Returns `null` when there is no terminal at all (a CI job).
 */
export function openTerminal(): Terminal | null {
  if (process.platform !== 'win32') {
    let readFd: number | undefined;
    try {
      readFd = openSync('/dev/tty', 'r');
      const writeFd = openSync('/dev/tty', 'w');
      const input = new ReadStream(readFd);
      const output = new WriteStream(writeFd);
      return {
        input,
        output,
        close() {
          input.destroy();
          output.destroy();
        },
      };
    } catch {
      if (readFd !== undefined) closeSync(readFd);
      // No controlling terminal (ENXIO): fall through to stdin, which is then usually not a terminal either.
    }
  }
  if (process.stdin.isTTY && process.stderr.isTTY) {
    return { input: process.stdin, output: process.stderr, close: () => process.stdin.pause() };
  }
  return null;
}

/**
 * Asks a question and reads one line without echoing it: the terminal is put in raw mode for the answer and
 * restored afterwards, whatever happens. Backspace and Ctrl-U edit; Enter finishes; Ctrl-C (and Ctrl-D on an empty
 * line) cancel; other control keys and escape sequences (arrows) are ignored.
 *
 * @throws CliError `interrupted` on Ctrl-C or Ctrl-D; `io` when the terminal closes or the answer is too long.
 */
export function readHidden(terminal: Pick<Terminal, 'input' | 'output'>, question: string): Promise<string> {
  const { input, output } = terminal;
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8');
    let answer = '';
    let escapeState: 'none' | 'start' | 'sequence' = 'none';

    const finish = (error?: CliError): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onEnd = (): void => finish(new CliError('io', 'The terminal closed before an answer was given.'));
    const onError = (): void => finish(new CliError('io', 'Could not read from the terminal.'));
    const onData = (chunk: Buffer | string): void => {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      for (const char of text) {
        if (escapeState !== 'none') {
          // ESC [ … final byte, or ESC O x (arrow keys and the like): skipped as a whole.
          if (escapeState === 'start' && (char === '[' || char === 'O')) escapeState = 'sequence';
          else if (escapeState === 'start' || (char >= '@' && char <= '~')) escapeState = 'none';
          continue;
        }
        switch (char) {
          case '\r':
          case '\n':
            finish();
            return;
          case '\u0003':
            finish(new CliError('interrupted', 'Interrupted.'));
            return;
          case '\u0004':
            if (answer === '') {
              finish(new CliError('interrupted', 'Interrupted (end of input at the prompt).'));
              return;
            }
            finish();
            return;
          case '\u007f':
          case '\b':
            answer = Array.from(answer).slice(0, -1).join('');
            break;
          case '\u0015':
            answer = '';
            break;
          case '\u001b':
            escapeState = 'start';
            break;
          default:
            if (char >= ' ') answer += char;
            if (answer.length > MAX_ANSWER_CHARS) {
              finish(new CliError('usage', `The answer is longer than ${MAX_ANSWER_CHARS} characters.`));
              return;
            }
        }
      }
    };

    // Raw mode before the question: an answer typed (or pasted) the moment the question shows is never echoed.
    input.setRawMode?.(true);
    output.write(question);
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
    input.resume();
  });
}

/**
 * Reads all of a stream (standard input in a pipe) up to `maxBytes`.
 *
 * @returns the bytes, or `null` when there are more than `maxBytes` (the rest is not read).
 * @throws CliError `io` when reading fails.
 */
export async function readAllCapped(stream: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.byteLength;
      if (total > maxBytes) {
        stream.destroy();
        return null;
      }
      chunks.push(buffer);
    }
  } catch {
    throw new CliError('io', 'Could not read standard input.');
  }
  return Buffer.concat(chunks);
}
