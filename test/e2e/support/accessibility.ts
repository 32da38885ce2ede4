import axe from 'axe-core';
import type { Page } from 'playwright-core';

const CONTROL_ROLES = ['button', 'textbox', 'combobox', 'spinbutton', 'checkbox', 'radio', 'link', 'listbox'];

/**
 * Controls in `<main>` that have no accessible name, from Chromium's accessibility tree (an ARIA snapshot lists a
 * control as `- button "Name"`; a nameless one has nothing after its role).
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const role = /^- (\w+)/.exec(line)?.[1];
      return role !== undefined && CONTROL_ROLES.includes(role) && !/^- \w+ "[^"]+"/.test(line);
    });
}

/** The element that has keyboard focus, described as `tag#id "text"` for readable assertions. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const label = element.id ? `#${element.id}` : '';
    const text = element.matches('input, textarea, select') ? '' : element.textContent;
    return `${element.tagName.toLowerCase()}${label}${text ? ` "${text.trim()}"` : ''}`;
  });
}

/** Presses Tab until `predicate(focused)` holds, at most `limit` times; returns what has focus then. */
export async function tabUntil(
  page: Page,
  predicate: (description: string) => boolean,
  limit = 15,
): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const description = await focused(page);
    if (predicate(description)) return description;
  }
  throw new Error(`Tab never reached the expected control; focus is on ${await focused(page)}`);
}

/**
 * What Hushlink is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe tags each version's new criteria
 * separately, so all five tags are needed) and axe's best practices.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * axe-core's violations on the page as it is now, one line per element: `rule (impact) target: help`. Empty when
 * there are none.
 *
 * axe is evaluated through the DevTools protocol (`page.evaluate`), which the page's CSP and Trusted Types do not
 * govern, so the pages are checked with their real policy in force (no `bypassCSP`). It is injected once per
 * document and then run as often as needed: injecting takes about a second on this machine and a run a tenth of
 * that, and @axe-core/playwright's `AxeBuilder` injects again on every `analyze()`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (tags) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      // Only violations are read; `resultTypes` spares axe describing every passing element.
      const results = await engine.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        targets: nodes.map((node) => node.target.join(' ')),
      }));
    },
    [...AXE_TAGS],
  );
  return violations.flatMap(({ id, impact, help, targets }) =>
    targets.map((target) => `${id} (${impact ?? 'no impact'}) ${target}: ${help}`),
  );
}

/** A way the page is seen: the system's colour scheme and the window's width. */
export interface Appearance {
  name: string;
  colorScheme: 'light' | 'dark';
  /** CSS pixels; a phone is 390 wide (an iPhone 12 to 15). */
  width: number;
}

/** Light and dark, on a desktop window and on a phone's width. */
export const APPEARANCES: readonly Appearance[] = [
  { name: 'light', colorScheme: 'light', width: 1280 },
  { name: 'dark', colorScheme: 'dark', width: 1280 },
  { name: 'light, 390 px', colorScheme: 'light', width: 390 },
  { name: 'dark, 390 px', colorScheme: 'dark', width: 390 },
];

/**
 * Runs axe on the page in each appearance (switched in place, so the state the test reached is kept) and returns
 * every violation prefixed with `state` and the appearance; puts the page back as it was.
 */
export async function axeViolationsInEachAppearance(
  page: Page,
  state: string,
  appearances: readonly Appearance[] = APPEARANCES,
): Promise<string[]> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const found: string[] = [];
  for (const appearance of appearances) {
    await page.emulateMedia({ colorScheme: appearance.colorScheme });
    await page.setViewportSize({ width: appearance.width, height: size.height });
    await settled(page);
    for (const violation of await axeViolations(page))
      found.push(`${state} [${appearance.name}] ${violation}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
  return found;
}

/**
 * Waits until the page's CSS transitions have finished: controls fade their colours for 0.15 s when the scheme
 * changes, and axe must read the colours they end with, not ones in between.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const running = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  });
}
