import type { EnvelopeMetadata, FileEntry } from '@hushlink/envelope';
import { h, render } from '../ui/element.ts';
import { focusHeading } from '../ui/focus.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { batchedWrites } from './batched-writes.ts';
import { describeFileFailure } from './file-error.ts';
import { safeFileName } from './file-name.ts';
import { formatLimit, formatSize } from './format-size.ts';
import { type EnvelopeSource, readEnvelope } from './read-envelope.ts';
import { IN_MEMORY_LIMIT_BYTES, isAbort, saveFilePicker } from './save-target.ts';
import { splitContent } from './split-content.ts';
import { transferProgress } from './transfer-progress.ts';

/** Decrypted bytes are written to a picked file in blocks of this size (see `batchedWrites`). */
const WRITE_BLOCK_BYTES = 8 * 1024 * 1024;

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
    return 'The download window has closed: the files can no longer be downloaded from the server.';
  }
  const minutes = Math.max(1, Math.ceil(left / 60_000));
  const until = new Date(expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `If a download fails or you cancel it, you can try again for ${minutes} more minute${minutes === 1 ? '' : 's'} (until ${until}) without using up another view.`;
}

/**
 * Shows the files of a revealed secret (names, types and sizes from the decrypted metadata, as text only) and
 * saves them. Where the browser has the File System Access API, each Save streams that file, decrypted, into the
 * file the person picks and keeps it only once the whole envelope decrypted and checked (`writable.close()`),
 * else aborts the writable so no partial file is kept. Elsewhere, one pass decrypts every file into memory (up to
 * `IN_MEMORY_LIMIT_BYTES`) and then offers `<a download>` links to blob URLs. The download grant stays in the
 * page, so a failed or cancelled download can be tried again until it expires without another view.
 */
