import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog.ts';
import de from './catalogs/de/index.ts';
import es from './catalogs/es/index.ts';
import fr from './catalogs/fr/index.ts';
import it_ from './catalogs/it/index.ts';
import ja from './catalogs/ja/index.ts';
import nl from './catalogs/nl/index.ts';
import pl from './catalogs/pl/index.ts';
import ptBr from './catalogs/pt-br/index.ts';
import zhCn from './catalogs/zh-cn/index.ts';
import { english } from './en/index.ts';
import { formatIcu } from './format-icu.ts';
import { LANGUAGES, pickLanguage } from './languages.ts';

const CATALOGS: Record<string, Catalog> = {
  'zh-CN': zhCn,
  ja,
  pl,
  nl,
  it: it_,
  'pt-BR': ptBr,
  es,
  fr,
  de,
};

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** A message's placeholders as `name:kind` (kind 1 is a plain argument, 6 a plural, 5 a select...), sorted. */
function placeholders(ast: Ast, into = new Set<string>()): Set<string> {
  for (const element of ast) {
    if ('value' in element && typeof element.value === 'string' && element.type !== 0) {
      into.add(`${element.value}:${element.type}`);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if ('children' in element) placeholders(element.children, into);
  }
  return into;
}

/** Values for every placeholder: a number for plurals and `#`, text otherwise. */
function sampleValues(ast: Ast): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const entry of placeholders(ast)) {
    const [name = '', kind] = entry.split(':');
    values[name] = kind === '6' ? 3 : 'x';
  }
  return values;
}

describe('message catalogs', () => {
  it('ship every language the menu offers', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(
      Object.keys(LANGUAGES)
        .filter((tag) => tag !== 'en')
        .sort(),
    );
  });

  for (const [language, catalog] of Object.entries(CATALOGS)) {
    it(`${language}: has every English key and no other, each with the same placeholders, and formats`, () => {
      for (const [group, messages] of Object.entries(english)) {
        const translated = (catalog as unknown as Record<string, Record<string, string>>)[group] ?? {};
        expect(Object.keys(translated).sort(), `${language} ${group}`).toEqual(Object.keys(messages).sort());
        for (const [key, source] of Object.entries(messages as Record<string, string>)) {
          const where = `${language} ${group}.${key}`;
          const target = translated[key] ?? '';
          expect(target.trim(), where).not.toBe('');
          const sourceAst = new IntlMessageFormat(source, 'en').getAst();
          const format = new IntlMessageFormat(target, language);
          expect([...placeholders(format.getAst())].sort(), where).toEqual(
            [...placeholders(sourceAst)].sort(),
          );
          // The page's own formatter gives what the ICU reference does, for one, a few and many.
          for (const count of [1, 2, 3, 5, 22]) {
            const values = Object.fromEntries(
              Object.entries(sampleValues(sourceAst)).map(([name, value]) => [
                name,
                typeof value === 'number' ? count : value,
              ]),
            );
            expect(formatIcu(target, language, values).join(''), where).toBe(String(format.format(values)));
          }
        }
      }
    });
  }

  it('English formats its plurals', () => {
    const views = new IntlMessageFormat(english.reveal.moreViews, 'en');
    expect(views.format({ count: 1 })).toBe('The link can be opened 1 more time before it stops working.');
    expect(views.format({ count: 3 })).toBe('The link can be opened 3 more times before it stops working.');
    expect(formatIcu(english.reveal.moreViews, 'en', { count: 1 }).join('')).toBe(views.format({ count: 1 }));
    expect(formatIcu(english.reveal.moreViews, 'en', { count: 1234 }).join('')).toBe(
      views.format({ count: 1234 }),
    );
  });
});

describe('pickLanguage', () => {
  it('takes the first of the browser’s languages that we have, by exact tag, then by base language', () => {
    expect(pickLanguage(['de-CH', 'en'])).toBe('de');
    expect(pickLanguage(['sv', 'pt-PT', 'en'])).toBe('pt-BR');
    expect(pickLanguage(['zh-TW', 'ja'])).toBe('ja');
    expect(pickLanguage(['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLanguage(['pt-br'])).toBe('pt-BR');
    expect(pickLanguage(['sv', 'fi'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
