import { z } from 'zod/mini';

/**
 * What free text may not hold: the control characters (`\p{Cc}`: the C0 controls NUL, tab, line feed, carriage
 * return, escape, ..., then DEL and the C1 controls such as U+0085 next line), the Unicode line and paragraph
 * separators (U+2028, U+2029), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). A line break in a name ends a line and starts a forged one wherever the name is written as text
 * (a log read as text, the audit log, a webhook's chat message); an override makes a name read backwards
 * ("Trojan Source"). The marks U+200E, U+200F and U+061C, which right-to-left text needs, and the zero-width
 * joiner of emoji sequences stay allowed.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** The same, except the line feed (U+000A): a multi-line note. Carriage returns are refused even there. */
const CONTROL_CHARACTERS_BUT_LINE_FEED = /(?!\n)[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** `lines`: a line feed (LF; never a carriage return) is allowed, for multi-line text. */
export interface PlainTextOptions {
  lines?: boolean;
}

/**
 * Whether `text` holds none of the control characters that free text may not hold (see `plainText`).
 *
 * @example isPlainText('Zoë Ångström') // true
 * @example isPlainText('Mallory\r\nadmin logged in') // false
 */
export function isPlainText(text: string, options: PlainTextOptions = {}): boolean {
  return !(options.lines ? CONTROL_CHARACTERS_BUT_LINE_FEED : CONTROL_CHARACTERS).test(text);
}

/**
 * A zod check for every free-text field a client sends (names, display names, passkey and token names, notes):
 * refuses control characters, line breaks, the Unicode line and paragraph separators and bidirectional overrides,
 * anywhere in the value (before any trim, so that a trailing line break is refused rather than cut off). Put it
 * first in `.check(...)`: the API names the field from the first issue, `Invalid displayName: control characters
 * (such as line breaks) are not allowed.` With `lines`, a line feed is allowed (a note typed in a text area).
 *
 * @example z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(80))
 */
export function plainText(options: PlainTextOptions = {}) {
  return z.refine<string>((value) => isPlainText(value, options), {
    message: options.lines
      ? 'control characters (other than line breaks) are not allowed'
      : 'control characters (such as line breaks) are not allowed',
    abort: true,
  });
}
