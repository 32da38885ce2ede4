/**
 * Every way a command can fail on purpose. Each code has one exit status (`EXIT_CODES`), documented in
 * `hushlink --help` and the README, so scripts can branch on the status and people read the message.
 *
 * - `usage`: a wrong option, argument or input (exit 1).
 * - `not_found`: the secret (or a named person) does not exist, expired, was used up or revoked (exit 2).
 * - `auth`: not logged in, a refused token, or an account that may not do this (401/403; exit 3).
 * - `bad_link`: a link whose key or id is missing or damaged, or a key that does not match (exit 4).
 * - `decryption_failed`: a wrong passphrase or altered data (exit 4).
 * - `network`: the server could not be reached (exit 5).
 * - `server`: the server answered something that is not a usable Hushlink answer (exit 5).
 * - `rate_limited`: too many attempts; `retryAfter` says how long to wait (exit 6).
 * - `io`: a local file, the terminal or standard output failed (exit 7).
 * - `integrity`: a server that does not serve a signed release's web client, or a refused manifest (exit 8).
 * - `interrupted`: Ctrl-C at a prompt, or a signal during an upload or download (exit 130, as a shell reports
 *   SIGINT).
 */
export type CliErrorCode =
  | 'usage'
  | 'not_found'
  | 'auth'
  | 'bad_link'
  | 'decryption_failed'
  | 'network'
  | 'server'
  | 'rate_limited'
  | 'io'
  | 'integrity'
  | 'interrupted';

/** The exit status of each error code; 0 is success and 70 an unexpected failure (a bug). */
export const EXIT_CODES: Readonly<Record<CliErrorCode, number>> = {
  usage: 1,
  not_found: 2,
  auth: 3,
  bad_link: 4,
  decryption_failed: 4,
  network: 5,
  server: 5,
  rate_limited: 6,
  io: 7,
  integrity: 8,
  interrupted: 130,
};

/** The exit status of a failure that is not a `CliError`: a bug, reported in one line as well. */
export const EXIT_INTERNAL = 70;

/**
 * The only error commands throw for an expected failure. `message` is one sentence for the person at the
 * terminal, printed as `hushlink: <message>`; the exit status follows from `code`.
 *
 * @example throw new CliError('usage', '--views must be a whole number from 1 to 100.')
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** The process exit status for this failure. */
  readonly exitCode: number;

  constructor(
    readonly code: CliErrorCode,
    message: string,
    /** Seconds to wait before trying again (`rate_limited`, from `Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.exitCode = EXIT_CODES[code];
  }
}
