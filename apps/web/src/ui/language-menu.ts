import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { rememberLanguage, useLanguage } from '../i18n/load-language.ts';
import { currentLanguage } from '../i18n/translator.ts';
import { message } from '../messages.ts';
import { h } from './element.ts';

/**
 * The footer's language menu, each language named in itself. Choosing one loads its catalog, remembers it in this
 * browser, and calls `changed` to draw the page again in it.
 */
export function languageMenu(changed: () => void): HTMLElement {
  const select = h(
    'select',
    { id: 'language', name: 'language' },
    ...(Object.entries(LANGUAGES) as [Language, string][]).map(([tag, name]) =>
      h('option', { value: tag, lang: tag, selected: tag === currentLanguage() }, name),
    ),
  );
  select.addEventListener('change', () => {
    const chosen = select.value as Language;
    rememberLanguage(chosen);
    void useLanguage(chosen).then(changed);
  });
  return h(
    'p',
    { class: 'language-menu' },
    h('label', { for: 'language' }, message('language')),
    ' ',
    select,
  );
}
