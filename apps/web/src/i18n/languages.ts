/**
 * The languages of the web client, each named in itself (as the language menu shows it). English is the source:
 * every other catalog translates its messages, and a message missing from one falls back to English.
 */
export const LANGUAGES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  'zh-CN': '简体中文',
} as const;

/** A language of the web client, as a BCP 47 tag. */
export type Language = keyof typeof LANGUAGES;

/** Whether `tag` is exactly one of our languages. */
export function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(LANGUAGES, tag);
}

/** For a browser language that is not one of ours by its exact tag: ours for its base language. */
const BY_BASE: Readonly<Record<string, string>> = {
  en: 'en',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt-BR',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
  ja: 'ja',
  zh: 'zh-CN',
};

/**
 * The first of `preferred` (the browser's `navigator.languages`, most wanted first) that we have: by its exact
 * tag, then by its base language (`de-AT` → `de`, `pt-PT` → `pt-BR`; Traditional Chinese, `zh-TW` or `zh-Hant`,
 * is not taken for Simplified). English when none is.
 *
 * @example pickLanguage(['de-CH', 'en']) // 'de'
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const exact = Object.keys(LANGUAGES).find((language) => language.toLowerCase() === tag.toLowerCase());
    if (exact && isLanguage(exact)) return exact;
    const [base = '', script] = tag.toLowerCase().split('-');
    if (base === 'zh' && (script === 'tw' || script === 'hk' || script === 'mo' || script === 'hant'))
      continue;
    const found = BY_BASE[base];
    if (found && isLanguage(found)) return found;
  }
  return 'en';
}
