/**
 * The warning page the background sends a stopped tab to: says why, from its own query (never from the stopped
 * page), and shows the verdict on the extension's button for this tab.
 */
import { showVerdict, type Verdict } from './verdict.ts';

const query = new URLSearchParams(location.search);
const page = query.get('page') ?? 'the page';
const verdict: Verdict =
  query.get('state') === 'mismatch'
    ? {
        state: 'mismatch',
        version: query.get('version') ?? '',
        commit: '',
        differences: query.getAll('difference'),
      }
    : { state: 'unverified', reason: query.get('reason') ?? 'unknown reason' };

function render(): void {
  const heading = document.getElementById('heading');
  const explanation = document.getElementById('explanation');
  const list = document.getElementById('differences');
  if (!heading || !explanation || !list) return;
  if (verdict.state === 'mismatch') {
    heading.textContent = "This page's code does not match its release";
    explanation.textContent = `${page} served code that differs from the signed release ${verdict.version}:`;
    for (const difference of verdict.differences) {
      const item = document.createElement('li');
      item.textContent = difference;
      list.append(item);
    }
  } else if (verdict.state === 'unverified') {
    explanation.textContent = `${page} could not be verified: ${verdict.reason}. Hushlink pages run only once verified.`;
  }
}

render();
void chrome.tabs.getCurrent().then(async (tab) => {
  if (tab?.id !== undefined) await showVerdict(tab.id, verdict);
  document.documentElement.dataset.ready = 'true';
});
