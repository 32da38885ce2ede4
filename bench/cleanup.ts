/** Steps that undo what the bench started (wrangler dev, Chromium, temporary folders), run once, newest first. */
const steps: { name: string; run: () => Promise<void> | void }[] = [];
let running: Promise<void> | undefined;
let stopping = false;

/** Whether a signal is stopping the run (the work still in flight then fails, and need not say so). */
export function isStopping(): boolean {
  return stopping;
}

/** Registers a cleanup step; it runs on every way out (normal end, crash, Ctrl-C, SIGTERM). */
export function onCleanup(name: string, run: () => Promise<void> | void): void {
  steps.push({ name, run });
}

/** Runs every registered step once, in reverse order; a failing step is reported and the others still run. */
export function cleanUp(): Promise<void> {
  running ??= (async () => {
    for (const step of steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(
          `bench: cleaning up ${step.name} failed: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
    steps.length = 0;
  })();
  return running;
}

/** On SIGINT, SIGTERM or SIGHUP, cleans up and exits 130, so that no wrangler or Chromium is left running. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopping = true;
      console.error(`bench: ${signal}, stopping`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
