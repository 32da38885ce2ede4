import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { MARKS_KEY, type PageMarks } from './page-marks.ts';
import { createRealSecret, inParallel } from './secrets-api.ts';
import { type Budget, budget, notMeasured, type Section } from './section.ts';
import { median, percentile, round } from './stats.ts';

/** The item's heading in the report. */
export const PAGE_TITLE = '3. Reveal page weight and time to plaintext (headless Chromium)';

const RUNS = 20;
const PLAINTEXT_BYTES = 1024;
const WAIT_MS = 30_000;
/** Our own JavaScript before the Reveal button is interactive, gzip bytes. */
const OWN_JS_BUDGET_BYTES = 40 * 1000;
const CLICK_TO_PLAINTEXT_BUDGET_MS = 50;
/**
 * How long the visitor reads the page after it is idle before clicking Reveal. Without it the click lands while
 * Chromium's renderer still works in the background after the network and main thread went idle (measured: 250 to
 * 320 ms of renderer CPU in the next half second, none after), competing with wrangler dev for two cores: the
 * reveal request then took 45 to 85 ms instead of 36 to 44. Nobody reads a page and clicks within a second.
 */
const READ_MS = 1_000;
/** A content hash in a built file name, as Vite writes it: `name-HASH.js`. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8,}\.js$/;
const LIBSODIUM = /libsodium/i;
const ONE_YEAR_SECONDS = 31_536_000;

interface Asset {
  path: string;
  type: string;
  rawBytes: number;
  gzipBytes: number;
  cacheControl: string;
  /** Request start and response end on the page's clock (ms since navigation start). */
  startMs: number;
  endMs: number;
  beforeInteractive: boolean;
}

/** The observer of page-marks.ts as one classic script for `addInitScript` (a string, so nothing is transpiled). */
async function marksScript(expected: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page-marks.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__hushlinkBenchPageMarks',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output for the page observer');
  return `${output.text}\n__hushlinkBenchPageMarks.installPageMarks(${JSON.stringify(expected)});`;
}

function randomText(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

async function newVisitor(
  browser: Browser,
  plaintext: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript({ content: await marksScript(plaintext) });
  return { context, page: await context.newPage() };
}

function readMarks(page: Page): Promise<PageMarks> {
  return page.evaluate(
    (key) => (globalThis as unknown as Record<string, PageMarks>)[key] as PageMarks,
    MARKS_KEY,
  );
}

/** Waits until a mark is set, checking once per animation frame. */
async function waitForMark(page: Page, mark: keyof PageMarks): Promise<number> {
  const handle = await page.waitForFunction(
    ([key, name]) => (globalThis as unknown as Record<string, PageMarks>)[key]?.[name] ?? null,
    [MARKS_KEY, mark] as const,
    { polling: 'raf', timeout: WAIT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** Opens the link and waits for an interactive Reveal button; returns the page's time of that. */
async function openLink(page: Page, link: string): Promise<number> {
  await page.goto(link, { waitUntil: 'commit' });
  return waitForMark(page, 'revealReady');
}

/**
 * Waits as a person would before clicking: the network idle (libsodium fetched) and the main thread idle
 * (its WebAssembly compiled).
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
}

/** Where the time from click to plaintext goes, from the reveal request's resource timing. */
interface ClickTimes {
  /** Click → plaintext in the DOM and visible. */
  inDomMs: number;
  /** Click → the animation frame after that (the budgeted figure). */
  frameMs: number;
  /** Click → the reveal request starts (claim derivation, before the network). */
  beforeRequestMs: number;
  /** The reveal request, start → end of its response (the server and the network). */
  requestMs: number;
  /** End of the response → plaintext in the DOM (decoding, decrypting, rendering). */
  afterResponseMs: number;
}

/** Clicks Reveal (a trusted click) and returns click → plaintext times from the page's clock. */
async function clickReveal(page: Page): Promise<ClickTimes> {
  await page.getByRole('button', { name: 'Reveal', exact: true }).click();
  await waitForMark(page, 'plaintextFrame');
  const marks = await readMarks(page);
  const [request] = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/api\/secrets\/[^/]+\/reveal$/.test(entry.name))
      .map((entry) => ({ start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd })),
  );
  if (marks.clicked === null || marks.plaintextInDom === null || marks.plaintextFrame === null || !request) {
    throw new Error('the click, the reveal request or the plaintext was not observed');
  }
  return {
    inDomMs: marks.plaintextInDom - marks.clicked,
    frameMs: marks.plaintextFrame - marks.clicked,
    beforeRequestMs: request.start - marks.clicked,
    requestMs: request.end - request.start,
    afterResponseMs: marks.plaintextInDom - request.end,
  };
}

/**
 * One visit that records every script the reveal page loads, with its body (gzipped here), cache header and
 * timing, then opens a second link in the same browser profile to see whether libsodium comes from the cache.
 */
async function weighPage(browser: Browser, plaintext: string, links: readonly string[]) {
  const [first, second] = links;
  if (!first || !second) throw new Error('two links are needed');
  const { context, page } = await newVisitor(browser, plaintext);
  try {
    const bodies: Promise<{ url: string; type: string; body: Buffer; cacheControl: string } | null>[] = [];
    const record = (response: Response) => {
      bodies.push(
        response.body().then(
          (body) => ({
            url: response.url(),
            type: response.request().resourceType(),
            body,
            cacheControl: response.headers()['cache-control'] ?? '',
          }),
          () => null,
        ),
      );
    };
    page.on('response', record);
    const revealReady = await openLink(page, first);
    await settle(page);
    page.off('response', record);
    const timings = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        url: entry.name,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    );
    const assets: Asset[] = [];
    for (const fetched of await Promise.all(bodies)) {
      if (!fetched) continue;
      const timing = timings.find((entry) => entry.url === fetched.url);
      const startMs = timing?.start ?? 0;
      assets.push({
        path: new URL(fetched.url).pathname,
        type: fetched.type,
        rawBytes: fetched.body.length,
        gzipBytes: gzipSync(fetched.body, { level: 9 }).length,
        cacheControl: fetched.cacheControl,
        startMs: round(startMs),
        endMs: round(timing?.end ?? 0),
        beforeInteractive: fetched.type === 'document' || startMs < revealReady,
      });
    }
    // Same profile, another link: libsodium should now come from the HTTP cache (no bytes transferred).
    await openLink(page, second);
    await settle(page);
    const cached = await page.evaluate(
      (pattern) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new RegExp(pattern, 'i').test(entry.name))
          .map((entry) => (entry as PerformanceResourceTiming).transferSize),
      LIBSODIUM.source,
    );
    return { revealReadyMs: round(revealReady), assets, libsodiumSecondVisitTransferSizes: cached };
  } finally {
    await context.close();
  }
}

