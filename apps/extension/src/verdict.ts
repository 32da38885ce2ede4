/**
 * The extension's verdict on one load of a guarded page:
 * - `verified`: the page, its scripts and headers are those of a signed release;
 * - `mismatch`: they differ from the signed release the server claims (the page is stopped);
 * - `unverified`: there was nothing to check against (no signed manifest of the claimed release, a manifest that
 *   does not verify, a server that did not say its release, headers not seen). Never treated as verified: the page
 *   is stopped too.
 */
export type Verdict =
  | { state: 'verified'; version: string; commit: string }
  | { state: 'mismatch'; version: string; commit: string; differences: string[] }
  | { state: 'unverified'; reason: string };

/** The text of the extension's button title for a verdict. */
export function verdictTitle(verdict: Verdict): string {
  switch (verdict.state) {
    case 'verified':
      return `Hushlink: verified ${verdict.version} (commit ${verdict.commit.slice(0, 12)})`;
    case 'mismatch':
      return `Hushlink: this page does not match ${verdict.version}; it was stopped`;
    case 'unverified':
      return `Hushlink: unverified (${verdict.reason}); the page was stopped`;
  }
}

/** The badge text and colour of a verdict. */
export function verdictBadge(verdict: Verdict): { text: string; color: string } {
  switch (verdict.state) {
    case 'verified':
      return { text: 'OK', color: '#1a7f37' };
    case 'mismatch':
      return { text: '!', color: '#cf222e' };
    case 'unverified':
      return { text: '?', color: '#6e7781' };
  }
}

/** Shows `verdict` on the extension's button for the tab. */
export async function showVerdict(tabId: number, verdict: Verdict): Promise<void> {
  const badge = verdictBadge(verdict);
  await Promise.all([
    chrome.action.setBadgeText({ tabId, text: badge.text }),
    chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    chrome.action.setTitle({ tabId, title: verdictTitle(verdict) }),
  ]);
}
