import { createDecryptor, EnvelopeError } from '@hushlink/envelope';
import { CliError } from './cli-error.ts';
import { type Opened, openSink, type Sink } from './decrypted-sink.ts';
import { askNonEmpty, PASSPHRASE_ATTEMPTS, type PassphraseSource, passphraseFromEnv } from './passphrase.ts';
import { openTerminal } from './prompt.ts';
import type { OutputPlan } from './save-files.ts';

/**
 * Decrypts the envelope as it arrives, into memory for a text or into the files of the plan. On a terminal a wrong
 * passphrase is asked again (the view is already spent, so retrying costs nothing; an upload is downloaded again
 * within its grant); with `HUSHLINK_PASSPHRASE` there is nobody to ask.
 *
 * @throws CliError `decryption_failed` or `bad_link` from the envelope's error code; `io` when saving fails.
 */
export async function openEnvelope(
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

/** The CLI's error for an envelope's error code: what went wrong, in words for someone holding a link. */
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
