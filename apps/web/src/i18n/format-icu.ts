/**
 * A small ICU MessageFormat formatter for the page's own catalogs: text, `{name}` arguments, and
 * `{name, plural, =N {…} one {…} other {…}}` (with `#`) and `{name, select, key {…} other {…}}`, nested. It keeps the
 * reveal page within its JavaScript budget, where a full library's parser did not fit; `catalogs.test.ts` checks it
 * against intl-messageformat on every message of every catalog.
 *
 * @throws Error for a message it cannot parse (the caller falls back to English).
 */
export function formatIcu<T>(
  message: string,
  locale: string,
  values: Readonly<Record<string, string | number | T>> = {},
): Array<string | T> {
  const out: Array<string | T> = [];
  const end = render(message, 0, locale, values, out, undefined, false);
  if (end !== message.length) throw new Error('unbalanced message');
  return out;
}

const plurals = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    plurals.set(locale, rules);
  }
  return rules;
}

/** Renders from `start` until an unmatched `}` (or the end); returns the index of that `}`. */
function render<T>(
  text: string,
  start: number,
  locale: string,
  values: Readonly<Record<string, string | number | T>>,
  out: Array<string | T>,
  count: number | undefined,
  nested: boolean,
): number {
  let index = start;
  let literal = '';
  while (index < text.length) {
    const char = text[index];
    if (char === '}') {
      if (!nested) throw new Error('unexpected }');
      break;
    }
    if (char === '#' && count !== undefined) {
      literal += new Intl.NumberFormat(locale).format(count);
      index++;
      continue;
    }
    if (char !== '{') {
      literal += char;
      index++;
      continue;
    }
    if (literal) out.push(literal);
    literal = '';
    index = argument(text, index + 1, locale, values, out);
  }
  if (literal) out.push(literal);
  return index;
}

/** Renders the argument whose name starts at `start` (after `{`); returns the index after its closing `}`. */
function argument<T>(
  text: string,
  start: number,
  locale: string,
  values: Readonly<Record<string, string | number | T>>,
  out: Array<string | T>,
): number {
  const close = text.indexOf('}', start);
  const comma = text.indexOf(',', start);
  if (close < 0) throw new Error('unclosed argument');
  if (comma < 0 || comma > close) {
    const name = text.slice(start, close).trim();
    const value = values[name];
    if (value === undefined) throw new Error(`no value for ${name}`);
    out.push(typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value);
    return close + 1;
  }
  const name = text.slice(start, comma).trim();
  const second = text.indexOf(',', comma + 1);
  if (second < 0) throw new Error('argument without options');
  const kind = text.slice(comma + 1, second).trim();
  if (kind !== 'plural' && kind !== 'select') throw new Error(`unsupported ${kind}`);
  const value = values[name];
  if (value === undefined) throw new Error(`no value for ${name}`);
  let index = second + 1;
  const options = new Map<string, number>();
  while (true) {
    while (/\s/.test(text[index] ?? '')) index++;
    if (text[index] === '}') break;
    const open = text.indexOf('{', index);
    if (open < 0) throw new Error('option without a message');
    const key = text.slice(index, open).trim();
    options.set(key, open + 1);
    index = skip(text, open + 1) + 1;
  }
  const number = typeof value === 'number' ? value : Number(value);
  const chosen =
    kind === 'plural'
      ? (options.get(`=${number}`) ?? options.get(pluralRules(locale).select(number)) ?? options.get('other'))
      : (options.get(String(value)) ?? options.get('other'));
  if (chosen === undefined) throw new Error('no other option');
  render(text, chosen, locale, values, out, kind === 'plural' ? number : undefined, true);
  return index + 1;
}

/** The index of the `}` that closes the option message starting at `start`. */
function skip(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}') {
      if (depth === 0) return index;
      depth--;
    }
  }
  throw new Error('unclosed option');
}
