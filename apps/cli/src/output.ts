import { CliError } from './cli-error.ts';
import { describeFsError } from './fs-error.ts';

/**
 * Writes to standard output and waits until it is written, so the process never exits with output still
 * buffered and a write error (a full disk, a closed pipe) is reported instead of lost.
 *
 * @throws CliError `io` when the write fails.
 */
export function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (error) => {
      if (error) reject(new CliError('io', `Could not write to standard output: ${describeFsError(error)}.`));
      else resolve();
    });
  });
}

/** Prints a value as one line of JSON on standard output (`--json`). */
export function writeJson(value: unknown): Promise<void> {
  return writeStdout(`${JSON.stringify(value)}\n`);
}

let quiet = false;

/** `--quiet`: no status lines and no hints, only the result and errors. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

/** Whether `--quiet` is on. */
export function isQuiet(): boolean {
  return quiet;
}

/** A progress or status line for a person (`Encrypting…`): on stderr, only when stderr is a terminal. */
export function status(message: string): void {
  if (!quiet && process.stderr.isTTY === true) process.stderr.write(`${message}\n`);
}

/** A line the user needs whatever stderr is (the manage link after `share`): on stderr unless `--quiet`. */
export function hint(message: string): void {
  if (!quiet) process.stderr.write(`${message}\n`);
}

/** The one line every failure ends with: `hushlink: <message>`, newlines folded so it stays one line. */
export function errorLine(message: string): string {
  return `hushlink: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`;
}

/**
 * Lays rows out as a table with columns padded to their widest cell and two spaces between them.
 *
 * @example formatTable([['ID', 'STATE'], ['abc', 'active']])
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

function displayWidth(text: string): number {
  return Array.from(text).length;
}
