import { CliError } from './cli-error.ts';

/**
 * Runs a `node:util` `parseArgs` call and turns its errors (unknown option, missing value, extra argument) into a
 * `usage` error that says where to look, without Node's long hints. `shortOptionHint` is added when the unknown
 * option has one dash: a command that takes an id (base64url, so one in 64 begins with '-') says how to pass one.
 *
 * @example const { values } = parseOrUsage('get', () => parseArgs({ args, options, allowPositionals: true }));
 */
export function parseOrUsage<T>(command: string, parse: () => T, shortOptionHint?: string): T {
  try {
    return parse();
  } catch (error) {
    const described = describeParseError(error);
    const hint =
      shortOptionHint !== undefined && /^Unknown option -[^-]/.test(described) ? ` (${shortOptionHint})` : '';
    throw new CliError('usage', `${described}${hint}; see \`hushlink ${command} --help\`.`);
  }
}

function describeParseError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${quoted ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument ${quoted === undefined ? '' : JSON.stringify(quoted)}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.split('.')[0] ?? message;
    default:
      return message;
  }
}

/**
 * Reads a whole number option within bounds.
 *
 * @throws CliError `usage` for anything but a whole number from `min` to `max`.
 */
export function parseWholeNumber(text: string, option: string, min: number, max: number): number {
  const value = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new CliError(
      'usage',
      `${option} must be a whole number from ${min} to ${max}; got ${JSON.stringify(text)}.`,
    );
  }
  return value;
}
