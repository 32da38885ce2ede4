import type { BrowserContext } from 'playwright-core';

/** What went wrong in a context's pages that no test expects: CSP or Trusted Types violations, errors, dialogs. */
export interface ProblemWatch {
  /** Violations and errors so far, as readable sentences. */
  problems(): string[];
}

/** What a test expects to go wrong on purpose. */
export interface ProblemWatchOptions {
  /**
   * HTTP statuses the test provokes. Chromium logs every 4xx/5xx fetch as a console error; the gone and
   * damaged-link cases answer 404 and 403 (the default), the account flows also 400, 401 and 409.
   */
  expectedStatuses?: readonly number[];
}

/**
 * Watches every page of `context`: `securitypolicyviolation` events (reported through a binding from an init
 * script, which runs outside the page's CSP), console errors, uncaught exceptions, and dialogs (dismissed).
 */
export async function watchProblems(
  context: BrowserContext,
  options: ProblemWatchOptions = {},
): Promise<ProblemWatch> {
  const statuses = (options.expectedStatuses ?? [403, 404]).join('|');
  const EXPECTED_CONSOLE = [
    new RegExp(`^Failed to load resource: the server responded with a status of (${statuses})\\b`),
  ];
  const found: string[] = [];
  await context.exposeBinding('__hushlinkViolation', (_source, text: string) => {
    found.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __hushlinkViolation(text: string): void }).__hushlinkViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`);
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || EXPECTED_CONSOLE.some((pattern) => pattern.test(text))) return;
    found.push(`console error: ${text}`);
  });
  context.on('weberror', (error) => found.push(`uncaught: ${error.error().message}`));
  context.on('dialog', (dialog) => {
    found.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { problems: () => [...found] };
}
