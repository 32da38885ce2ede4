// The file worker: a dedicated module worker that runs one job (share or save) off the page's main thread, so that
// reading, encrypting, sending, receiving, decrypting and writing never stall typing or scrolling. The page starts
// it with `startFileJob` (file-job.ts); it answers with `WorkerEvent`s.
import { decryptAndSave } from './decrypt-and-save.ts';
import { encryptAndUpload } from './encrypt-and-upload.ts';
import { transferError, type WorkerEvent, type WorkerJob } from './worker-protocol.ts';

/** Progress goes to the page at most this often: a message per 64 KiB network read would keep it busy. */
const PROGRESS_INTERVAL_MS = 100;

/** What this script sees of its global scope (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerJob | { kind: 'cancel' }>) => void) | null;
  postMessage(message: WorkerEvent): void;
};

const controller = new AbortController();
let started = false;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'cancel') {
    controller.abort(new DOMException('The transfer was cancelled.', 'AbortError'));
    return;
  }
  if (started) return;
  started = true;
  void run(message);
};

async function run(job: WorkerJob): Promise<void> {
  let last = 0;
  const progress = (done: number): void => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    scope.postMessage({ kind: 'progress', done });
  };
  try {
    if (job.kind === 'share') await encryptAndUpload(job, controller.signal, progress);
    else await decryptAndSave(job, controller.signal, progress);
    scope.postMessage({ kind: 'done' });
  } catch (error) {
    scope.postMessage({ kind: 'failed', error: transferError(error) });
  }
}
