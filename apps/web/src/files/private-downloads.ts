/**
 * The folders of decrypted files in the origin-private file system (OPFS), for browsers that cannot write a file
 * the person picks (no `showSaveFilePicker`): each view of a secret's files gets a folder of its own under
 * `hushlink-downloads/`, held by a Web Lock for as long as the tab keeps it. The folder is removed when the view is
 * left or the tab closes, and any folder whose lock nobody holds (a tab that crashed or closed mid-way) is removed on
 * the next visit (`sweepPrivateDownloads`, run at start-up), without touching another open tab's files.
 */

/** The OPFS folder that holds every view's folder. */
export const DOWNLOADS_FOLDER = 'hushlink-downloads';
const LOCK_PREFIX = 'hushlink-download:';

/** A view's folder of decrypted files. */
export interface PrivateFolder {
  folder: FileSystemDirectoryHandle;
  /** Removes the folder and everything in it, and lets go of its lock. Safe to call twice. */
  remove(): Promise<void>;
}

/** True when this browser has what the OPFS save path needs. */
export function hasPrivateStorage(): boolean {
  return (
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof navigator.locks?.request === 'function' &&
    typeof Worker === 'function'
  );
}

/** Bytes this origin may still store, or `undefined` when the browser does not say. */
export async function storageLeft(): Promise<number | undefined> {
  try {
    const { quota, usage } = await navigator.storage.estimate();
    return quota === undefined ? undefined : quota - (usage ?? 0);
  } catch {
    return undefined;
  }
}

/** Creates a fresh folder under `hushlink-downloads/`, holding its lock first so that no sweep can take it. */
export async function createPrivateFolder(): Promise<PrivateFolder> {
  const name = crypto.randomUUID();
  let release: () => void = () => undefined;
  await new Promise<void>((granted, failed) => {
    navigator.locks
      .request(`${LOCK_PREFIX}${name}`, () => {
        granted();
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(failed);
  });
  const parent = await (await navigator.storage.getDirectory()).getDirectoryHandle(DOWNLOADS_FOLDER, {
    create: true,
  });
  const folder = await parent.getDirectoryHandle(name, { create: true });
  let removed: Promise<void> | undefined;
  return {
    folder,
    remove() {
      removed ??= parent
        .removeEntry(name, { recursive: true })
        .catch(() => undefined)
        .finally(() => release());
      return removed;
    },
  };
}

/** Removes every folder under `hushlink-downloads/` that no open tab holds. Never throws. */
export async function sweepPrivateDownloads(): Promise<void> {
  try {
    if (!hasPrivateStorage()) return;
    const root = await navigator.storage.getDirectory();
    let parent: FileSystemDirectoryHandle;
    try {
      parent = await root.getDirectoryHandle(DOWNLOADS_FOLDER);
    } catch {
      return;
    }
    // The names first, then the locks: a folder listed here was locked before it was created.
    const names: string[] = [];
    for await (const name of (parent as unknown as { keys(): AsyncIterable<string> }).keys())
      names.push(name);
    const held = new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name));
    for (const name of names) {
      if (!held.has(`${LOCK_PREFIX}${name}`)) {
        await parent.removeEntry(name, { recursive: true }).catch(() => undefined);
      }
    }
  } catch {
    // Nothing to do: the next visit tries again.
  }
}