/** Opens each link in a fresh profile, reads for `READ_MS`, clicks Reveal; the times of each step. */
async function openAndReveal(browser: Browser, plaintext: string, links: readonly string[]) {
  const navigation: number[] = [];
  const clicks: ClickTimes[] = [];
  for (const link of links) {
    const { context, page } = await newVisitor(browser, plaintext);
    try {
      navigation.push(await openLink(page, link));
      await settle(page);
      await page.waitForTimeout(READ_MS);
      clicks.push(await clickReveal(page));
    } finally {
      await context.close();
    }
  }
  return { navigation, clicks };
}

/**
 * Item 3's click → plaintext on the Node server (`npm run serve`, the self-hosted runtime), measured as on
 * `wrangler dev`: `RUNS` fresh 1 KiB secrets, each opened in a fresh profile and revealed a second after idle.
 */
export async function measureNodeServerClicks(browser: Browser, base: string): Promise<ClickTimes[]> {
  const plaintext = randomText(PLAINTEXT_BYTES);
  const secrets = await inParallel(RUNS, 4, () => createRealSecret(base, plaintext));
  const links = secrets.map(({ id, linkKey }) => `${base}/s/${id}#${linkKey}`);
  return (await openAndReveal(browser, plaintext, links)).clicks;
}

/** Item 3's section with the Node server's click → plaintext added: its budget, its table rows, its figures. */
export function withNodeServerClicks(section: Section, clicks: ClickTimes[] | Error): Section {
  if (section.status !== 'ran') return section;
  if (clicks instanceof Error) {
    return {
      ...section,
      budgets: [
        ...section.budgets,
        notMeasured('page.click-to-plaintext-node', NODE_CLICK_BUDGET_TEXT, clicks.message),
      ],
    };
  }
  const part = (key: keyof ClickTimes) => clicks.map((click) => click[key]);
  const frame = median(part('frameMs'));
  return {
    ...section,
    ...(section.table && {
      table: {
        ...section.table,
        rows: [
          ...section.table.rows,
          clickRow('Node server: click → plaintext frame, ms', part('frameMs')),
          clickRow('  of which click → reveal request, ms', part('beforeRequestMs')),
          clickRow('  of which reveal request, ms', part('requestMs')),
          clickRow('  of which response → plaintext, ms', part('afterResponseMs')),
        ],
      },
    }),
    budgets: [
      ...section.budgets,
      budget(
        'page.click-to-plaintext-node',
        NODE_CLICK_BUDGET_TEXT,
        `${round(frame)} ms`,
        frame < CLICK_TO_PLAINTEXT_BUDGET_MS,
      ),
    ],
    notes: [
      ...section.notes,
      'the rows above "Node server" are on wrangler dev; the Node server rows reveal on `npm run serve` (one Node process, SQLite), started after wrangler dev stopped, the same way (fresh secrets and profiles, a second after idle).',
    ],
    figures: {
      ...(section.figures as object),
      nodeServerClicks: clicks.map((click) =>
        Object.fromEntries(Object.entries(click).map(([key, ms]) => [key, round(ms)])),
      ),
      nodeServerMedians: {
        clickToPlaintextFrameMs: round(frame),
        clickToRevealRequestMs: round(median(part('beforeRequestMs'))),
        revealRequestMs: round(median(part('requestMs'))),
        responseToPlaintextMs: round(median(part('afterResponseMs'))),
      },
    },
  };
}

