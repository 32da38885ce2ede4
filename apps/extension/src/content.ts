/**
 * The content script, at `document_start` in every frame of a guarded origin, before the page's parser has
 * written anything. It holds every `<script>` the parser writes (its `type` is changed to one the browser does not
 * run, in the microtask checkpoint the parser performs before it prepares a script), so no code of the page runs,
 * and nothing can read the fragment, until the check is done. Once the document is parsed it reports what it
 * holds to the background, which checks it against the signed release; on "verified" it puts each script back in
 * place, in order, and the page runs as built. On anything else the scripts stay held and the background replaces
 * the page with the warning. The import map is not held: it is not code, the browser applies it only if the CSP
 * allows its hash, and it must be in place before any module loads.
 */
import type { LinkFact, PageFacts, ScriptFact } from './page-facts.ts';
import { urlWithoutFragment } from './page-facts.ts';
import type { Verdict } from './verdict.ts';

/** A `type` no browser runs. */
const HELD_TYPE = 'application/x-hushlink-held';

interface Held {
  element: HTMLScriptElement;
  type: string | null;
}

const held: Held[] = [];

function hold(element: HTMLScriptElement): void {
  const type = element.getAttribute('type');
  if (type?.trim().toLowerCase() === 'importmap') return;
  held.push({ element, type });
  element.setAttribute('type', HELD_TYPE);
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeName === 'SCRIPT') hold(node as HTMLScriptElement);
});
observer.observe(document, { childList: true, subtree: true });

function factsOf(): PageFacts {
  const scripts: ScriptFact[] = held.map(({ element, type }) => ({
    type,
    src: element.hasAttribute('src') ? element.src : null,
    integrity: element.getAttribute('integrity'),
    inline: (element.textContent ?? '') !== '',
  }));
  const links: LinkFact[] = [...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => ({
    rel: link.rel,
    href: link.href,
    integrity: link.getAttribute('integrity'),
  }));
  const importMaps = [...document.querySelectorAll<HTMLScriptElement>('script')]
    .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'importmap')
    .map((script) => script.textContent ?? '');
  const frames = document.querySelectorAll('iframe, frame, object, embed').length;
  return { url: urlWithoutFragment(location.href), scripts, importMaps, links, frames };
}

/** Puts every held script back where it was, to run in document order (as the parser would have run them). */
function release(): void {
  for (const { element, type } of held) {
    const parent = element.parentNode;
    if (parent === null) continue;
    const next = element.nextSibling;
    if (type === null) element.removeAttribute('type');
    else element.setAttribute('type', type);
    element.async = false;
    element.remove();
    parent.insertBefore(element, next);
  }
}

async function check(): Promise<void> {
  observer.takeRecords().forEach((record) => {
    for (const node of record.addedNodes) if (node.nodeName === 'SCRIPT') hold(node as HTMLScriptElement);
  });
  observer.disconnect();
  let verdict: Verdict | undefined;
  try {
    verdict = (await chrome.runtime.sendMessage({ check: factsOf() })) as Verdict | undefined;
  } catch {
    verdict = undefined;
  }
  if (verdict?.state === 'verified') release();
  else window.stop();
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => void check(), { once: true });
else void check();
