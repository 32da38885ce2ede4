import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from './cli-error.ts';
import { describeFsError, errorCode } from './fs-error.ts';

/**
 * Saves a revealed secret's encrypted envelope, as it came from the server, in `dir` as `hushlink-ID.envelope`
 * (`-2`, `-3`… when taken) with mode 0600, for when its view is spent but it cannot be decrypted now: it needs a
 * passphrase its metadata did not announce, and there is no terminal to ask for it. Still encrypted, so the file
 * holds nothing the link and the passphrase do not also guard. Returns the file's path.
 *
 * @throws CliError `io` when no file can be written (the message says the envelope is lost).
 */
export async function keepEnvelope(
  envelope: () => Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  id: string,
  dir: string,
): Promise<string> {
  for (let attempt = 1; attempt <= 100; attempt++) {
    const path = join(dir, `hushlink-${id}${attempt === 1 ? '' : `-${attempt}`}.envelope`);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'wx', 0o600);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw new CliError('io', `Could not keep the encrypted secret in ${path}: ${describeFsError(error)}.`);
    }
    try {
      for await (const piece of envelope()) await handle.write(piece);
      await handle.sync();
      return path;
    } catch (error) {
      throw new CliError('io', `Could not keep the encrypted secret in ${path}: ${describeFsError(error)}.`);
    } finally {
      await handle.close();
    }
  }
  throw new CliError(
    'io',
    `Could not keep the encrypted secret: every hushlink-${id}.envelope name is taken.`,
  );
}

/**
 * The pieces of an envelope kept by `keepEnvelope` (or any envelope file), read as a stream.
 *
 * @throws CliError `io` when the file cannot be read.
 */
export async function* readEnvelopeFile(path: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const piece of createReadStream(path, { highWaterMark: 1024 * 1024 })) yield piece as Buffer;
  } catch (error) {
    throw new CliError('io', `Could not read ${path}: ${describeFsError(error)}.`);
  }
}
