import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createDecryptor,
  deriveClaim,
  EnvelopeError,
  type EnvelopeMetadata,
  fromBase64Url,
  toBase64Url,
} from '@hushlink/envelope';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { downloadEnvelope } from '../download.ts';
import { describeFsError, errorCode } from '../fs-error.ts';
import { guardInterrupts } from '../interrupt.ts';
import { keepEnvelope, readEnvelopeFile } from '../keep-envelope.ts';
import { LINK_MESSAGES, parseKeylessLink, parseSecretLink } from '../link.ts';
import { hint, setQuiet, status, writeJson, writeStdout } from '../output.ts';
import { PendingOutputFile } from '../output-file.ts';
import {
  askNonEmpty,
  PASSPHRASE_ATTEMPTS,
  type PassphraseSource,
  passphraseForGet,
  passphraseFromEnv,
} from '../passphrase.ts';
import { formatBytes, Progress } from '../progress.ts';
import { openTerminal } from '../prompt.ts';
import { FilesWriter, type OutputPlan, type SavedFile } from '../save-files.ts';
import { requireToken, resolveServerContext, tokenFor } from '../server-context.ts';

const HELP = `Usage: hushlink get LINK [-o FILE|DIR|-] [options]

Opens a secret: checks the link and the secret's state first (which uses up nothing), then reveals it
(which uses up one view), decrypts it on this machine, and prints or saves it.

  hushlink get 'https://secrets.example.com/s/ID#KEY'
  hushlink get "$LINK" -o db-password.txt
  hushlink get "$LINK" -o ./incoming/

Quote the link: the part after # is the key. A link with no key (ORIGIN/s/ID) is a secret sealed
to people's passkeys: it opens only in their browser, and get says so (exit 4).

A text secret is printed on stdout, or saved to FILE with -o FILE (with -o DIR, as DIR/secret.txt).
A secret of files is saved under the files' names (cleaned: no folders, no "..", no control
characters) in the current folder, or in DIR with -o DIR (an existing folder); a single file can be
saved as FILE with -o FILE, or printed on stdout with -o -. Files are downloaded with a progress bar
on stderr when it is a terminal, and a dropped connection is resumed.

Options:
  -o, --output PATH  FILE, DIR, or - for stdout (see above). Files are written with mode 0600 beside their
                     destination as NAME.partial-XXXXXX, and renamed into place only once the whole secret
                     is decrypted and authentic; on any failure they are deleted.
  --force            replace existing files instead of refusing
  --envelope FILE    decrypt FILE (an envelope get kept) with LINK's key, without the server
${COMMON_HELP}

A passphrase is asked for on the terminal, or taken from HUSHLINK_PASSPHRASE. A view is used up once
the secret is revealed, even if the passphrase is wrong: in a terminal you get ${PASSPHRASE_ATTEMPTS} tries without using
another view. The files' names are inside the encrypted secret, so a name that already exists is only
found after the reveal: use -o with an empty folder, or --force. Secrets for the team (members and admins,
not guests) or for named people need \`hushlink login\` on their server.
If the secret needs a passphrase its link did not announce and there is no terminal to ask for it (and
no HUSHLINK_PASSPHRASE), its encrypted envelope is kept as hushlink-ID.envelope (mode 0600, in the
current folder or DIR) instead of being lost with the spent view; open it later, without the server, with
  HUSHLINK_PASSPHRASE=… hushlink get --envelope hushlink-ID.envelope 'LINK'
--json prints {"text","viewsLeft"} for a text (or {"file","bytes","viewsLeft"} with -o), and
{"files":[{"name","type","size","path","sha256"}],"viewsLeft"} for files.`;

/** Why the CLI stops at a sealed secret: its key is wrapped to passkeys, which only a browser can use. */
const SEALED_MESSAGE =
  "This secret is sealed to people's passkeys, which this CLI cannot use; open it in a browser.";

