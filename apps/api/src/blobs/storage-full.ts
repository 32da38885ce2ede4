/**
 * The blob store ran out of space (a full disk or a quota) while it wrote: nothing of the write was kept. The
 * request that hit it is answered `507 storage_full`; every other request goes on as before.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor() {
    super('the blob store is out of space');
  }
}

/** Whether a filesystem error says there is no room: `ENOSPC` (the disk is full) or `EDQUOT` (a quota). */
export function isOutOfSpace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
