import { files } from '../i18n/en/files.ts';
import { defineMessages } from '../i18n/messages.ts';
import { formatSize } from './format-size.ts';

/** The file transfers' and the revealed files' sentences, in the page's language (part of the files chunks). */
export const t = defineMessages('files', files);

/** Why a browser with `available` bytes of storage left cannot keep `needed` bytes of decrypted files. */
export function notEnoughSpace(needed: number, available: number): string {
  return t('notEnoughSpace', { needed: formatSize(needed), available: formatSize(Math.max(0, available)) });
}
