// Control characters (C0, DEL, C1) and the bidirectional overrides and isolates that can disguise an extension
// (`invoice` U+202E `fdp.exe` displays as `invoiceexe.pdf`).
const UNSAFE_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Path separators and the characters that Windows refuses in names. */
const SEPARATORS = /[/\\:*?"<>|]/g;

/**
 * A name that is safe to suggest when saving a file received from someone else: no path separators, no control
 * or bidi characters, no leading or trailing dots and spaces; `file` when nothing remains. The name came out of
 * the ciphertext (whose reader already capped its length), so it was chosen by the sender and is treated as
 * hostile.
 *
 * @example safeFileName('../../.bashrc') // 'bashrc'
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(UNSAFE_CHARACTERS, '')
    .replace(SEPARATORS, '_')
    .replace(/^[\s._]+|[\s.]+$/g, '');
  return cleaned === '' ? 'file' : cleaned;
}

/** Cuts a name to `max` UTF-16 code units (the envelope's limit), keeping a short extension. */
export function truncateName(name: string, max: number): string {
  if (name.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = name.slice(0, max - extension.length);
  // Do not cut a surrogate pair in half.
  if (/[\ud800-\udbff]$/.test(stem)) stem = stem.slice(0, -1);
  return stem + extension;
}
