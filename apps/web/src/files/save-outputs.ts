import { type BatchedWrites, batchedWrites } from './batched-writes.ts';
import { FileError } from './file-error.ts';
import { t } from './file-text.ts';
import type { SaveTarget } from './worker-protocol.ts';

/** Decrypted bytes are written in blocks of this size, double-buffered (see `batchedWrites`). */
const WRITE_BLOCK_BYTES = 8 * 1024 * 1024;

/** Where the worker writes the content of a secret's files, file by file, in order. */
export interface SaveOutputs {
  /** Writes bytes of file `index` (called with each file's bytes in order, files in order). */
  write(index: number, bytes: Uint8Array): Promise<void>;
  /** Keeps what was written: called only once the whole envelope decrypted and its end was checked. */
  close(): Promise<void>;
  /** Discards everything written, so that no partial file stays behind. */
  abort(): Promise<void>;
}

/** The subset of `FileSystemSyncAccessHandle` (dedicated workers only; not in TypeScript's DOM library). */
interface SyncAccessHandle {
  write(bytes: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** Opens the outputs of a save job, in the worker. */
export function openOutputs(target: SaveTarget): Promise<SaveOutputs> {
  return target.kind === 'picked' ? pickedOutput(target.handle, target.index) : privateOutputs(target);
}

/** A failure of the disk or of the storage quota, as the sentence people can act on; anything else as it is. */
export function storageFailure(error: unknown): unknown {
  const full =
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NoSpaceError');
  return full ? new FileError('disk_full', t('diskFull')) : error;
}

/**
 * File System Access: the file the person picked, written through `createWritable()` (a swap file the browser
 * turns into the file only on `close()`; `abort()` drops it). Only file `index` of the content goes there.
 */
async function pickedOutput(handle: FileSystemFileHandle, index: number): Promise<SaveOutputs> {
  const writable = await handle.createWritable();
  const out = batchedWrites(writable, WRITE_BLOCK_BYTES);
  return {
    write: (at, bytes) => (at === index ? out.write(bytes) : Promise.resolve()),
    async close() {
      await out.flush();
      out.dispose();
      await writable.close();
    },
    async abort() {
      out.dispose();
      await writable.abort().catch(() => undefined);
    },
  };
}

/**
 * The origin-private file system: every file of the secret into `folder`, under `names`, through synchronous access
 * handles (the fast path every current browser has in a dedicated worker). The files are created empty up front
 * (so an empty file exists too) and each is opened when its first bytes arrive; `abort` removes them all.
 */
async function privateOutputs(target: Extract<SaveTarget, { kind: 'private' }>): Promise<SaveOutputs> {
  const { folder, names } = target;
  const handles: FileSystemFileHandle[] = [];
  for (const name of names) handles.push(await folder.getFileHandle(name, { create: true }));
  let open: { index: number; access: SyncAccessHandle; out: BatchedWrites } | undefined;

  async function closeOpen(): Promise<void> {
    if (!open) return;
    const { access, out } = open;
    open = undefined;
    try {
      await out.flush();
      access.flush();
    } finally {
      out.dispose();
      access.close();
    }
  }

  async function openFile(index: number): Promise<NonNullable<typeof open>> {
    await closeOpen();
    const handle = handles[index];
    if (!handle) throw new Error(`no file ${index}`);
    const access = await (
      handle as unknown as { createSyncAccessHandle(): Promise<SyncAccessHandle> }
    ).createSyncAccessHandle();
    access.truncate(0);
    let at = 0;
    const out = batchedWrites(
      {
        write(bytes) {
          const written = access.write(bytes, { at });
          if (written !== bytes.length) throw new FileError('disk_full', t('diskFull'));
          at += written;
        },
      },
      WRITE_BLOCK_BYTES,
    );
    open = { index, access, out };
    return open;
  }

  return {
    async write(index, bytes) {
      const file = open?.index === index ? open : await openFile(index);
      await file.out.write(bytes);
    },
    close: closeOpen,
    async abort() {
      await closeOpen().catch(() => undefined);
      for (const name of names) await folder.removeEntry(name).catch(() => undefined);
    },
  };
}
