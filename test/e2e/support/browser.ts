import { randomBytes } from 'node:crypto';
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

/**
 * A client address of a person's own, sent as `CF-Connecting-IP`, which `wrangler dev` passes to the Worker as
 * Cloudflare would (the Node server, not behind a proxy, ignores it). Everyone in a test is someone else on the
 * Internet, as in the API tests: on 127.0.0.1 together they shared one sign-in rate limit (30 a minute), which a
 * test with four people, their passkeys and step-ups ran through when it ran fast.
 */
function ownAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** A new person: a fresh context (no shared cookies, storage or cache with anyone else), an address, a page. */
export async function newPerson(
  browser: Browser,
  options: BrowserContextOptions = {},
  watchOptions: ProblemWatchOptions = {},
): Promise<Person> {
  const context = await browser.newContext({
    // The tests read the English interface; a test of another language sets its own locale.
    locale: 'en-US',
    ...options,
    extraHTTPHeaders: { 'CF-Connecting-IP': ownAddress(), ...options.extraHTTPHeaders },
  });
  context.setDefaultTimeout(20_000);
  const recorder = recordRequests(context);
  const watch = await watchProblems(context, watchOptions);
  const page = await context.newPage();
  return { context, page, recorder, watch };
}
