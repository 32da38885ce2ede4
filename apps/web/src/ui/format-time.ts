import { currentLanguage } from '../i18n/translator.ts';

/** Intl formatters for the page's language, made again when it changes. */
let formatters:
  | {
      language: string;
      absolute: Intl.DateTimeFormat;
      clock: Intl.DateTimeFormat;
      relative: Intl.RelativeTimeFormat;
      count: Intl.NumberFormat;
    }
  | undefined;

function intl(): NonNullable<typeof formatters> {
  const language = currentLanguage();
  if (formatters?.language !== language) {
    formatters = {
      language,
      absolute: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
      clock: new Intl.DateTimeFormat(language, { timeStyle: 'short' }),
      relative: new Intl.RelativeTimeFormat(language, { numeric: 'always' }),
      count: new Intl.NumberFormat(language),
    };
  }
  return formatters;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * An expiry time for people: the local date and time, and how far away it is.
 *
 * @example formatExpiry('2025-11-25T10:00:00.000Z') // "25 Nov 2025, 11:00 (in 1 day)"
 */
export function formatExpiry(iso: string, now = Date.now()): string {
  const at = Date.parse(iso);
  return `${intl().absolute.format(at)} (${fromNow(at - now)})`;
}

function fromNow(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  for (const [unit, size] of UNITS) {
    // A little slack, so that a day minus the request's round trip still reads "in 1 day".
    if (Math.abs(seconds) >= size * 0.98) return intl().relative.format(Math.round(seconds / size), unit);
  }
  return intl().relative.format(Math.max(seconds, 0), 'second');
}

/** An ISO time as a `<time>` element's text with its machine-readable `datetime`. */
export function timeElement(iso: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = formatExpiry(iso);
  return time;
}

/** An ISO time as a `<time>` element showing the local date and time only (for past events). */
export function dateTimeElement(iso: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = intl().absolute.format(Date.parse(iso));
  return time;
}

/** The time of day of an ISO time, in the page's language: "14:05", "2:05 PM". */
export function formatClockTime(iso: string): string {
  return intl().clock.format(Date.parse(iso));
}

/** A count in the page's language: "1,234" in English, "1.234" in German. */
export function formatCount(count: number): string {
  return intl().count.format(count);
}
