import { createHash, type Hash } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { FileEntry } from '@hushlink/envelope';
import { CliError } from './cli-error.ts';
import { sanitizeFileName } from './file-name.ts';
import { describeFsError } from './fs-error.ts';
import { onForcedExit } from './interrupt.ts';
import { writeStdout } from './output.ts';
import { PendingOutputFile } from './output-file.ts';

/**
 * Where `hushlink get` puts what it opens, settled before the view is used: `default` (text on stdout, files in
 * the current folder), `stdout` (`-o -`), `dir` (`-o DIR`, an existing folder), `file` (`-o FILE`, created already).
 */
export type OutputPlan =
  | { kind: 'default' }
  | { kind: 'stdout' }
  | { kind: 'dir'; dir: string }
  | { kind: 'file'; file: PendingOutputFile };

/** One file as saved, for `--json`. */
export interface SavedFile {
  name: string;
  type: string;
  size: number;
  /** Where it was saved; `-` for stdout. */
  path: string;
  sha256: string;
}

interface Target {
  entry: FileEntry;
  pending: PendingOutputFile;
  /** Where it ends up, as reported. */
  path: string;
  hash: Hash;
}

/**
 * Writes the files of a secret as their bytes are decrypted: each into a temporary file beside its destination
 * (`NAME.partial-XXXXXX`, mode 0600), all moved into place by `commit` only after the whole envelope was
 * authenticated, and all deleted by `discard` on any failure. For `-o -` the single file goes through a temporary
 * file too, and is copied to stdout only once it is complete and authentic.
 */
export class FilesWriter {
  private index = 0;
  private written = 0;

  private constructor(
    private readonly targets: Target[],
    /** The temporary folder for `-o -`. */
    private readonly spoolDir: string | undefined,
    private readonly unregister: () => void,
  ) {}

  /**
   * Creates the temporary files for the plan.
   *
   * @throws CliError `usage` when several files meet `-o FILE` or `-o -`, or a destination exists without
   *   `force`; `io` when one cannot be created. Nothing is left behind then.
   */
  static async open(files: readonly FileEntry[], plan: OutputPlan, force: boolean): Promise<FilesWriter> {
    if ((plan.kind === 'file' || plan.kind === 'stdout') && files.length !== 1) {
      if (plan.kind === 'file') await plan.file.discard();
      throw new CliError(
        'usage',
        `This secret holds ${files.length} files, which ${plan.kind === 'file' ? 'cannot all be saved as one FILE' : 'cannot be printed'}; save them into a folder with -o DIR.`,
      );
    }
    const targets: Target[] = [];
    let spoolDir: string | undefined;
    let unregister = (): void => undefined;
    try {
      if (plan.kind === 'file' || plan.kind === 'stdout') {
        const entry = files[0] as FileEntry;
        let pending: PendingOutputFile;
        if (plan.kind === 'file') {
          pending = plan.file;
        } else {
          const dir = await mkdtemp(join(tmpdir(), 'hushlink-get-'));
          spoolDir = dir;
          unregister = onForcedExit(() => rmSync(dir, { recursive: true, force: true }));
          pending = await PendingOutputFile.create(join(dir, 'file'), { force: false });
        }
        const path = plan.kind === 'file' ? plan.file.path : '-';
        targets.push({ entry, pending, path, hash: createHash('sha256') });
      } else {
        const dir = plan.kind === 'dir' ? plan.dir : '.';
        const used = new Set<string>();
        for (const [index, entry] of files.entries()) {
          const name = uniqueName(sanitizeFileName(entry.name, `file-${index + 1}`), used);
          const path = plan.kind === 'dir' ? join(dir, name) : name;
          const pending = await PendingOutputFile.create(path, { force });
          targets.push({ entry, pending, path, hash: createHash('sha256') });
        }
      }
    } catch (error) {
      for (const target of targets) await target.pending.discard();
      if (plan.kind === 'file') await plan.file.discard();
      if (spoolDir !== undefined) await rm(spoolDir, { recursive: true, force: true });
      unregister();
      throw error;
    }
    return new FilesWriter(targets, spoolDir, unregister);
  }

  /** Appends decrypted content, cutting it into the files by their sizes. */
  async write(content: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < content.length) {
      const target = this.targets[this.index];
      if (!target) throw new CliError('decryption_failed', 'The secret holds more bytes than its files.');
      const n = Math.min(target.entry.size - this.written, content.length - offset);
      const piece = content.subarray(offset, offset + n);
      target.hash.update(piece);
      await target.pending.write(piece);
      offset += n;
      this.written += n;
      if (this.written === target.entry.size) this.next();
    }
  }

  /**
   * Moves every file into place (or copies the one file to stdout). Call only after the decryptor's `finish`.
   *
   * @throws CliError `io` when a file cannot be written or stdout fails; the files not yet in place are deleted.
   */
  async commit(): Promise<SavedFile[]> {
    // Empty files at the end never receive a write.
    while (this.index < this.targets.length && this.written === this.targets[this.index]?.entry.size)
      this.next();
    const saved: SavedFile[] = [];
    try {
      for (const { entry, pending, path, hash } of this.targets) {
        await pending.commit();
        saved.push({
          name: entry.name,
          type: entry.type,
          size: entry.size,
          path,
          sha256: hash.digest('hex'),
        });
      }
      if (this.spoolDir !== undefined) await copyToStdout(join(this.spoolDir, 'file'));
      return saved;
    } finally {
      await this.discard();
    }
  }

  /** Deletes what is not in place yet. Safe to call more than once. */
  async discard(): Promise<void> {
    for (const target of this.targets) await target.pending.discard();
    if (this.spoolDir !== undefined) await rm(this.spoolDir, { recursive: true, force: true });
    this.unregister();
  }

  private next(): void {
    this.index++;
    this.written = 0;
  }
}

/** `name`, or `stem (2).ext`, `stem (3).ext`… when two files of a secret sanitise to the same name. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

async function copyToStdout(path: string): Promise<void> {
  try {
    for await (const chunk of createReadStream(path, {
      highWaterMark: 1024 * 1024,
    }) as AsyncIterable<Buffer>) {
      await writeStdout(chunk);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('io', `Could not read the decrypted file back: ${describeFsError(error)}.`);
  }
}
