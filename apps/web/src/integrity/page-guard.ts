/**
 * The page guard: the first module script of every page, with no imports, so that it runs even when the entry
 * script does not. The browser already refuses any script whose bytes differ from the SHA-256 the page pins (the
 * import map and `integrity` attributes, build/page-integrity.ts); the guard turns that refusal into a page that
 * says so and stops, instead of a blank page or "Something went wrong".
 *
 * When a script or preload fails to load, or a dynamic import fails (Vite's `vite:preloadError`), it fetches every
 * pinned script again and compares its SHA-256 with the pin: a difference, a script the page does not pin, or an
 * inline script the CSP blocked means the served code is not the code that was built. Then it stops the page and
 * replaces it with the error, so nothing more is loaded and no secret is shown. A failure with no difference (the
 * network) is left to the page's own error messages.
 */

/** What `document.documentElement.dataset.codeCheck` becomes once the served code differs (for tests, extension). */
const MISMATCH = 'mismatch';

/** The scripts the page pins: absolute URL to `sha256-BASE64`, from the import map. */
function pinnedScripts(): Map<string, string> {
  const pins = new Map<string, string>();
  const text = document.querySelector('script[type="importmap"]')?.textContent ?? '';
  try {
    const integrity: unknown = JSON.parse(text).integrity;
    if (typeof integrity !== 'object' || integrity === null) return pins;
    for (const [path, pin] of Object.entries(integrity))
      if (typeof pin === 'string') pins.set(new URL(path, location.href).href, pin);
  } catch {
    // No import map, or not JSON: every pinned script then counts as missing, below.
  }
  return pins;
}

const pins = pinnedScripts();

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Whether the bytes served at `url` still hash to `pin`; null when they could not be fetched. */
async function matches(url: string, pin: string): Promise<boolean | null> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return null;
    const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
    return `sha256-${toBase64(digest)}` === pin;
  } catch {
    return null;
  }
}

/** The paths whose served bytes differ from their pins (an empty list when all that could be fetched matched). */
async function differingScripts(): Promise<string[]> {
  const checked = await Promise.all(
    [...pins].map(async ([url, pin]) => ((await matches(url, pin)) === false ? new URL(url).pathname : null)),
  );
  return checked.filter((path) => path !== null);
}

/** Stops the page and replaces it with the error, naming what differs. */
function stopPage(what: readonly string[]): void {
  if (document.documentElement.dataset.codeCheck === MISMATCH) return;
  document.documentElement.dataset.codeCheck = MISMATCH;
  window.stop();
  const main = document.createElement('main');
  main.id = 'main';
  const heading = document.createElement('h1');
  heading.textContent = "This page's code does not match";
  const explanation = document.createElement('p');
  explanation.textContent =
    'The server sent code that differs from what this page was built with, so the page stopped: nothing was decrypted or sent. Do not enter anything here; tell whoever runs this Hushlink.';
  explanation.setAttribute('data-notice', '');
  const list = document.createElement('ul');
  for (const path of what) {
    const item = document.createElement('li');
    item.textContent = path;
    list.append(item);
  }
  main.append(heading, explanation, list);
  document.body.replaceChildren(main);
  heading.tabIndex = -1;
  heading.focus();
}

let checking = false;

/** Looks for served code that differs from its pin after a script failed to load (one look at a time). */
function checkServedCode(): void {
  if (checking) return;
  checking = true;
  void differingScripts().then((differing) => {
    checking = false;
    if (differing.length > 0) stopPage(differing);
  });
}

// A `<script>` or `<link>` that failed to load: one the page does not pin is not this build's; else compare.
window.addEventListener(
  'error',
  (event) => {
    const target = event.target;
    const url =
      target instanceof HTMLScriptElement
        ? target.src
        : target instanceof HTMLLinkElement
          ? target.href
          : null;
    if (url === null) return;
    if (target instanceof HTMLScriptElement && url !== '' && !pins.has(url))
      stopPage([new URL(url).pathname]);
    else checkServedCode();
  },
  true,
);
// Every dynamic import of the build goes through Vite's preload helper, which announces a failure here.
window.addEventListener('vite:preloadError', checkServedCode);
// An inline script or an `eval` the CSP refused is code this build does not have.
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.effectiveDirective.startsWith('script-src'))
    stopPage([`inline script (${event.effectiveDirective})`]);
});
