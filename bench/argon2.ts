import { ARGON2_MEMLIMIT_DEFAULT, ARGON2_OPSLIMIT_DEFAULT } from '@hushlink/envelope';
import type { Page } from 'playwright-core';
import { type Argon2Costs, prepareArgon2 } from './portable/argon2-timing.ts';
import type { PageBench } from './portable/page-entry.ts';
import { type Budget, budget, messageOf, notMeasured, type Section } from './section.ts';
import { median, round } from './stats.ts';
import { onThisThread, pageThreadClock, type Timing } from './timing.ts';

/** The passphrase costs new envelopes are written with (packages/envelope). */
export const ARGON2_DEFAULT_COSTS: Argon2Costs = {
  opslimit: ARGON2_OPSLIMIT_DEFAULT,
  memlimit: ARGON2_MEMLIMIT_DEFAULT,
};

/** Argon2id must take between these many milliseconds: long enough to slow guessing, short enough to wait for. */
const BUDGET_MS = { min: 300, max: 1000 };

/** Argon2id in this Node process: one untimed warm-up, then `runs` timed derivations. */
export async function measureArgon2Node(runs: number): Promise<Timing[]> {
  const derive = await prepareArgon2();
  derive(ARGON2_DEFAULT_COSTS);
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await onThisThread(() => derive(ARGON2_DEFAULT_COSTS)));
  return timings;
}

/** Argon2id in the Chromium harness page (the same code, bundled), timed like Node's. */
export async function measureArgon2Browser(page: Page, runs: number): Promise<Timing[]> {
  const clock = await pageThreadClock(page);
  await page.evaluate(() =>
    (globalThis as unknown as { hushlinkBench: PageBench }).hushlinkBench.prepareArgon2(),
  );
  const derive = () =>
    page.evaluate(
      (costs) => (globalThis as unknown as { hushlinkBench: PageBench }).hushlinkBench.argon2(costs),
      ARGON2_DEFAULT_COSTS,
    );
  await derive();
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await clock.time(derive));
  return timings;
}

/** Item 4: median Argon2id time with the default passphrase costs in each runtime, budget 0.3–1 s. */
export function argon2Section(runtimes: Record<string, Timing[] | Error>): Section {
  const { opslimit, memlimit } = ARGON2_DEFAULT_COSTS;
  const rows: string[][] = [];
  const budgets: Budget[] = [];
  const notes = [
    `parameters: ARGON2_OPSLIMIT_DEFAULT = ${opslimit}, ARGON2_MEMLIMIT_DEFAULT = ${memlimit} bytes (${memlimit / 2 ** 20} MiB); Argon2id v1.3, 32-byte output, libsodium-wrappers-sumo crypto_pwhash ALG_ARGON2ID13.`,
    'median of the runs after one untimed warm-up; budgets use the CPU time of the thread (single-threaded WebAssembly: its wall time on an idle machine), wall-clock times beside it.',
  ];
  const figures: Record<string, unknown> = { opslimit, memlimit, algorithm: 'argon2id13' };
  for (const [runtime, timings] of Object.entries(runtimes)) {
    const text = `Argon2id ${BUDGET_MS.min / 1000}–${BUDGET_MS.max / 1000} s (${runtime}, CPU time)`;
    if (timings instanceof Error) {
      notes.push(`${runtime}: error: ${messageOf(timings)}`);
      figures[runtime] = { error: messageOf(timings) };
      budgets.push(notMeasured(`argon2.${runtime}`, text, 'error'));
      continue;
    }
    const cpu = timings.map((timing) => timing.cpuMs);
    const wall = timings.map((timing) => timing.wallMs);
    const cpuMedian = median(cpu);
    figures[runtime] = {
      cpuMedianMs: round(cpuMedian),
      wallMedianMs: round(median(wall)),
      cpuMs: cpu.map((ms) => round(ms)),
      wallMs: wall.map((ms) => round(ms)),
    };
    rows.push([
      runtime,
      String(timings.length),
      String(round(cpuMedian)),
      String(round(median(wall))),
      String(round(Math.min(...wall))),
      String(round(Math.max(...wall))),
    ]);
    budgets.push(
      budget(
        `argon2.${runtime}`,
        text,
        `${round(cpuMedian)} ms (wall clock ${round(median(wall))} ms)`,
        cpuMedian >= BUDGET_MS.min && cpuMedian <= BUDGET_MS.max,
      ),
    );
  }
  return {
    id: 'argon2',
    title: '4. Argon2id (passphrase)',
    status: Object.values(runtimes).some((timings) => timings instanceof Error) ? 'error' : 'ran',
    table: {
      head: ['runtime', 'runs', 'cpu median ms', 'wall median ms', 'wall min ms', 'wall max ms'],
      rows,
    },
    budgets,
    notes,
    figures,
  };
}
