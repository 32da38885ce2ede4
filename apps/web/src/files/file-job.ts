import { FileError } from './file-error.ts';
import { t } from './file-text.ts';
import workerUrl from './file-worker.ts?worker&url';
import { receiveError, type WorkerEvent, type WorkerJob } from './worker-protocol.ts';

/** The Trusted Types policy that may create exactly one script URL: the file worker's (CSP `trusted-types`). */
export const WORKER_POLICY_NAME = 'hushlink-file-worker';

/** How long a cancelled worker may take to wind down (abort its requests, discard its output) before it is ended. */
const CANCEL_GRACE_MS = 5_000;

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

let policy: ReturnType<TrustedTypesFactory['createPolicy']> | undefined;

/**
 * The worker's script URL as Trusted Types want it: the page enforces `require-trusted-types-for 'script'`, which
 * makes `new Worker(url)` a sink. The policy lets through the one URL the build emitted, and nothing else.
 */
function trustedWorkerUrl(): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return workerUrl;
  policy ??= factory.createPolicy(WORKER_POLICY_NAME, {
    createScriptURL(url) {
      if (url !== workerUrl) throw new TypeError('hushlink: only the file worker may be started');
      return url;
    },
  });
  return policy.createScriptURL(workerUrl) as string;
}

/**
 * Runs `job` in a fresh file worker (a dedicated module worker) and resolves once it is done. Progress arrives
 * through `onProgress` (bytes done). Aborting `signal` tells the worker to stop (it aborts its requests and discards
 * its output) and rejects with the signal's reason as soon as the worker has wound down; the worker is then ended.
 *
 * @throws what the worker threw, rebuilt (ApiRequestError, FileError, EnvelopeError), FileError `worker_failed`
 *   when the worker could not start, or the signal's reason.
 */
export function runFileJob(
  job: WorkerJob,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal.throwIfAborted();
    let worker: Worker;
    try {
      worker = new Worker(trustedWorkerUrl(), { type: 'module', name: 'hushlink-files' });
    } catch {
      reject(new FileError('worker_failed', t('workerFailed')));
      return;
    }
    let grace: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const end = (outcome: () => void): void => {
      if (ended) return;
      ended = true;
      clearTimeout(grace);
      signal.removeEventListener('abort', cancel);
      worker.terminate();
      outcome();
    };
    function cancel(): void {
      worker.postMessage({ kind: 'cancel' });
      grace = setTimeout(() => end(() => reject(signal.reason)), CANCEL_GRACE_MS);
    }
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerEvent>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        if (!signal.aborted) onProgress(message.done);
      } else if (message.kind === 'done') {
        end(signal.aborted ? () => reject(signal.reason) : resolve);
      } else if (signal.aborted) {
        end(() => reject(signal.reason));
      } else {
        void receiveError(message.error).then((error) => end(() => reject(error)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => reject(new FileError('worker_failed', t('workerFailed'))));
    };
    worker.postMessage(job);
  });
}