/** The largest text secret held in memory when it arrives as an upload (an inline one is at most 1 MiB). */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** `hushlink get LINK`: metadata, reveal with the claim, decrypt locally as a stream, print or save atomically. */
export const getCommand: Command = {
  name: 'get',
  summary: 'open a secret from its link',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage('get', () =>
      parseArgs({
        args,
        allowPositionals: true,
        options: {
          ...COMMON_OPTIONS,
          output: { type: 'string', short: 'o' },
          force: { type: 'boolean', default: false },
          envelope: { type: 'string' },
        },
      }),
    );
    setQuiet(values.quiet);
    const [text, ...extra] = positionals;
    if (text === undefined || extra.length > 0) {
      throw new CliError('usage', 'Give exactly one LINK; see `hushlink get --help`.');
    }
    if (values.output === '-' && values.json) {
      throw new CliError('usage', '-o - prints the file on stdout, which leaves no room for --json.');
    }
    if (values.envelope !== undefined) {
      await openKeptEnvelope(values.envelope, text, values.output, values.force, values.json);
      return;
    }
    // Everything that can be checked without the server is checked first: a damaged key sends nothing. A link
    // with no key at all is what a sealed secret's link looks like, so its metadata (which consumes nothing) says
    // which it is.
    const keyless = parseKeylessLink(text);
    if (keyless) await refuseKeyless(new ApiClient(keyless.origin), keyless.id);
    const link = parseSecretLink(text);
    const context = await resolveServerContext(values.server);
    const client = new ApiClient(link.origin, tokenFor(context, link.origin));

    // Everything that could stop us is settled before the view is consumed: the secret exists, we may open it,
    // the output place can be written, and we have its passphrase.
    const metadata = await client.getSecretMetadata(link.id);
    if (metadata.sealed) throw new CliError('bad_link', SEALED_MESSAGE);
    const needsAccount = metadata.access !== 'link';
    if (needsAccount) requireToken(context, link.origin, `This secret (access: ${metadata.access})`);
    let plan: OutputPlan | null = null;
    let source: PassphraseSource | null = null;
    try {
      plan = await planOutput(values.output, values.force);
      if (metadata.passphrase) source = await passphraseForGet(process.env);

      status('Revealing…');
      const claim = toBase64Url(await deriveClaim(link.linkKey));
      const revealed = await client.revealSecret(link.id, claim, needsAccount);
      // From here on the view is spent: every failure says so, and how many are left.
      const { viewsLeft } = revealed;
      try {
        await guardInterrupts(async (signal) => {
          const envelope = (): Iterable<Uint8Array> | AsyncIterable<Uint8Array> => {
            if ('ciphertext' in revealed) return [fromBase64Url(revealed.ciphertext)];
            const progress = new Progress('Downloading', revealed.download.size);
            return withDone(
              downloadEnvelope(client, link.id, revealed.download, signal, {
                onProgress: (received) => progress.set(received),
              }),
              () => progress.done(),
            );
          };
          const keep = async (): Promise<never> => {
            const dir = plan?.kind === 'dir' ? plan.dir : '.';
            const path = await keepEnvelope(envelope, link.id, dir);
            throw new CliError(
              'decryption_failed',
              `This secret needs a passphrase its link did not announce, and there is no terminal to ask for it. Its encrypted envelope is kept in ${path} (mode 0600); open it with: HUSHLINK_PASSPHRASE=… hushlink get --envelope ${path} LINK`,
            );
          };
          const opened = await openEnvelope(
            envelope,
            link.linkKey,
            source,
            plan as OutputPlan,
            values.force,
            keep,
          );
          source = opened.source;
          await deliver(opened.result, values.json, viewsLeft, plan?.kind === 'file');
        });
        status(viewsNote(viewsLeft));
      } catch (error) {
        if (error instanceof CliError)
          throw new CliError(error.code, `${error.message} ${viewsNote(viewsLeft)}`);
        throw error;
      }
    } finally {
      if (plan?.kind === 'file') await plan.file.discard();
      (source as PassphraseSource | null)?.terminal?.close();
    }
  },
};

/**
 * `get --envelope FILE LINK`: decrypts an envelope kept by an earlier `get` (or any saved envelope) with the link's
 * key, asking for the passphrase on the terminal or taking `HUSHLINK_PASSPHRASE`; the server is not contacted.
 *
 * @throws CliError as `get` does after a reveal; `io` when FILE cannot be read.
 */
async function openKeptEnvelope(
  path: string,
  linkText: string,
  output: string | undefined,
  force: boolean,
  json: boolean,
): Promise<void> {
  const link = parseSecretLink(linkText);
  const plan = await planOutput(output, force);
  const fromEnv = passphraseFromEnv(process.env);
  let source: PassphraseSource | null =
    fromEnv === undefined ? null : { passphrase: fromEnv, terminal: null };
  try {
    const opened = await openEnvelope(() => readEnvelopeFile(path), link.linkKey, source, plan, force, null);
    source = opened.source;
    await deliver(opened.result, json, null, plan.kind === 'file');
  } finally {
    if (plan.kind === 'file') await plan.file.discard();
    (source as PassphraseSource | null)?.terminal?.close();
  }
}

