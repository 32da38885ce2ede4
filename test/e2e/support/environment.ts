/** Where the server under test listens, from `HUSHLINK_URL` (set by `scripts/run-e2e.mjs`), without a trailing `/`. */
export function serverUrl(): string {
  const url = process.env.HUSHLINK_URL;
  if (!url) throw new Error('HUSHLINK_URL is not set: run the browser tests with `npm run test:e2e`.');
  return url.replace(/\/+$/, '');
}

/** The Chromium executable, from `CHROMIUM_PATH` (set by `scripts/run-e2e.mjs`, which finds or installs one). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH;
  if (!path) throw new Error('CHROMIUM_PATH is not set: run the browser tests with `npm run test:e2e`.');
  return path;
}
