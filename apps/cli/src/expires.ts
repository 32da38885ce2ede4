import { MAX_EXPIRES_IN_SECONDS, MIN_EXPIRES_IN_SECONDS } from '@hushlink/protocol';
import { CliError } from './cli-error.ts';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 60 * 60, d: 24 * 60 * 60 };

const USAGE =
  '--expires takes a time like 5m, 1h, 1d, 7d or 30d (a number with s, m, h or d, from 60s to 30d)';

/**
 * Reads `--expires`: a whole number and a unit (`s`, `m`, `h`, `d`), between the API's 60 seconds and 30 days.
 *
 * @returns seconds.
 * @throws CliError `usage` for anything else.
 * @example parseExpires('1h') // 3600
 */
export function parseExpires(text: string): number {
  const match = /^(\d{1,7})([smhd])$/.exec(text.trim().toLowerCase());
  const unit = match?.[2] ? UNIT_SECONDS[match[2]] : undefined;
  if (!match || unit === undefined) throw new CliError('usage', `${USAGE}; got ${JSON.stringify(text)}.`);
  const seconds = Number(match[1]) * unit;
  if (seconds < MIN_EXPIRES_IN_SECONDS || seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new CliError('usage', `${USAGE}; ${text} is out of range.`);
  }
  return seconds;
}
