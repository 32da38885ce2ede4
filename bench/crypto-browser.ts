import type { Page } from 'playwright-core';
import { type CryptoTimes, runRounds } from './crypto-rounds.ts';
import type { PageBench } from './portable/page-entry.ts';
import { pageThreadClock } from './timing.ts';

/** Envelope and raw libsodium secretstream in the Chromium harness page (the browser has no native ChaCha20). */
export async function measureCryptoBrowser(page: Page, bytes: number, rounds: number): Promise<CryptoTimes> {
  const clock = await pageThreadClock(page);
  const names = await page.evaluate(
    (size) => (globalThis as unknown as { hushlinkBench: PageBench }).hushlinkBench.openLab(size),
    bytes,
  );
  try {
    return await runRounds(
      {
        names,
        collectGarbage: () => clock.collectGarbage(),
        measure: (name, operation) =>
          clock.time(() =>
            page.evaluate(
              ([item, op]) =>
                (globalThis as unknown as { hushlinkBench: PageBench }).hushlinkBench.run(item, op),
              [name, operation] as const,
            ),
          ),
        check: (name) =>
          page.evaluate(
            (item) => (globalThis as unknown as { hushlinkBench: PageBench }).hushlinkBench.check(item),
            name,
          ),
      },
      rounds,
    );
  } finally {
    await page.evaluate(() =>
      (globalThis as unknown as { hushlinkBench: PageBench }).hushlinkBench.closeLab(),
    );
  }
}
