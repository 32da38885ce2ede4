import { formatSize } from './format-size.ts';

/**
 * The sentences of the file transfers (the worker, the OPFS save path), in one place so that a message catalog can
 * take them over and tests can match them.
 */
export const FILE_MESSAGES = {
  workerFailed: 'The encryption worker could not start in this browser. Reload the page and try again.',
  noPlace:
    'This browser can neither write files as they download nor keep them in its private storage, so it cannot save these files. Open the link in a current Chrome, Edge, Firefox or Safari, or with the hushlink command-line client. Nothing has been used up.',
  diskFull:
    'There is not enough free space for this browser to keep the decrypted files. Free some disk space and try again; nothing was kept.',
  savedNote:
    'Each file is decrypted as it downloads and written where you choose. It is kept only once all of it has been decrypted and checked; if the download fails or you cancel it, the partial file is discarded.',
  privateStorageNote:
    'This browser cannot write files where you choose as they download, so the files are decrypted into its private storage for this site and offered for saving once all of them have been decrypted and checked. They are deleted from there when you leave this page.',
  decrypted: 'The files are decrypted. Save each one; they stay in this tab until you leave it.',
} as const;

/** Why a browser with `available` bytes of storage left cannot keep `needed` bytes of decrypted files. */
export function notEnoughSpace(needed: number, available: number): string {
  return `These files need ${formatSize(needed)} of this browser's storage, and it has ${formatSize(Math.max(0, available))} left. Free some disk space, or open the link with the hushlink command-line client. Nothing has been used up.`;
}
