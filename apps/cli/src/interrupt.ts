import { CliError } from './cli-error.ts';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long an interrupted transfer may take to unwind (revoke the upload, delete partial files) before exiting. */
const GRACE_MS = 5_000;

const controller = new AbortController();
const cleanups = new Set<() => void>();
let guards = 0;
let installed = false;

/**
 * Registers a synchronous cleanup (deleting a temporary file) for when a signal ends the process before the code
 * that made the file could remove it. Returns the function that unregisters it, to call once the file is dealt with.
 */
export function onForcedExit(cleanup: () => void): () => void {
  install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/**
 * Runs a transfer that can unwind by itself on Ctrl-C: while it runs, a signal aborts the `AbortSignal` it was
 * given (requests fail as `interrupted`), so it can revoke a half-made upload or delete partial files and exit 130.
 * If it has not finished unwinding after a few seconds, or a second signal comes, the registered cleanups run and
 * the process ends by the signal. Outside a transfer a signal runs the cleanups and ends the process at once.
 */
export async function guardInterrupts<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  install();
  guards++;
  try {
    controller.signal.throwIfAborted();
    return await run(controller.signal);
  } finally {
    guards--;
  }
}

/** Throws `interrupted` when a signal came. For loops that read files between requests. */
export function checkInterrupted(signal: AbortSignal): void {
  if (signal.aborted) throw new CliError('interrupted', 'Interrupted.');
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  if (guards > 0 && !controller.signal.aborted) {
    controller.abort(new CliError('interrupted', 'Interrupted.'));
    setTimeout(() => forceExit(signal), GRACE_MS).unref();
    return;
  }
  forceExit(signal);
}

function forceExit(signal: NodeJS.Signals): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is ending.
    }
  }
  cleanups.clear();
  for (const name of SIGNALS) process.off(name, onSignal);
  process.kill(process.pid, signal);
}
