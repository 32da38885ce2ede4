/** Names that Windows reserves whatever their extension; refused everywhere, so a link saves the same on all. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** The longest name written, in UTF-16 code units: most file systems allow 255 bytes, so leave room for UTF-8. */
const MAX_NAME_LENGTH = 120;

/**
 * Turns a file name from a secret's metadata (chosen by whoever made the secret) into one safe to create in the
 * output folder: no path separators, no `.`/`..`, no control or bidirectional-override characters, no leading dots
 * or dashes (hidden files, options), not a reserved device name, and not too long (the extension is kept).
 * Returns `fallback` when nothing usable is left.
 *
 * @example sanitizeFileName('../../.ssh/authorized_keys', 'file') // 'authorized_keys'
 */
export function sanitizeFileName(name: string, fallback: string): string {
  // The last path component: a name is a name, never a path, whichever separator it uses.
  const last = name.split(/[/\\]/).pop() ?? '';
  let clean = last
    .normalize('NFC')
    // C0 and C1 controls, DEL, and the bidi controls that can disguise an extension (`exe.txt` shown reversed).
    .replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    // Characters Windows refuses in names.
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\-\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (clean.length > MAX_NAME_LENGTH) {
    const dot = clean.lastIndexOf('.');
    const extension = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
    // A cut through a surrogate pair would leave half a character: drop it.
    const stem = clean.slice(0, MAX_NAME_LENGTH - extension.length).replace(/[\ud800-\udbff]$/, '');
    clean = stem + extension;
  }
  if (clean === '' || RESERVED.test(clean)) return clean === '' ? fallback : `_${clean}`;
  return clean;
}
