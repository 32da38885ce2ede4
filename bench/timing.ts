import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';

/**
 * Wall-clock and CPU milliseconds of one operation. On a shared machine the wall clock also counts the time the
 * thread waited for a core; the CPU time of the thread that ran the operation does not, so it is what the wall
 * time would be on an idle machine for single-threaded work like WebAssembly crypto.
 */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Times a task that runs on this Node thread and reports its own wall-clock milliseconds. */
export async function onThisThread(task: () => Promise<number> | number): Promise<Timing> {
  const before = process.threadCpuUsage();
  const wallMs = await task();
  const used = process.threadCpuUsage(before);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

let nodeGc: (() => void) | undefined;

/** A full garbage collection of this Node process (V8's `gc()`, exposed at run time rather than by a flag). */
export function collectNodeGarbage(): void {
  if (!nodeGc) {
    setFlagsFromString('--expose-gc');
    nodeGc = runInNewContext('gc') as () => void;
  }
  nodeGc();
}

/** Times tasks run in a page (through `page.evaluate`) by the CPU time of the page's main thread. */
export interface PageThreadClock {
  time(task: () => Promise<number>): Promise<Timing>;
  /** A full garbage collection of the page's heap (DevTools `HeapProfiler.collectGarbage`). */
  collectGarbage(): Promise<void>;
}

/** Reads the page's main-thread CPU time from DevTools (`Performance.getMetrics`, metric `ThreadTime`). */
export async function pageThreadClock(page: Page): Promise<PageThreadClock> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadSeconds = async (): Promise<number> => {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
    if (value === undefined) throw new Error('this Chromium reports no ThreadTime metric');
    return value;
  };
  return {
    async time(task) {
      const before = await threadSeconds();
      const wallMs = await task();
      return { wallMs, cpuMs: ((await threadSeconds()) - before) * 1000 };
    },
    async collectGarbage() {
      await session.send('HeapProfiler.collectGarbage');
    },
  };
}
