const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });

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
  return `${absolute.format(at)} (${fromNow(at - now)})`;
}

function fromNow(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  for (const [unit, size] of UNITS) {
    // A little slack, so that a day minus the request's round trip still reads "in 1 day".
    if (Math.abs(seconds) >= size * 0.98) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.max(seconds, 0), 'second');
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
  time.textContent = absolute.format(Date.parse(iso));
  return time;
}
