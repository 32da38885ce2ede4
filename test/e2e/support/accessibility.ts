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
