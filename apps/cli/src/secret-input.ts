import { open } from 'node:fs/promises';
import { MAX_INLINE_CIPHERTEXT_BYTES } from '@hushlink/protocol';
import { CliError } from './cli-error.ts';
import { describeFsError } from './fs-error.ts';
import { openTerminal, readAllCapped, readHidden } from './prompt.ts';

/** Where `hushlink share` reads the secret from. Files will become a payload of their own once uploads exist. */
export type SecretSource = { kind: 'stdin' } | { kind: 'file'; path: string };

/** The most text read for one secret: what fits the API's inline ciphertext before padding. */
export const MAX_TEXT_BYTES = MAX_INLINE_CIPHERTEXT_BYTES;

const FILES_LATER = 'sharing files is not available yet: only UTF-8 text up to 1 MiB can be shared for now';

/**
 * Reads the secret's text: a file, a pipe, or (when stdin is a terminal) a hidden prompt. The bytes are kept
 * exactly, trailing newline included, so `hushlink get` gives back what was shared.
 *
 * @throws CliError `usage` when it is empty, larger than 1 MiB, or not UTF-8 text; `io` when it cannot be read.
 */
export async function readSecretText(source: SecretSource): Promise<string> {
  const bytes = source.kind === 'file' ? await readFileCapped(source.path) : await readStdin();
  const name = source.kind === 'file' ? source.path : 'Standard input';
  if (bytes === null) throw new CliError('usage', `${name} is larger than 1 MiB; ${FILES_LATER}.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError('usage', `${name} is not UTF-8 text; ${FILES_LATER}.`);
  }
  if (text.trim() === '')
    throw new CliError('usage', `The secret is empty (${name.toLowerCase()} had no text).`);
  return text;
}

async function readStdin(): Promise<Uint8Array | null> {
  if (!process.stdin.isTTY) return readAllCapped(process.stdin, MAX_TEXT_BYTES);
  const terminal = openTerminal();
  if (!terminal) throw new CliError('io', 'Could not open the terminal to ask for the secret.');
  try {
    // One hidden line: a secret typed at a prompt should not stay on the screen. Longer texts come from a file
    // or a pipe.
    return new TextEncoder().encode(await readHidden(terminal, 'Secret (hidden; Enter to finish): '));
  } finally {
    terminal.close();
  }
}

async function readFileCapped(path: string): Promise<Uint8Array | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new CliError('io', `Could not open ${path}: ${describeFsError(error)}.`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliError('usage', `${path} is a directory; ${FILES_LATER}.`);
    if (stat.isFile() && stat.size > MAX_TEXT_BYTES) return null;
    // Not a regular file (a FIFO, /dev/stdin): read it like a pipe, with the same cap.
    return await readAllCapped(handle.createReadStream({ autoClose: false }), MAX_TEXT_BYTES);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('io', `Could not read ${path}: ${describeFsError(error)}.`);
  } finally {
    await handle.close();
  }
}
