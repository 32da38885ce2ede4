import { CliError } from './cli-error.ts';
import { openTerminal, readHidden, type Terminal } from './prompt.ts';

/** How many times a person may mistype: a confirmation on share, or the passphrase on get. */
export const PASSPHRASE_ATTEMPTS = 3;

/** Where a passphrase came from: the environment cannot be asked again; a terminal can. */
export interface PassphraseSource {
  passphrase: string;
  /** The terminal it was typed on, kept open to ask again after a wrong one; `null` for `HUSHLINK_PASSPHRASE`. */
  terminal: Terminal | null;
}

/** `HUSHLINK_PASSPHRASE`, when it is set and not empty. */
export function passphraseFromEnv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env.HUSHLINK_PASSPHRASE;
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The passphrase for a new secret: `HUSHLINK_PASSPHRASE`, or typed twice on the terminal without echo.
 *
 * @throws CliError `usage` when there is no terminal and no variable, or the two entries never match.
 */
export async function passphraseForShare(env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const fromEnv = passphraseFromEnv(env);
  if (fromEnv !== undefined) return fromEnv;
  const terminal = requireTerminal('--passphrase');
  try {
    for (let attempt = 1; attempt <= PASSPHRASE_ATTEMPTS; attempt++) {
      const first = await readHidden(terminal, 'Passphrase: ');
      if (first === '') {
        terminal.output.write('The passphrase must not be empty.\n');
        continue;
      }
      const second = await readHidden(terminal, 'Repeat the passphrase: ');
      if (first === second) return first;
      terminal.output.write('The two entries differ; try again.\n');
    }
  } finally {
    terminal.close();
  }
  throw new CliError('usage', 'No passphrase was set: the entries were empty or did not match.');
}

/**
 * The passphrase to open a secret: `HUSHLINK_PASSPHRASE`, or typed on the terminal (which stays open so that a
 * wrong passphrase can be asked again; the caller closes it).
 *
 * @throws CliError `usage` when there is neither; callers ask before consuming a view, so nothing is lost.
 */
export async function passphraseForGet(
  env: Readonly<Record<string, string | undefined>>,
): Promise<PassphraseSource> {
  const fromEnv = passphraseFromEnv(env);
  if (fromEnv !== undefined) return { passphrase: fromEnv, terminal: null };
  const terminal = requireTerminal('This secret');
  try {
    return { passphrase: await askNonEmpty(terminal), terminal };
  } catch (error) {
    terminal.close();
    throw error;
  }
}

/** Asks on an open terminal until the answer is not empty. */
export async function askNonEmpty(terminal: Terminal): Promise<string> {
  for (;;) {
    const answer = await readHidden(terminal, 'Passphrase: ');
    if (answer !== '') return answer;
    terminal.output.write('The passphrase must not be empty.\n');
  }
}

function requireTerminal(what: string): Terminal {
  const terminal = openTerminal();
  if (!terminal) {
    throw new CliError(
      'usage',
      `${what} needs a passphrase: set HUSHLINK_PASSPHRASE, or run in a terminal to be asked for it.`,
    );
  }
  return terminal;
}
