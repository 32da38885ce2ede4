import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/find-chromium.mjs';
import { chromiumPath } from './environment.ts';
import { type ProblemWatch, type ProblemWatchOptions, watchProblems } from './problem-watch.ts';
import { type RequestRecorder, recordRequests } from './request-recorder.ts';

/** Launches Chromium (playwright-core gives every launch and every context a fresh profile). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Someone using Hushlink: a separate browser context with one page, every request recorded, problems watched. */
export interface Person {
  context: BrowserContext;
  page: Page;
  recorder: RequestRecorder;
  watch: ProblemWatch;
}

/** A new person: a fresh context (no shared cookies, storage or cache with anyone else) and a page. */
export async function newPerson(
  browser: Browser,
  options: BrowserContextOptions = {},
  watchOptions: ProblemWatchOptions = {},
): Promise<Person> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(20_000);
  const recorder = recordRequests(context);
  const watch = await watchProblems(context, watchOptions);
  const page = await context.newPage();
  return { context, page, recorder, watch };
}
