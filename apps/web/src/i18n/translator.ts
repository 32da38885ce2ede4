import { formatIcu } from './format-icu.ts';
import type { Language } from './languages.ts';

/** The values a message's placeholders take: text, numbers (for plurals), or page nodes (a link in a sentence). */
export type MessageValues = Record<string, string | number | Node>;

/** One language's translations: by group, then by the key of the English message. */
export type Translations = Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;

let language: Language = 'en';
let translations: Translations = {};

/** The language the page speaks now. */
export function currentLanguage(): Language {
  return language;
}

/** Adds groups of the page's language to its catalog (those loaded with a page of their own). */
export function addTranslations(groups: Translations): void {
  translations = { ...translations, ...groups };
}

/** Switches every message formatted from now on to `next`, with its catalog (empty for English). */
export function setTranslations(next: Language, catalog: Translations): void {
  language = next;
  translations = catalog;
}

/**
 * Formats message `key` of `group` in the page's language: its translation, or `english` when the catalog lacks it
 * or it does not format (a damaged translation), so a page never shows a key or breaks. Returns text, or text and
 * nodes when a value is a node.
 */
export function formatMessage(
  group: string,
  key: string,
  english: string,
  values?: MessageValues,
): string | Array<string | Node> {
  const translated = translations[group]?.[key];
  if (translated !== undefined) {
    try {
      return parts(formatIcu<Node>(translated, language, values));
    } catch {
      // Falls through to English.
    }
  }
  return parts(formatIcu<Node>(english, 'en', values));
}

/** One string when every part is text, else the parts (text and nodes, in order). */
function parts(formatted: Array<string | Node>): string | Array<string | Node> {
  return formatted.every((part) => typeof part === 'string') ? formatted.join('') : formatted;
}
