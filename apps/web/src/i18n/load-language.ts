import { isLanguage, type Language, pickLanguage } from './languages.ts';
import { setTranslations, type Translations } from './translator.ts';

/** Where the language chosen in the page's menu is remembered (in this browser only). */
const STORAGE_KEY = 'hushlink.language';

/**
 * Each language's catalog, a chunk of its own fetched only by someone who reads that language: the reveal page
 * carries English alone, and a translation costs nothing to anyone else.
 */
const CATALOGS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Translations }>>> = {
  de: () => import('./catalogs/de/index.ts'),
  fr: () => import('./catalogs/fr/index.ts'),
  es: () => import('./catalogs/es/index.ts'),
  'pt-BR': () => import('./catalogs/pt-br/index.ts'),
  it: () => import('./catalogs/it/index.ts'),
  nl: () => import('./catalogs/nl/index.ts'),
  pl: () => import('./catalogs/pl/index.ts'),
  ja: () => import('./catalogs/ja/index.ts'),
  'zh-CN': () => import('./catalogs/zh-cn/index.ts'),
};

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (a privacy setting): the browser's languages decide.
    return null;
  }
}

/** The language to show: the one chosen in the page before, else the first of the browser's that we have. */
export function preferredLanguage(): Language {
  const chosen = remembered();
  if (chosen && isLanguage(chosen)) return chosen;
  return pickLanguage(navigator.languages ?? [navigator.language]);
}

/**
 * Loads `language`'s catalog and makes it the page's, with `<html lang>`. A catalog that cannot load (offline, or
 * replaced by a deploy) leaves the page in English rather than blank.
 */
export async function useLanguage(language: Language): Promise<void> {
  let catalog: Translations = {};
  let shown: Language = language;
  if (language !== 'en') {
    try {
      catalog = (await CATALOGS[language]()).default;
    } catch {
      shown = 'en';
    }
  }
  setTranslations(shown, catalog);
  document.documentElement.lang = shown;
}

/** Remembers the language chosen in the page's menu, for the next visit. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the page still switches.
  }
}
