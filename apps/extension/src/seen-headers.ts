import { urlWithoutFragment } from './page-facts.ts';

/** How long a check waits for the page's response headers to be reported (they normally come first). */
const WAIT_MS = 5_000;

interface Seen {
  url: string;
  headers: Map<string, string>;
}

const seen = new Map<string, Seen>();
const waiting = new Map<string, (() => void)[]>();

function keyOf(tabId: number, frameId: number): string {
  return `${tabId}:${frameId}`;
}

/**
 * Records the response headers of a document loaded in a tab's frame (from `webRequest.onHeadersReceived`), by
 * its URL without the fragment: the extension keeps nothing of the secret's key.
 */
export function recordHeaders(details: chrome.webRequest.ResponseDetails): void {
  const headers = new Map<string, string>();
  for (const { name, value } of details.responseHeaders ?? [])
    if (value !== undefined) headers.set(name.toLowerCase(), value);
  const key = keyOf(details.tabId, details.frameId);
  seen.set(key, { url: urlWithoutFragment(details.url), headers });
  for (const wake of waiting.get(key) ?? []) wake();
  waiting.delete(key);
}

/** Forgets a closed tab's headers. */
export function forgetTab(tabId: number): void {
  for (const key of seen.keys()) if (key.startsWith(`${tabId}:`)) seen.delete(key);
}

/**
 * The headers of the document at `url` in the tab's frame, waiting a little if they have not been reported yet;
 * null when they never are (the check is then unverified, never verified).
 */
export async function headersOf(
  tabId: number,
  frameId: number,
  url: string,
): Promise<ReadonlyMap<string, string> | null> {
  const key = keyOf(tabId, frameId);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = seen.get(key);
    if (found?.url === url) return found.headers;
    const left = deadline - Date.now();
    if (left <= 0) return null;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, left);
      waiting.set(key, [
        ...(waiting.get(key) ?? []),
        () => {
          clearTimeout(timer);
          resolve();
        },
      ]);
    });
  }
}
