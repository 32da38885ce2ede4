import { parseArgs } from 'node:util';
import { decryptText, deriveClaim, EnvelopeError, fromBase64Url, toBase64Url } from '@hushlink/envelope';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { parseSecretLink } from '../link.ts';
import { setQuiet, status, writeJson, writeStdout } from '../output.ts';
import { PendingOutputFile } from '../output-file.ts';
import { askNonEmpty, PASSPHRASE_ATTEMPTS, type PassphraseSource, passphraseForGet } from '../passphrase.ts';
import { requireToken, resolveServerContext, tokenFor } from '../server-context.ts';

const HELP = `Usage: hushlink get LINK [-o FILE] [options]

Opens a secret: checks the link and the secret's state first (which uses up nothing), then reveals it
(which uses up one view), decrypts it on this machine, and prints it on stdout or saves it to FILE.

  hushlink get 'https://secrets.example.com/s/ID#KEY'
  hushlink get "$LINK" -o db-password.txt

Quote the link: the part after # is the key.

Options:
  -o, --output FILE  save the secret to FILE (mode 0600) instead of printing it. FILE appears complete
                     or not at all (written beside it as FILE.partial-XXXXXX, synced, then renamed).
  --force            replace FILE if it exists
${COMMON_HELP}

A passphrase is asked for on the terminal, or taken from HUSHLINK_PASSPHRASE. A view is used up once
the secret is revealed, even if the passphrase is wrong: in a terminal you get ${PASSPHRASE_ATTEMPTS} tries without using
another view. Secrets for signed-in people or named people need \`hushlink login\` on their server.
--json prints {"text","viewsLeft"} (or {"file","bytes","viewsLeft"} with -o).`;

/** `hushlink get LINK`: metadata, reveal with the claim, decrypt locally, print or save atomically. */
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
        },
      }),
    );
    setQuiet(values.quiet);
    const [text, ...extra] = positionals;
    if (text === undefined || extra.length > 0) {
      throw new CliError('usage', 'Give exactly one LINK; see `hushlink get --help`.');
    }
    // Everything that can be checked without the server is checked first: a link without its key sends nothing.
    const link = parseSecretLink(text);
    const context = await resolveServerContext(values.server);
    const client = new ApiClient(link.origin, tokenFor(context, link.origin));

    // Everything that could stop us is settled before the view is consumed: the secret exists, we may open it,
    // the output file can be written, and we have its passphrase.
    const metadata = await client.getSecretMetadata(link.id);
    if (metadata.sealed) {
      throw new CliError(
        'bad_link',
        'This secret is sealed to a passkey, which this CLI cannot use; open it in a browser.',
      );
    }
    const needsAccount = metadata.access !== 'link';
    if (needsAccount) requireToken(context, link.origin, `This secret (access: ${metadata.access})`);
    let output: PendingOutputFile | null = null;
    let source: PassphraseSource | null = null;
    try {
      if (values.output !== undefined) {
        output = await PendingOutputFile.create(values.output, { force: values.force });
      }
      if (metadata.passphrase) source = await passphraseForGet(process.env);

      status('Revealing…');
      const claim = toBase64Url(await deriveClaim(link.linkKey));
      const revealed = await client.revealSecret(link.id, claim, needsAccount);
      // From here on the view is spent: every failure says so, and how many are left.
      const { viewsLeft } = revealed;
      try {
        const opened = await openEnvelope(fromBase64Url(revealed.ciphertext), link.linkKey, source);
        source = opened.source;
        const bytes = new TextEncoder().encode(opened.text);
        if (output) {
          await output.commit(bytes);
          if (values.json) await writeJson({ file: output.path, bytes: bytes.length, viewsLeft });
          else status(`Saved to ${output.path} (${bytes.length} bytes).`);
        } else if (values.json) {
          await writeJson({ text: opened.text, viewsLeft });
        } else {
          // A terminal gets a final newline so the prompt does not stick to the secret; a pipe gets the exact bytes.
          const newline = process.stdout.isTTY && !opened.text.endsWith('\n') ? '\n' : '';
          await writeStdout(opened.text + newline);
        }
        status(viewsNote(viewsLeft));
      } catch (error) {
        if (error instanceof CliError)
          throw new CliError(error.code, `${error.message} ${viewsNote(viewsLeft)}`);
        throw error;
      }
    } finally {
      await output?.discard();
      source?.terminal?.close();
    }
  },
};

/**
 * Decrypts the envelope held in memory. On a terminal, a wrong passphrase is asked again (the view is already
 * spent, so retrying costs nothing); with `HUSHLINK_PASSPHRASE` there is nobody to ask.
 *
 * @throws CliError `decryption_failed` or `bad_link` from the envelope's error code.
 */
async function openEnvelope(
  envelope: Uint8Array,
  linkKey: Uint8Array,
  initial: PassphraseSource | null,
): Promise<{ text: string; source: PassphraseSource | null }> {
  let source = initial;
  for (let attempt = 1; ; attempt++) {
    try {
      const options = source === null ? {} : { passphrase: source.passphrase };
      return { text: await decryptText(envelope, linkKey, options), source };
    } catch (error) {
      if (!(error instanceof EnvelopeError)) throw error;
      const terminal = source?.terminal;
      if (error.code === 'DECRYPTION_FAILED' && terminal && attempt < PASSPHRASE_ATTEMPTS) {
        terminal.output.write('Wrong passphrase (or the data was altered); try again.\n');
        source = { passphrase: await askNonEmpty(terminal), terminal };
        continue;
      }
      if (error.code === 'PASSPHRASE_REQUIRED' && source === null) {
        // The server's metadata said there was none; the envelope, which it cannot alter unnoticed, says otherwise.
        source = await passphraseForGet(process.env);
        continue;
      }
      throw decryptionError(error, source !== null);
    }
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
