import type { EnvelopeMetadata, FileEntry } from '@hushlink/envelope';
import { h, render } from '../ui/element.ts';
import { focusHeading } from '../ui/focus.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { describeFileFailure, FileError } from './file-error.ts';
import { runFileJob } from './file-job.ts';
import { safeFileName } from './file-name.ts';
import { notEnoughSpace, t } from './file-text.ts';
import { formatSize } from './format-size.ts';
import {
  createPrivateFolder,
  hasPrivateStorage,
  type PrivateFolder,
  storageLeft,
} from './private-downloads.ts';
import type { EnvelopeSource } from './read-envelope.ts';
import { isAbort, saveFilePicker } from './save-target.ts';
import { transferProgress } from './transfer-progress.ts';
import type { SaveTarget } from './worker-protocol.ts';

/** A revealed files secret: what the page holds once the view is spent and the metadata decrypted. */
export interface FileSecret {
  source: EnvelopeSource;
  linkKey: Uint8Array;
  passphrase: string;
  viewsLeft: number;
  metadata: EnvelopeMetadata;
}

/** The files of a secret as the page lists them; an uploaded text (from another client) is one file. */
function entriesOf(metadata: EnvelopeMetadata): FileEntry[] {
  return metadata.kind === 'files'
    ? metadata.files
    : [{ name: 'secret.txt', type: 'text/plain', size: Number.POSITIVE_INFINITY }];
}

