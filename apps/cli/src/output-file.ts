import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { type FileHandle, link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error.ts';
import { describeFsError, errorCode } from './fs-error.ts';
import { onForcedExit } from './interrupt.ts';

/** `open` as the writer uses it; a seam so tests can make a write fail as a full disk would. */
export type OpenFile = (path: string, flags: string, mode: number) => Promise<FileHandle>;

/** Options of `PendingOutputFile.create`. */
export interface OutputFileOptions {
  /** Replace an existing file (atomically) instead of refusing. */
  force: boolean;
  /** For tests only: how files are opened. */
  openFile?: OpenFile;
}

/**
 * An output file that appears complete or not at all. `create` runs as early as possible (for `get`, before
 * anything is consumed on the server): it refuses an existing file (unless `force`) and creates
 * `FILE.partial-XXXXXX` beside it with mode 0600, so an unwritable place fails early. `write` appends to it;
 * `commit` writes the rest, fsyncs and renames it into place; `discard` (or a signal) deletes it. A reader never
 * finds a half-written FILE.
 */
export class PendingOutputFile {
  private settled = false;
  private readonly unregister: () => void;
  /** Bytes written so far. */
  bytesWritten = 0;

  private constructor(
    /** Where the file will be. */
    readonly path: string,
    /** The temporary file beside it. */
    readonly partialPath: string,
    private readonly handle: FileHandle,
    private readonly force: boolean,
  ) {
    this.unregister = onForcedExit(() => unlinkSync(partialPath));
  }

  /**
   * Checks the destination and creates the temporary file beside it.
   *
   * @throws CliError `usage` when FILE exists and `force` is not set; `io` when FILE is a directory or the folder
   *   cannot be written.
   */
  static async create(path: string, options: OutputFileOptions): Promise<PendingOutputFile> {
    const openFile = options.openFile ?? ((file, flags, mode) => open(file, flags, mode));
    const existing = await lstat(path).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw new CliError('io', `Cannot write ${path}: ${describeFsError(error)}.`);
    });
    if (existing?.isDirectory()) throw new CliError('io', `Cannot write ${path}: it is a directory.`);
    if (existing && !options.force) {
      throw new CliError('usage', `${path} already exists; use --force to replace it.`);
    }
    for (let attempt = 0; ; attempt++) {
      const partialPath = join(dirname(path), `${basename(path)}.partial-${randomBytes(3).toString('hex')}`);
      try {
        const handle = await openFile(partialPath, 'wx', 0o600);
        return new PendingOutputFile(path, partialPath, handle, options.force);
      } catch (error) {
        if (errorCode(error) === 'EEXIST' && attempt < 5) continue;
        throw new CliError('io', `Cannot write ${path}: ${describeFsError(error)}.`);
      }
    }
  }

  /**
   * Writes the bytes, flushes them to the disk, and moves the file into place: with `force` by `rename` (which
   * replaces atomically), else by `link`, which fails rather than replace a file that appeared meanwhile.
   *
   * @throws CliError `io` on any failure (a full disk, an I/O error); the temporary file is deleted then.
   */
  async commit(bytes?: Uint8Array): Promise<void> {
    try {
      if (bytes !== undefined) await this.handle.writeFile(bytes);
      await this.handle.sync();
      await this.handle.close();
      if (this.force) await rename(this.partialPath, this.path);
      else await this.linkIntoPlace();
      await this.syncDirectory();
      this.settle();
    } catch (error) {
      await this.discard();
      if (error instanceof CliError) throw error;
      throw new CliError('io', `Could not write ${this.path}: ${describeFsError(error)}.`);
    }
  }

  /**
   * Appends bytes to the temporary file.
   *
   * @throws CliError `io` on any failure (a full disk); the temporary file is deleted then.
   */
  async write(bytes: Uint8Array): Promise<void> {
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      }
      this.bytesWritten += bytes.length;
    } catch (error) {
      await this.discard();
      throw new CliError('io', `Could not write ${this.path}: ${describeFsError(error)}.`);
    }
  }

  /** Deletes the temporary file. Safe to call more than once. */
  async discard(): Promise<void> {
    if (this.settled) return;
    this.settle();
    await this.handle.close().catch(() => undefined);
    await unlink(this.partialPath).catch(() => undefined);
  }

  private async linkIntoPlace(): Promise<void> {
    try {
      await link(this.partialPath, this.path);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') {
        throw new CliError(
          'io',
          `${this.path} was created by something else meanwhile; it was not replaced.`,
        );
      }
      // File systems without hard links (FAT, some network shares): check, then rename.
      if (
        await lstat(this.path).then(
          () => true,
          () => false,
        )
      ) {
        throw new CliError(
          'io',
          `${this.path} was created by something else meanwhile; it was not replaced.`,
        );
      }
      await rename(this.partialPath, this.path);
      return;
    }
    await unlink(this.partialPath);
  }

  /** Makes the new directory entry durable too; best effort, as some systems cannot fsync a directory. */
  private async syncDirectory(): Promise<void> {
    try {
      const directory = await open(dirname(this.path), 'r');
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
    } catch {
      // Not supported here (Windows); the file itself is synced.
    }
  }

  private settle(): void {
    this.settled = true;
    this.unregister();
  }
}