const NODE_CLICK_BUDGET_TEXT = `Reveal click → plaintext visible < ${CLICK_TO_PLAINTEXT_BUDGET_MS} ms on the Node server (median of ${RUNS})`;

/** A table row of a measure's median, p90, min and max. */
function clickRow(label: string, values: number[]): string[] {
  return [
    label,
    String(round(median(values))),
    String(round(percentile(values, 90))),
    String(round(Math.min(...values))),
    String(round(Math.max(...values))),
  ];
}

/**
 * Item 3: what the reveal page `/s/ID#KEY` costs: the gzip bytes of JavaScript before the Reveal button is
 * interactive (libsodium apart), libsodium's loading and caching, and the median of 20 fresh-profile runs of
 * navigation → interactive Reveal and click → plaintext visible, for 1 KiB secrets made with packages/envelope.
 */
export async function benchPage(browser: Browser, base: string): Promise<Section> {
  const plaintext = randomText(PLAINTEXT_BYTES);
  const secrets = await inParallel(RUNS + 2, 4, () => createRealSecret(base, plaintext));
  const links = secrets.map(({ id, linkKey }) => `${base}/s/${id}#${linkKey}`);

  const weight = await weighPage(browser, plaintext, links.slice(0, 2));
  const scripts = weight.assets.filter((asset) => asset.type === 'script' || asset.path.endsWith('.js'));
  const ownBefore = scripts.filter((asset) => !LIBSODIUM.test(asset.path) && asset.beforeInteractive);
  const ownAfter = scripts.filter((asset) => !LIBSODIUM.test(asset.path) && !asset.beforeInteractive);
  const libsodium = scripts.filter((asset) => LIBSODIUM.test(asset.path));
  const ownGzip = ownBefore.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  const ownRaw = ownBefore.reduce((sum, asset) => sum + asset.rawBytes, 0);

  const { navigation, clicks } = await openAndReveal(browser, plaintext, links.slice(2));

  const budgets: Budget[] = [
    budget(
      'page.own-js',
      `own JavaScript before Reveal is interactive ≤ ${OWN_JS_BUDGET_BYTES / 1000} KB gzip`,
      `${round(ownGzip / 1000, 1)} KB (${ownGzip} bytes; KB = 1000 bytes)`,
      ownGzip <= OWN_JS_BUDGET_BYTES,
    ),
  ];
  if (libsodium.length === 0) {
    for (const id of ['parallel', 'hashed', 'immutable', 'cached']) {
      budgets.push(notMeasured(`page.libsodium-${id}`, `libsodium ${id}`, 'no libsodium chunk was loaded'));
    }
  } else {
    const transfer = weight.libsodiumSecondVisitTransferSizes;
    const immutable = (asset: Asset) =>
      /\bimmutable\b/.test(asset.cacheControl) &&
      Number(/max-age=(\d+)/.exec(asset.cacheControl)?.[1] ?? 0) >= ONE_YEAR_SECONDS;
    const list = (describe: (asset: Asset) => string) => libsodium.map(describe).join('; ');
    budgets.push(
      budget(
        'page.libsodium-parallel',
        'libsodium requested in parallel, before Reveal is interactive (not on click)',
        `${list((asset) => `requested at ${asset.startMs} ms, loaded at ${asset.endMs} ms`)}; Reveal interactive at ${weight.revealReadyMs} ms`,
        libsodium.every((asset) => asset.beforeInteractive),
      ),
      budget(
        'page.libsodium-hashed',
        'libsodium chunk has a content-hashed file name',
        list((asset) => asset.path),
        libsodium.every((asset) => HASHED_NAME.test(asset.path)),
      ),
      budget(
        'page.libsodium-immutable',
        'libsodium chunk served with Cache-Control immutable, max-age ≥ 1 year',
        list((asset) => asset.cacheControl || '(none)'),
        libsodium.every(immutable),
      ),
      budget(
        'page.libsodium-cached',
        'libsodium comes from the browser cache on a second visit',
        `transferSize ${JSON.stringify(transfer)}`,
        transfer.length > 0 && transfer.every((size) => size === 0),
      ),
    );
  }
  const clickPart = (part: keyof ClickTimes) => clicks.map((click) => click[part]);
  const clickFrame = clickPart('frameMs');
  const clickMedian = median(clickFrame);
  budgets.push(
    budget(
      'page.click-to-plaintext',
      `Reveal click → plaintext visible < ${CLICK_TO_PLAINTEXT_BUDGET_MS} ms (median of ${RUNS})`,
      `${round(clickMedian)} ms`,
      clickMedian < CLICK_TO_PLAINTEXT_BUDGET_MS,
    ),
  );

  const row = clickRow;
  return {
    id: 'page',
    title: PAGE_TITLE,
    status: 'ran',
    table: {
      head: ['measure', 'median', 'p90', 'min', 'max'],
      rows: [
        row('navigation → Reveal interactive, ms', navigation),
        row('Reveal click → plaintext in DOM, ms', clickPart('inDomMs')),
        row('Reveal click → plaintext frame, ms', clickFrame),
        row('  of which click → reveal request, ms', clickPart('beforeRequestMs')),
        row('  of which reveal request, ms', clickPart('requestMs')),
        row('  of which response → plaintext, ms', clickPart('afterResponseMs')),
      ],
    },
    budgets,
    notes: [
      `own JS before interactive: ${round(ownGzip / 1000, 1)} KB gzip (${round(ownRaw / 1000, 1)} KB raw) in ${ownBefore.map((asset) => `${asset.path} ${round(asset.gzipBytes / 1000, 1)} KB`).join(', ') || 'nothing'}`,
      `libsodium (counted apart): ${libsodium.map((asset) => `${asset.path} ${round(asset.gzipBytes / 1000, 1)} KB gzip (${round(asset.rawBytes / 1000, 1)} KB raw)`).join(', ') || 'not loaded'}`,
      ...(ownAfter.length > 0
        ? [
            `own JS loaded after interactive: ${ownAfter.map((asset) => `${asset.path} ${round(asset.gzipBytes / 1000, 1)} KB`).join(', ')}`,
          ]
        : []),
      'gzip: the fetched response bodies gzipped here at level 9; "before interactive" = requested before the Reveal button was in the page, visible and enabled.',
      `${RUNS} runs, each in a fresh browser profile (cold cache), each a fresh one-time 1 KiB text secret created through the API with a real envelope (packages/envelope in Node).`,
      `click ${READ_MS / 1000} s after the network and the main thread are idle (a person reads first; clicking at once measured the renderer's background work after load as well, which shared the two cores with wrangler dev); "plaintext frame" = the animation frame after the text is in the DOM and visible (the budgeted figure); times on the page clock.`,
    ],
    figures: {
      runs: RUNS,
      navigationToInteractiveMs: navigation.map((ms) => round(ms)),
      clicks: clicks.map((click) =>
        Object.fromEntries(Object.entries(click).map(([key, ms]) => [key, round(ms)])),
      ),
      medians: {
        navigationToInteractiveMs: round(median(navigation)),
        clickToPlaintextInDomMs: round(median(clickPart('inDomMs'))),
        clickToPlaintextFrameMs: round(clickMedian),
        clickToRevealRequestMs: round(median(clickPart('beforeRequestMs'))),
        revealRequestMs: round(median(clickPart('requestMs'))),
        responseToPlaintextMs: round(median(clickPart('afterResponseMs'))),
      },
      ownJsBeforeInteractive: { gzipBytes: ownGzip, rawBytes: ownRaw },
      weighedVisit: weight,
    },
  };
}