/**
 * Stops at a link with no key: a sealed secret's link (which the CLI cannot open) or a link whose key was cut off.
 * Only the metadata is read, which consumes nothing.
 *
 * @throws CliError `bad_link` always (sealed, or incomplete); `not_found` when the secret is gone.
 */
async function refuseKeyless(client: ApiClient, id: string): Promise<never> {
  let sealed = false;
  try {
    sealed = (await client.getSecretMetadata(id)).sealed;
  } catch (error) {
    if (error instanceof CliError && error.code === 'not_found') throw error;
    // Unreachable or refusing: what is certain is that this link has no key.
  }
  throw new CliError('bad_link', sealed ? SEALED_MESSAGE : LINK_MESSAGES.incompleteLink);
}

/**
 * Reads -o before anything is consumed: `-` is stdout; an existing folder (or a path ending in /) is DIR;
 * anything else is FILE, created now as a temporary file beside it (refused if it exists, without --force).
 *
 * @throws CliError `usage` or `io` as `PendingOutputFile.create` does, or for DIR/ that is not a folder.
 */
async function planOutput(output: string | undefined, force: boolean): Promise<OutputPlan> {
  if (output === undefined) return { kind: 'default' };
  if (output === '-') return { kind: 'stdout' };
  const isDir = await stat(output).then(
    (info) => info.isDirectory(),
    (error: unknown) => {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
      throw new CliError('io', `Cannot write ${output}: ${describeFsError(error)}.`);
    },
  );
  if (isDir) return { kind: 'dir', dir: output };
  if (/[/\\]$/.test(output))
    throw new CliError('io', `Cannot write into ${output}: there is no such folder.`);
  return { kind: 'file', file: await PendingOutputFile.create(output, { force }) };
}

/** What was opened: a text (in memory), or files already saved. */
type Opened =
  | { kind: 'text'; bytes: Uint8Array; text: string; file: PendingOutputFile | null }
  | { kind: 'files'; files: SavedFile[] };

/**
 * Decrypts the envelope as it arrives, into memory for a text or into the files of the plan. On a terminal a wrong
 * passphrase is asked again (the view is already spent, so retrying costs nothing; an upload is downloaded again
 * within its grant); with `HUSHLINK_PASSPHRASE` there is nobody to ask.
 *
 * @throws CliError `decryption_failed` or `bad_link` from the envelope's error code; `io` when saving fails.
 */
async function openEnvelope(
  envelope: () => Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  linkKey: Uint8Array,
  initial: PassphraseSource | null,
  plan: OutputPlan,
  force: boolean,
  /** Keeps the envelope in a file and throws why, when it needs a passphrase nobody can type now. */
  keep: (() => Promise<never>) | null,
): Promise<{ result: Opened; source: PassphraseSource | null }> {
  let source = initial;
  for (let attempt = 1; ; attempt++) {
    let sink: Sink | undefined;
    let opened = false;
    try {
      const decryptor = await createDecryptor(
        linkKey,
        source === null ? {} : { passphrase: source.passphrase },
      );
      const take = async (contents: Uint8Array[]): Promise<void> => {
        if (decryptor.metadata === undefined) return;
        opened = true;
        sink ??= await openSink(decryptor.metadata, plan, force);
        for (const content of contents) await sink.write(content);
      };
      for await (const piece of envelope()) await take(await decryptor.push(piece));
      await take(await decryptor.finish());
      if (!sink) throw new EnvelopeError('DECRYPTION_FAILED', 'no metadata');
      return { result: await sink.commit(), source };
    } catch (error) {
      await sink?.discard();
      if (!(error instanceof EnvelopeError)) throw error;
      const terminal = source?.terminal;
      // Only a failure before anything opened can be the passphrase; later, the data was altered.
      if (error.code === 'DECRYPTION_FAILED' && !opened && terminal && attempt < PASSPHRASE_ATTEMPTS) {
        terminal.output.write('Wrong passphrase (or the data was altered); try again.\n');
        source = { passphrase: await askNonEmpty(terminal), terminal };
        continue;
      }
      if (error.code === 'PASSPHRASE_REQUIRED' && source === null) {
        // The server's metadata said there was none; the envelope, which it cannot alter unnoticed, says otherwise.
        // Ask on the terminal; with none (and no HUSHLINK_PASSPHRASE), keep the envelope: the view is spent.
        source = await unannouncedPassphrase();
        if (source === null) {
          if (keep) await keep();
          throw decryptionError(error, false);
        }
        continue;
      }
      throw decryptionError(error, source !== null);
    }
  }
}