export function showFileSecret(main: HTMLElement, secret: FileSecret): void {
  const entries = entriesOf(secret.metadata);
  const sizes = entries.map((entry) => entry.size);
  const picker = saveFilePicker();
  const status = createStatusLine();
  const progress = transferProgress();
  const grantLine = h('p', { class: 'hint' }, grantSentence(secret.source.grant.expiresAt));
  const buttons: HTMLButtonElement[] = [];
  /** Object URLs of the decrypted files (fallback), released when the person leaves this view. */
  const urls: string[] = [];
  let busy = false;

  const rows = entries.map((entry, index) => {
    const name = safeFileName(entry.name);
    const size = Number.isFinite(entry.size) ? formatSize(entry.size) : 'size known once decrypted';
    const action = h('span', { class: 'file-action' });
    const rowStatus = h('span', { class: 'hint file-status' });
    if (picker) {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          'aria-label': `Save ${name}`,
          on: { click: () => void saveWithPicker(index) },
        },
        'Save…',
      );
      buttons.push(button);
      action.append(button);
    }
    const item = h(
      'li',
      { class: 'file-row' },
      h('span', { class: 'file-name' }, name),
      h('span', { class: 'hint' }, `${entry.type === '' ? 'unknown type' : entry.type}, ${size}`),
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

  function failed(error: unknown, what: string): void {
    if (isAbort(error)) status.info(`${what} cancelled.`);
    else status.error(`${what} failed: ${describeFileFailure(error)}`);
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
      if (!isAbort(error)) status.error(`Could not open the save dialog: ${describeFileFailure(error)}`);
      return;
    }
    setBusy(true);
    status.clear();
    row.rowStatus.textContent = '';
    let writable: FileSystemWritableFileStream | undefined;
    let out: ReturnType<typeof batchedWrites> | undefined;
    try {
      writable = await handle.createWritable();
      const batched = batchedWrites(writable, WRITE_BLOCK_BYTES);
      out = batched;
      const signal = progress.start(`Downloading and decrypting ${row.name}`, secret.source.grant.size);
      const feed = splitContent(sizes, (at, bytes) => (at === index ? batched.write(bytes) : undefined));
      await readEnvelope(
        secret.source,
        secret.linkKey,
        secret.passphrase,
        { content: feed, progress: (received) => progress.update(received) },
        signal,
      );
      await batched.flush();
      // Only now, with the whole envelope decrypted and its end checked, does the file become visible.
      await writable.close();
      row.rowStatus.textContent = 'Saved: decrypted and checked in full.';
      status.info(`Saved ${row.name}.`);
    } catch (error) {
      await writable?.abort().catch(() => undefined);
      row.rowStatus.textContent = 'Not saved: the partial file was discarded.';
      failed(error, `Saving ${row.name}`);
    } finally {
      out?.dispose();
      progress.stop();
      setBusy(false);
    }
  }

  /** Fallback: decrypt every file into memory in one pass, then offer each as a download link. */
  async function decryptIntoMemory(button: HTMLButtonElement): Promise<void> {
    if (busy) return;
    if (secret.source.grant.size > IN_MEMORY_LIMIT_BYTES) {
      status.error(tooLargeForMemory());
      return;
    }
    setBusy(true);
    status.clear();
    // Decrypted pieces become small blobs at once (the pieces are only valid until the next read), and the
    // blobs are merged now and then; a browser may keep large blobs on disk rather than in memory.
    const parts: Blob[][] = entries.map(() => []);
    const signal = progress.start('Downloading and decrypting the files', secret.source.grant.size);
    try {
      const feed = splitContent(sizes, (at, bytes) => {
        const list = parts[at];
        if (!list) return;
        list.push(new Blob([bytes.slice()]));
        if (list.length >= 256) list.splice(0, list.length, new Blob(list));
      });
      await readEnvelope(
        secret.source,
        secret.linkKey,
        secret.passphrase,
        { content: feed, progress: (received) => progress.update(received) },
        signal,
      );
      button.remove();
      rows.forEach((row, index) => {
        // octet-stream: the sender's media type must not make the browser render the file instead of saving it.
        const blob = new Blob(parts[index] ?? [], { type: 'application/octet-stream' });
        const url = URL.createObjectURL(blob);
        urls.push(url);
        const link = h(
          'a',
          {
            href: url,
            download: row.name,
            class: 'button-link',
            'aria-label': `Save ${row.name}`,
          },
          'Save',
        );
        row.action.replaceChildren(link);
        row.rowStatus.textContent = 'Decrypted and checked in full.';
      });
      status.info('The files are decrypted. Save each one; they stay in this tab until you leave it.');
      buttons.length = 0;
    } catch (error) {
      failed(error, 'Decrypting the files');
    } finally {
      progress.stop();
      setBusy(false);
    }
  }

  const decryptButton = picker ? null : h('button', { type: 'button', class: 'primary' }, 'Decrypt files');
  if (decryptButton) {
    decryptButton.addEventListener('click', () => void decryptIntoMemory(decryptButton));
    buttons.push(decryptButton);
  }

  const heading = h('h1', { id: 'files-heading' }, 'The files');
  render(
    main,
    heading,
    h(
      'p',
      { class: 'lede' },
      secret.viewsLeft === 0
        ? 'This was the last view: the secret is now deleted from the server. Save the files before you leave this page.'
        : `The link can be opened ${secret.viewsLeft} more time${secret.viewsLeft === 1 ? '' : 's'} before it stops working.`,
    ),
    h(
      'section',
      { class: 'card' },
      h('ul', { class: 'file-list', 'aria-labelledby': 'files-heading' }, ...rows.map((row) => row.item)),
      h(
        'p',
        { class: 'note' },
        picker
          ? 'Each file is decrypted as it downloads and written where you choose. It is kept only once all of it has been decrypted and checked; if the download fails or you cancel it, the partial file is discarded.'
          : `This browser cannot write files as they download, so the files are decrypted in this tab's memory (up to ${formatLimit(IN_MEMORY_LIMIT_BYTES)}) and offered for saving once all of them have been decrypted and checked.`,
      ),
      decryptButton ? h('div', { class: 'actions' }, decryptButton) : null,
      progress.element,
      grantLine,
      status.element,
    ),
    h('p', {}, internalLink('/', 'Share a secret of your own')),
  );
  focusHeading(heading);

  // Keep the time left current; once the grant has expired, nothing more can be downloaded. Leaving the view
  // releases the decrypted files held for saving.
  const timer = setInterval(() => {
    if (!heading.isConnected) {
      clearInterval(timer);
      for (const url of urls) URL.revokeObjectURL(url);
      return;
    }
    grantLine.textContent = grantSentence(secret.source.grant.expiresAt);
    if (grantExpired()) setBusy(busy);
  }, 15_000);
}

/** Why this browser cannot open a files secret of `envelopeSize` bytes, or null when it can. */
export function refusalBeforeReveal(envelopeSize: number): string | null {
  return saveFilePicker() || envelopeSize <= IN_MEMORY_LIMIT_BYTES
    ? null
    : `${tooLargeForMemory()} Nothing has been used up.`;
}

function tooLargeForMemory(): string {
  return `These files are larger than ${formatLimit(IN_MEMORY_LIMIT_BYTES)}, more than this browser can hold in memory, and it cannot write files as they download. Open the link in a browser that can (Chrome or Edge on a computer), or with the hushlink command-line client.`;
}
