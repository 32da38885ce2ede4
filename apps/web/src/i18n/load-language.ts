import { isLanguage, type Language, pickLanguage } from './languages.ts';
import { addTranslations, currentLanguage, setTranslations, type Translations } from './translator.ts';

/** A language with a catalog (English is the source, and has none). */
type Translated = Exclude<Language, 'en'>;

/** Where the language chosen in the page's menu is remembered (in this browser only). */
const STORAGE_KEY = 'hushlink.language';

/** Loads one chunk of a language's catalog. */
type Chunk = () => Promise<{ default: Translations }>;

/**
 * Each language's catalog, chunks of its own fetched only by someone who reads that language: the reveal page
 * carries English alone, and a translation costs nothing to anyone else. The account pages' groups are a second
 * chunk, fetched when one of those pages first opens, so that a reader of a link does not wait for them.
 */
const CATALOGS: Readonly<Record<Translated, { core: Chunk; accountPages: Chunk }>> = {
  de: {
    core: () => import('./catalogs/de/core.ts'),
    accountPages: () => import('./catalogs/de/account-pages.ts'),
  },
  fr: {
    core: () => import('./catalogs/fr/core.ts'),
    accountPages: () => import('./catalogs/fr/account-pages.ts'),
  },
  es: {
    core: () => import('./catalogs/es/core.ts'),
    accountPages: () => import('./catalogs/es/account-pages.ts'),
  },
  'pt-BR': {
    core: () => import('./catalogs/pt-br/core.ts'),
    accountPages: () => import('./catalogs/pt-br/account-pages.ts'),
  },
  it: {
    core: () => import('./catalogs/it/core.ts'),
    accountPages: () => import('./catalogs/it/account-pages.ts'),
  },
  nl: {
    core: () => import('./catalogs/nl/core.ts'),
    accountPages: () => import('./catalogs/nl/account-pages.ts'),
  },
  pl: {
    core: () => import('./catalogs/pl/core.ts'),
    accountPages: () => import('./catalogs/pl/account-pages.ts'),
  },
  ja: {
    core: () => import('./catalogs/ja/core.ts'),
    accountPages: () => import('./catalogs/ja/account-pages.ts'),
  },
  'zh-CN': {
    core: () => import('./catalogs/zh-cn/core.ts'),
    accountPages: () => import('./catalogs/zh-cn/account-pages.ts'),
  },
};

/** The language whose account-page groups are in the page's translations. */
let accountGroupsLoaded: Language | null = null;

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
      catalog = (await CATALOGS[language].core()).default;
    } catch {
      shown = 'en';
    }
  }
  setTranslations(shown, catalog);
  accountGroupsLoaded = null;
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

/**
 * Adds the account pages' groups of the page's language, once per language: the account pages await it before they
 * draw. A chunk that cannot load leaves those pages in English rather than blank.
 */
export async function useAccountPageLanguage(): Promise<void> {
  const language = currentLanguage();
  if (language === 'en' || accountGroupsLoaded === language) return;
  try {
    const groups = (await CATALOGS[language].accountPages()).default;
    // The language may have changed while the chunk loaded: its own groups come with the next page drawn.
    if (currentLanguage() !== language) return;
    addTranslations(groups);
    accountGroupsLoaded = language;
  } catch {
    // English for these pages.
  }
}