/**
 * The passphrase for an envelope whose metadata did not announce one: `HUSHLINK_PASSPHRASE`, or asked on the
 * terminal; null when there is neither.
 */
async function unannouncedPassphrase(): Promise<PassphraseSource | null> {
  const fromEnv = passphraseFromEnv(process.env);
  if (fromEnv !== undefined) return { passphrase: fromEnv, terminal: null };
  const terminal = openTerminal();
  if (!terminal) return null;
  try {
    terminal.output.write('This secret needs a passphrase, although its link did not say so.\n');
    return { passphrase: await askNonEmpty(terminal), terminal };
  } catch (error) {
    terminal.close();
    throw error;
  }
}

/** Where decrypted content goes once the metadata says what it is. */
interface Sink {
  write(content: Uint8Array): Promise<void>;
  commit(): Promise<Opened>;
  discard(): Promise<void>;
}

async function openSink(metadata: EnvelopeMetadata, plan: OutputPlan, force: boolean): Promise<Sink> {
  if (metadata.kind === 'files') {
    const writer = await FilesWriter.open(metadata.files, plan, force);
    return {
      write: (content) => writer.write(content),
      commit: async () => ({ kind: 'files', files: await writer.commit() }),
      discard: () => writer.discard(),
    };
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    async write(content) {
      length += content.length;
      if (length > MAX_TEXT_BYTES) {
        throw new CliError(
          'usage',
          `This text secret is larger than ${formatBytes(MAX_TEXT_BYTES)}; open it in a browser.`,
        );
      }
      chunks.push(content.slice());
    },
    async commit() {
      const bytes = Buffer.concat(chunks);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        throw new EnvelopeError('PAYLOAD_INVALID', 'not UTF-8');
      }
      let file: PendingOutputFile | null = null;
      if (plan.kind === 'file') file = plan.file;
      else if (plan.kind === 'dir')
        file = await PendingOutputFile.create(join(plan.dir, 'secret.txt'), { force });
      if (file) await file.commit(bytes);
      return { kind: 'text', bytes, text, file };
    },
    async discard() {
      chunks.length = 0;
    },
  };
}

/** Prints the text or the JSON, or says where the files went. */
async function deliver(
  opened: Opened,
  json: boolean,
  viewsLeft: number | null,
  named: boolean,
): Promise<void> {
  if (opened.kind === 'files') {
    if (json) {
      await writeJson({ files: opened.files, viewsLeft });
      return;
    }
    const onDisk = opened.files.filter((file) => file.path !== '-');
    // Where files went is news when their names came from the secret; a FILE named with -o is not.
    if (onDisk.length > 0) {
      (named ? status : hint)(
        `Saved ${onDisk.map((file) => `${file.path} (${formatBytes(file.size)})`).join(', ')}.`,
      );
    }
    return;
  }
  const { bytes, text, file } = opened;
  if (file) {
    if (json) await writeJson({ file: file.path, bytes: bytes.length, viewsLeft });
    else status(`Saved to ${file.path} (${bytes.length} bytes).`);
  } else if (json) {
    await writeJson({ text, viewsLeft });
  } else {
    // A terminal gets a final newline so the prompt does not stick to the secret; a pipe gets the exact bytes.
    const newline = process.stdout.isTTY && !text.endsWith('\n') ? '\n' : '';
    await writeStdout(text + newline);
  }
}

/** Runs `done` once the iteration ends, however it ends. */
async function* withDone<T>(source: AsyncIterable<T>, done: () => void): AsyncGenerator<T> {
  try {
    yield* source;
  } finally {
    done();
  }
}

function viewsNote(viewsLeft: number): string {
  if (viewsLeft === 0) return 'That was its last view: the secret is now deleted from the server.';
  return `One view was used; ${viewsLeft} left.`;
}

function decryptionError(error: EnvelopeError, withPassphrase: boolean): CliError {
  switch (error.code) {
    case 'DECRYPTION_FAILED':
      return new CliError(
        'decryption_failed',
        withPassphrase
          ? 'Could not decrypt: the passphrase is wrong, or the link was altered.'
          : 'Could not decrypt: the link or the stored secret was altered.',
      );
    case 'PASSPHRASE_REQUIRED':
      return new CliError('decryption_failed', 'This secret needs a passphrase: set HUSHLINK_PASSPHRASE.');
    case 'KEY_INVALID':
      return new CliError('bad_link', 'This link is incomplete: the part after # is missing or damaged.');
    default:
      return new CliError(
        'decryption_failed',
        'This secret could not be read: it was made by a different version of Hushlink, or altered.',
      );
  }
}
