import { parseArgs } from 'node:util';
import { deriveClaim, fromBase64Url, toBase64Url } from '@hushlink/envelope';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { deliver } from '../deliver-secret.ts';
import { downloadEnvelope } from '../download.ts';
import { guardInterrupts } from '../interrupt.ts';
import { keepEnvelope, readEnvelopeFile } from '../keep-envelope.ts';
import { LINK_MESSAGES, parseKeylessLink, parseSecretLink } from '../link.ts';
import { openEnvelope } from '../open-envelope.ts';
import { setQuiet, status } from '../output.ts';
import {
  PASSPHRASE_ATTEMPTS,
  type PassphraseSource,
  passphraseForGet,
  passphraseFromEnv,
} from '../passphrase.ts';
import { planOutput } from '../plan-output.ts';
import { Progress } from '../progress.ts';
import type { OutputPlan } from '../save-files.ts';
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

/** Runs `done` once the iteration ends, however it ends. */
async function* withDone<T>(source: AsyncIterable<T>, done: () => void): AsyncGenerator<T> {
  try {
    yield* source;
  } finally {
    done();
  }
}

/** What the reveal cost, said after every outcome once the view is spent. */
function viewsNote(viewsLeft: number): string {
  if (viewsLeft === 0) return 'That was its last view: the secret is now deleted from the server.';
  return `One view was used; ${viewsLeft} left.`;
}
