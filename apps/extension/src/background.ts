/**
 * The extension's service worker: sees the response headers of every guarded document, checks each load the
 * content script reports (verify-load.ts), shows the verdict on the extension's button, and on anything but
 * "verified" sends the tab to the extension's warning page, so the stopped page is gone.
 */
import { CONFIG } from './config.ts';
import type { PageFacts } from './page-facts.ts';
import { forgetTab, headersOf, recordHeaders } from './seen-headers.ts';
import { showVerdict, type Verdict } from './verdict.ts';
import { verifyLoad } from './verify-load.ts';

/** The most differences the warning page lists. */
const MAX_LISTED = 20;

chrome.webRequest.onHeadersReceived.addListener(
  recordHeaders,
  { urls: CONFIG.origins, types: ['main_frame', 'sub_frame'] },
  ['responseHeaders', 'extraHeaders'],
);
chrome.tabs.onRemoved.addListener(forgetTab);

function warningUrl(facts: PageFacts, verdict: Verdict): string {
  const origin = new URL(facts.url).origin;
  const query = new URLSearchParams({
    state: verdict.state,
    page: origin === 'null' ? 'A frame of the page' : origin,
  });
  if (verdict.state === 'unverified') query.set('reason', verdict.reason);
  if (verdict.state === 'mismatch') {
    query.set('version', verdict.version);
    for (const difference of verdict.differences.slice(0, MAX_LISTED)) query.append('difference', difference);
  }
  return `${chrome.runtime.getURL('warning.html')}?${query}`;
}

async function check(facts: PageFacts, tabId: number, frameId: number): Promise<Verdict> {
  let verdict: Verdict;
  try {
    verdict = await verifyLoad(facts, await headersOf(tabId, frameId, facts.url), CONFIG);
  } catch {
    verdict = { state: 'unverified', reason: 'the check failed' };
  }
  // Anything but "verified" leaves for the warning page, which shows the verdict on the button itself (a tab's
  // button is reset when it navigates).
  if (verdict.state === 'verified') await showVerdict(tabId, verdict);
  else await chrome.tabs.update(tabId, { url: warningUrl(facts, verdict) });
  return verdict;
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const tabId = sender.tab?.id;
  if (sender.id !== chrome.runtime.id || tabId === undefined) return undefined;
  const facts = (message as { check?: PageFacts }).check;
  if (facts === undefined) return undefined;
  void chrome.action
    .setTitle({ tabId, title: 'Hushlink: checking this page' })
    .then(() => check(facts, tabId, sender.frameId ?? 0))
    .then(reply);
  return true;
});
