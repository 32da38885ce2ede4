import { stat } from 'node:fs/promises';
import { CliError } from './cli-error.ts';
import { describeFsError, errorCode } from './fs-error.ts';
import { PendingOutputFile } from './output-file.ts';
import type { OutputPlan } from './save-files.ts';

/**
 * Reads -o before anything is consumed: `-` is stdout; an existing folder (or a path ending in /) is DIR;
 * anything else is FILE, created now as a temporary file beside it (refused if it exists, without --force).
 *
 * @throws CliError `usage` or `io` as `PendingOutputFile.create` does, or for DIR/ that is not a folder.
 */
export async function planOutput(output: string | undefined, force: boolean): Promise<OutputPlan> {
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
