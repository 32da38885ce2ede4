import { formatMessage, type MessageValues } from './translator.ts';

/** A group's message function: the text of `key` in the page's language, with its placeholders filled. */
export type Translate<M> = (
  key: keyof M & string,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** Like `Translate`, for a sentence with a node in it (a link): returns the text and nodes to append. */
export type TranslateNodes<M> = (key: keyof M & string, values: MessageValues) => Array<string | Node>;

/**
 * Declares the English messages (ICU MessageFormat) of one group of the page, the source every catalog translates,
 * and returns the function that formats them in the page's language. Each group ships with the page code that
 * uses it, so the reveal page carries only its own sentences.
 *
 * @example const t = defineMessages('reveal', { viewsLeft: '{count, plural, one {# view} other {# views}} left' });
 *   t('viewsLeft', { count: 3 }) // '3 views left'
 */
export function defineMessages<M extends Readonly<Record<string, string>>>(
  group: string,
  english: M,
): Translate<M> & { nodes: TranslateNodes<M> } {
  const translate = (key: keyof M & string, values?: Readonly<Record<string, string | number>>): string => {
    const formatted = formatMessage(group, key, english[key] ?? key, values);
    return typeof formatted === 'string' ? formatted : formatted.join('');
  };
  const nodes = (key: keyof M & string, values: MessageValues): Array<string | Node> => {
    const formatted = formatMessage(group, key, english[key] ?? key, values);
    return typeof formatted === 'string' ? [formatted] : formatted;
  };
  return Object.assign(translate, { nodes });
}