/** How long the download grant lasts, and what that means for retrying. */
function grantSentence(expiresAt: string, now = Date.now()): string {
  const left = Date.parse(expiresAt) - now;
  if (left <= 0) {
    return t('grantClosed');
  }
  const minutes = Math.max(1, Math.ceil(left / 60_000));
  const until = new Date(expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return t('grantLeft', { minutes, until });
}

/**
 * Shows the files of a revealed secret (names, types and sizes from the decrypted metadata, as text only) and
 * saves them; the download, decryption and writing run in the file worker. Where the browser has the File System
 * Access API, each Save streams that file, decrypted, into the file the person picks and keeps it only once the
 * whole envelope decrypted and checked (`writable.close()`), else aborts the writable so no partial file is kept.
 * Elsewhere, one pass decrypts every file into a folder of the origin-private file system and then offers
 * `<a download>` links to those files (memory stays flat whatever the size); the folder is removed when the view is
 * left, and on failure at once. The download grant stays in the page, so a failed or cancelled download can be
 * tried again until it expires without another view.
 */
export function showFileSecret(main: HTMLElement, secret: FileSecret): void {
  const entries = entriesOf(secret.metadata);
  const sizes = entries.map((entry) => entry.size);
  const picker = saveFilePicker();
  const status = createStatusLine();
  const progress = transferProgress();
  const grantLine = h('p', { class: 'hint' }, grantSentence(secret.source.grant.expiresAt));
  const buttons: HTMLButtonElement[] = [];
  /** Object URLs of the decrypted files (OPFS path), released when the person leaves this view. */
  const urls: string[] = [];
  /** The OPFS folder of the decrypted files, removed when the person leaves this view. */
  let privateFolder: PrivateFolder | undefined;
  let busy = false;

  const rows = entries.map((entry, index) => {
    const name = safeFileName(entry.name);
    const size = Number.isFinite(entry.size) ? formatSize(entry.size) : t('sizeUnknown');
    const action = h('span', { class: 'file-action' });
    const rowStatus = h('span', { class: 'hint file-status' });
    if (picker) {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          'aria-label': t('saveLabel', { name }),
          on: { click: () => void saveWithPicker(index) },
        },
        t('saveAs'),
      );
      buttons.push(button);
      action.append(button);
    }
    const item = h(
      'li',
      { class: 'file-row' },
      h('span', { class: 'file-name' }, name),
      h(
        'span',
        { class: 'hint' },
        t('typeAndSize', { type: entry.type === '' ? t('typeUnknown') : entry.type, size }),
      ),
      action,
      rowStatus,
    );
    return { name, item, action, rowStatus };
  });

  function setBusy(value: boolean): void {
    busy = value;
    for (const button of buttons) button.disabled = value || grantExpired();
  }

  function grantExpired(): boolean {
    return Date.parse(secret.source.grant.expiresAt) <= Date.now();
  }

  /** Says that saving `name` (or, without one, decrypting the files) was cancelled or failed, and why. */
  function failed(error: unknown, name?: string): void {
    if (isAbort(error)) {
      status.info(name === undefined ? t('decryptingCancelled') : t('savingCancelled', { name }));
    } else {
      const reason = describeFileFailure(error);
      status.error(
        name === undefined ? t('decryptingFailed', { reason }) : t('savingFailed', { name, reason }),
      );
    }
    grantLine.textContent = grantSentence(secret.source.grant.expiresAt);
  }

  /** File System Access: stream file `index`, decrypted, into the file the person picks. */
  async function saveWithPicker(index: number): Promise<void> {
    const row = rows[index];
    if (!picker || !row || busy) return;
    let handle: FileSystemFileHandle;
    try {
      handle = await picker({ suggestedName: row.name });
    } catch (error) {
      if (!isAbort(error)) status.error(t('noSaveDialog', { reason: describeFileFailure(error) }));
      return;
    }
    setBusy(true);
    status.clear();
    row.rowStatus.textContent = '';
    const signal = progress.start(t('downloadingOne', { name: row.name }), secret.source.grant.size);
    try {
      await save({ kind: 'picked', handle, index }, signal);
      row.rowStatus.textContent = t('savedInFull');
      status.info(t('saved', { name: row.name }));
    } catch (error) {
      row.rowStatus.textContent = t('notSaved');
      failed(error, row.name);
    } finally {
      progress.stop();
      setBusy(false);
    }
  }

  /** Runs a save job in the file worker, with the bar following the envelope bytes received. */
  function save(target: SaveTarget, signal: AbortSignal): Promise<void> {
    return runFileJob(
      {
        kind: 'save',
        source: secret.source,
        linkKey: secret.linkKey,
        passphrase: secret.passphrase,
        sizes,
        target,
      },
      (received) => progress.update(received),
      signal,
    );
  }

  /** No File System Access: decrypt every file into an OPFS folder in one pass, then offer each as a link. */
  async function decryptIntoPrivate(button: HTMLButtonElement): Promise<void> {
    if (busy) return;
    setBusy(true);
    status.clear();
    const signal = progress.start(t('downloadingAll'), secret.source.grant.size);
    let folder: PrivateFolder | undefined;
    try {
      const left = await storageLeft();
      if (left !== undefined && left < secret.source.grant.size) {
        throw new FileError('disk_full', notEnoughSpace(secret.source.grant.size, left));
      }
      folder = await createPrivateFolder();
      privateFolder = folder;
      const names = entries.map((_, index) => String(index));
      await save({ kind: 'private', folder: folder.folder, names }, signal);
      const files = await Promise.all(
        names.map(async (name) => (await folder?.folder.getFileHandle(name))?.getFile()),
      );
      button.remove();
      rows.forEach((row, index) => {
        // octet-stream: the sender's media type must not make the browser render the file instead of saving it.
        // The blob refers to the file on disk; nothing is copied into memory.
        const blob = new Blob(files[index] ? [files[index]] : [], { type: 'application/octet-stream' });
        const url = URL.createObjectURL(blob);
        urls.push(url);
        const link = h(
          'a',
          {
            href: url,
            download: row.name,
            class: 'button-link',
            'aria-label': t('saveLabel', { name: row.name }),
          },
          t('save'),
        );
        row.action.replaceChildren(link);
        row.rowStatus.textContent = t('checkedInFull');
      });
      status.info(t('decrypted'));
      buttons.length = 0;
    } catch (error) {
      // Nothing partial stays in the browser's storage.
      await folder?.remove();
      privateFolder = undefined;
      failed(error);
    } finally {
      progress.stop();
      setBusy(false);
    }
  }

  /** Releases the decrypted files of the OPFS path: their links, then the folder. */
  function releasePrivate(): void {
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    void privateFolder?.remove();
    privateFolder = undefined;
  }

  const decryptButton = picker ? null : h('button', { type: 'button', class: 'primary' }, t('decryptFiles'));
  if (decryptButton) {
    decryptButton.addEventListener('click', () => void decryptIntoPrivate(decryptButton));
    buttons.push(decryptButton);
  }

  const heading = h('h1', { id: 'files-heading' }, t('title'));
  render(
    main,
    heading,
    h(
      'p',
      { class: 'lede' },
      secret.viewsLeft === 0 ? t('lastView') : t('moreViews', { count: secret.viewsLeft }),
    ),
    h(
      'section',
      { class: 'card' },
      h('ul', { class: 'file-list', 'aria-labelledby': 'files-heading' }, ...rows.map((row) => row.item)),
      h('p', { class: 'note' }, picker ? t('savedNote') : t('privateStorageNote')),
      decryptButton ? h('div', { class: 'actions' }, decryptButton) : null,
      progress.element,
      grantLine,
      status.element,
    ),
    h('p', {}, internalLink('/', t('shareYourOwn'))),
  );
  focusHeading(heading);

  // Keep the time left current; once the grant has expired, nothing more can be downloaded.
  const timer = setInterval(() => {
    grantLine.textContent = grantSentence(secret.source.grant.expiresAt);
    if (grantExpired()) setBusy(busy);
  }, 15_000);
  // Leaving the view (another page of the client) or the tab releases the decrypted files held for saving at once.
  const leaving = new MutationObserver(() => {
    if (!heading.isConnected) leave();
  });
  leaving.observe(document.body, { childList: true, subtree: true });
  addEventListener('pagehide', leave, { once: true });
  function leave(): void {
    clearInterval(timer);
    leaving.disconnect();
    removeEventListener('pagehide', leave);
    releasePrivate();
  }
}

/**
 * Why this browser cannot save the files of a secret of `envelopeSize` bytes, or null when it can: checked before
 * the view is spent. With the File System Access API the person picks where each file goes; without it the files
 * need the browser's private storage, and room there for the whole secret.
 */
export async function refusalBeforeReveal(envelopeSize: number): Promise<string | null> {
  if (saveFilePicker()) return null;
  if (!hasPrivateStorage()) return t('noPlace');
  const left = await storageLeft();
  return left !== undefined && left < envelopeSize ? notEnoughSpace(envelopeSize, left) : null;
}
