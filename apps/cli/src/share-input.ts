import { rmSync } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { FILE_NAME_MAX_LENGTH, FILES_MAX } from '@hushlink/envelope';
import { CliError } from './cli-error.ts';
import { describeFsError } from './fs-error.ts';
import { onForcedExit } from './interrupt.ts';
import { DEFAULT_MEDIA_TYPE, guessMediaType } from './media-type.ts';
import { openTerminal, readHidden } from './prompt.ts';

/** One file to share: where to read it, and what its metadata says. */
export interface ShareFile {
  path: string;
  /** Its base name, as the recipient will see it. */
  name: string;
  type: string;
  size: number;
}

/**
 * What `hushlink share` sends: a text (stdin that is UTF-8 and small), or files. `cleanup` deletes the temporary
 * copy of stdin or of a pipe given as FILE, if one was made.
 */
export type ShareInput =
  | { kind: 'text'; text: string }
  | { kind: 'files'; files: ShareFile[]; cleanup(): Promise<void> };

/** The name a spooled standard input is shared under. */
export const STDIN_FILE_NAME = 'stdin';

/**
 * Reads what to share. With FILEs: each must be a regular file (or a pipe, `<(cmd)`, copied first); they are
 * shared as files under their base names. Without (or with `-`): standard input, or a hidden one-line prompt when
 * it is a terminal. Standard input is a text secret when it is UTF-8 and `isSmallText(bytes)` says it fits inline;
 * otherwise (binary, or larger) it is copied to a temporary file (mode 0600, in a 0700 folder under the system's
 * temporary folder, deleted by `cleanup` or on a signal) because its length must be known before encrypting, and
 * shared as one file named `stdin`.
 *
 * @throws CliError `usage` for an empty secret, a folder, two files with one name, too many files; `io` when
 *   something cannot be read or the copy cannot be written.
 */
export async function readShareInput(
  paths: readonly string[],
  isSmallText: (byteLength: number) => boolean,
): Promise<ShareInput> {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    return readStdin(isSmallText);
  }
  if (paths.includes('-')) {
    throw new CliError('usage', 'Standard input (-) cannot be shared together with files.');
  }
  if (paths.length > FILES_MAX) {
    throw new CliError('usage', `At most ${FILES_MAX} files can be shared in one secret.`);
  }
  const spool = new Spool();
  try {
    const files: ShareFile[] = [];
    for (const path of paths) files.push(await describeFile(path, spool));
    const names = new Set<string>();
    for (const file of files) {
      if (names.has(file.name)) {
        throw new CliError('usage', `Two files are named ${JSON.stringify(file.name)}; rename one.`);
      }
      names.add(file.name);
    }
    return { kind: 'files', files, cleanup: () => spool.remove() };
  } catch (error) {
    await spool.remove();
    throw error;
  }
}

async function describeFile(path: string, spool: Spool): Promise<ShareFile> {
  const name = basename(path);
  if (name.length > FILE_NAME_MAX_LENGTH) {
    throw new CliError('usage', `The name of ${path} is longer than ${FILE_NAME_MAX_LENGTH} characters.`);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new CliError('io', `Could not open ${path}: ${describeFsError(error)}.`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      throw new CliError('usage', `${path} is a folder; share its files, or an archive of it (tar, zip).`);
    }
    if (stat.isFile()) return { path, name, type: guessMediaType(name), size: stat.size };
    // A pipe or a device (`<(pg_dump …)`, /dev/stdin): its length is only known once read, so copy it first.
    const copied = await spool.copy(handle.createReadStream({ autoClose: false }), [], name, path);
    return { ...copied, type: guessMediaType(name) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('io', `Could not read ${path}: ${describeFsError(error)}.`);
  } finally {
    await handle.close();
  }
}

async function readStdin(isSmallText: (byteLength: number) => boolean): Promise<ShareInput> {
  if (process.stdin.isTTY) return { kind: 'text', text: checkNotEmpty(await promptForText()) };
  const head: Buffer[] = [];
  let headBytes = 0;
  const iterator = process.stdin[Symbol.asyncIterator]();
  let ended = false;
  try {
    while (isSmallText(headBytes)) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Buffer);
      head.push(chunk);
      headBytes += chunk.length;
    }
  } catch {
    throw new CliError('io', 'Could not read standard input.');
  }
  if (ended && isSmallText(headBytes)) {
    const text = decodeUtf8(Buffer.concat(head));
    if (text !== null) return { kind: 'text', text: checkNotEmpty(text) };
  }
  const spool = new Spool();
  try {
    // The rest of stdin (if any) follows what was already read, through the same iterator.
    const rest: Readable = process.stdin;
    const file = await spool.copy(rest, head, STDIN_FILE_NAME, 'standard input', iterator);
    return {
      kind: 'files',
      files: [{ ...file, type: DEFAULT_MEDIA_TYPE }],
      cleanup: () => spool.remove(),
    };
  } catch (error) {
    await spool.remove();
    throw error;
  }
}

async function promptForText(): Promise<string> {
  const terminal = openTerminal();
  if (!terminal) throw new CliError('io', 'Could not open the terminal to ask for the secret.');
  try {
    // One hidden line: a secret typed at a prompt should not stay on the screen. Longer texts come from a file
    // or a pipe.
    return await readHidden(terminal, 'Secret (hidden; Enter to finish): ');
  } finally {
    terminal.close();
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkNotEmpty(text: string): string {
  if (text.trim() === '') throw new CliError('usage', 'The secret is empty (standard input had no text).');
  return text;
}

/**
 * A private temporary folder for copies of streams whose length is unknown. Its files hold plaintext, so the
 * folder is 0700, the files 0600, and it is removed after the share and on a signal.
 */
class Spool {
  private folder: string | undefined;
  private copies = 0;
  private unregister: (() => void) | undefined;

  /** Copies `head` and then the rest of `stream` into a new file; returns where it is and its size. */
  async copy(
    stream: Readable,
    head: readonly Buffer[],
    name: string,
    what: string,
    iterator: AsyncIterator<unknown> = stream[Symbol.asyncIterator](),
  ): Promise<Omit<ShareFile, 'type'>> {
    if (this.folder === undefined) {
      const folder = await mkdtemp(join(tmpdir(), 'hushlink-share-'));
      this.folder = folder;
      this.unregister = onForcedExit(() => rmSync(folder, { recursive: true, force: true }));
    }
    const path = join(this.folder, `${++this.copies}-${name}`);
    let out: FileHandle;
    try {
      out = await open(path, 'wx', 0o600);
    } catch (error) {
      throw new CliError('io', `Could not make a temporary copy of ${what}: ${describeFsError(error)}.`);
    }
    let size = 0;
    try {
      for (const chunk of head) {
        await writeAll(out, chunk);
        size += chunk.length;
      }
      for (;;) {
        let next: IteratorResult<unknown>;
        try {
          next = await iterator.next();
        } catch {
          throw new CliError('io', `Could not read ${what}.`);
        }
        if (next.done) break;
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Buffer);
        await writeAll(out, chunk);
        size += chunk.length;
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError('io', `Could not make a temporary copy of ${what}: ${describeFsError(error)}.`);
    } finally {
      await out.close();
    }
    return { path, name, size };
  }

  async remove(): Promise<void> {
    if (this.folder === undefined) return;
    await rm(this.folder, { recursive: true, force: true });
    this.unregister?.();
    this.folder = undefined;
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
