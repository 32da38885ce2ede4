/**
 * `Retry-After` as whole seconds — the API sends a number of seconds, and an HTTP date is accepted too — or
 * undefined when the header is missing or unreadable. Shared by the web client and the CLI, which both tell people
 * how long to wait after a `429`.
 *
 * @example retryAfterSeconds('60') // 60
 */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(header)) {
    const seconds = Number(header);
    return seconds >= 0 ? Math.ceil(seconds) : undefined;
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
