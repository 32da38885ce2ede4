// `npm run bench`: measures Hushlink's crypto, server, reveal page and passphrase costs in one run, prints a
// table with each budget's verdict and writes bench/results.json. Budgets are reported, not asserted: the exit
// code is 0 whenever every item ran, and 1 only when the harness itself failed. Whatever happens, wrangler dev,
// the Node server and Chromium are stopped before it exits.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { argon2Section, measureArgon2Browser, measureArgon2Node } from './argon2.ts';
import { openHarnessPage } from './browser-harness.ts';
import { launchChromium } from './chromium.ts';
import { cleanUp, cleanUpOnSignals, isStopping, onCleanup } from './cleanup.ts';
import { cryptoSection } from './crypto.ts';
import { measureCryptoBrowser } from './crypto-browser.ts';
import { measureCryptoNode } from './crypto-node.ts';
import type { CryptoTimes } from './crypto-rounds.ts';
import { benchFiles, FILES_TITLE, rawEncryptMbPerSecond } from './files.ts';
import { benchFilesOnNode, withNodeLegs } from './files-node.ts';
import { benchLookup, LOOKUP_TITLE } from './lookup.ts';
import { describeMachine, finishMachine } from './machine.ts';
import { benchNodeServer, NODE_SERVER_TITLE, startNodeBenchServer } from './node-server.ts';
import { benchPage, measureNodeServerClicks, PAGE_TITLE, withNodeServerClicks } from './page.ts';
import { ROOT } from './paths.ts';
import { renderReport, writeResults } from './report.ts';
import { errorSection, type Section } from './section.ts';
import { benchServer, SERVER_TITLE } from './server.ts';
import type { Timing } from './timing.ts';
import { ensureWebBuild } from './web-build.ts';
import { type DevServer, startDevServer } from './wrangler-dev.ts';

const CRYPTO_BYTES = 64 * 1024 * 1024;
const CRYPTO_ROUNDS = 7;
const ARGON2_RUNS = 5;
const ITEMS = ['crypto', 'server', 'page', 'argon2', 'files', 'lookup', 'node-server'] as const;
/** `BENCH_ONLY=page,node-server` runs just those items (by id); such a partial run writes its own results file. */
const ONLY = parseOnly(process.env.BENCH_ONLY);
const RESULTS = join(ROOT, 'bench', ONLY === null ? 'results.json' : join('results', 'partial.json'));

function parseOnly(value: string | undefined): Set<string> | null {
  if (value === undefined || value.trim() === '') return null;
  const ids = value.split(',').map((id) => id.trim());
  const unknown = ids.filter((id) => !(ITEMS as readonly string[]).includes(id));
  if (unknown.length > 0) {
    throw new Error(`BENCH_ONLY: unknown item ${unknown.join(', ')}; the items are ${ITEMS.join(', ')}`);
  }
  return new Set(ids);
}

function wanted(id: (typeof ITEMS)[number]): boolean {
  return ONLY === null || ONLY.has(id);
}

/** The section of an item left out of this run. */
function skipped(id: string, title: string, reason: string): Section {
  return { ...errorSection(id, title, new Error(`skipped (${reason})`)), status: 'unavailable' };
}

const started = performance.now();
/** What the run did and when (seconds since it started), on stderr as it goes and in results.json. */
const timeline: { step: string; atSeconds: number }[] = [];

function step(message: string): void {
  if (isStopping()) return;
  const atSeconds = Math.round((performance.now() - started) / 100) / 10;
  timeline.push({ step: message, atSeconds });
  console.error(`bench: [${atSeconds.toFixed(1)} s] ${message}`);
}

/** Runs `task`; an error is returned rather than thrown, so one item failing never stops the others. */
async function attempt<T>(task: () => Promise<T>): Promise<T | Error> {
  try {
    return await task();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Runs an item; if its harness throws, the item reports the error and the run goes on. */
async function guarded(id: string, title: string, run: () => Promise<Section>): Promise<Section> {
  const result = await attempt(run);
  return result instanceof Error ? errorSection(id, title, result) : result;
}

async function main(): Promise<number> {
  cleanUpOnSignals();
  const machine = describeMachine();

  // First, so that a fresh client is what wrangler dev serves; the build's CPU use is over before any timing.
  step('checking the web client build');
  const web = ensureWebBuild();

  const notRun = new Error('skipped (BENCH_ONLY)');
  // Files compare against item 1's raw speeds, so they need the crypto item.
  const crypto = wanted('crypto') || wanted('files');
  if (crypto) step('crypto throughput in Node');
  const cryptoNode = crypto ? await attempt(() => measureCryptoNode(CRYPTO_BYTES, CRYPTO_ROUNDS)) : notRun;
  if (wanted('argon2')) step('Argon2id in Node');
  const argon2Node = wanted('argon2') ? await attempt(() => measureArgon2Node(ARGON2_RUNS)) : notRun;

  const needsBrowser = crypto || wanted('argon2') || wanted('page') || wanted('files');
  if (needsBrowser) step('starting Chromium');
  const browser: Browser | Error = needsBrowser ? await attempt(launchChromium) : notRun;
  if (!(browser instanceof Error)) machine.chromium = browser.version();

  let cryptoBrowser: CryptoTimes | Error;
  let argon2Browser: Timing[] | Error;
  const harness =
    browser instanceof Error || !(crypto || wanted('argon2'))
      ? notRun
      : await attempt(() => openHarnessPage(browser));
  if (harness instanceof Error) {
    cryptoBrowser = harness;
    argon2Browser = harness;
  } else {
    if (crypto) step('crypto throughput in Chromium');
    cryptoBrowser = crypto
      ? await attempt(() => measureCryptoBrowser(harness, CRYPTO_BYTES, CRYPTO_ROUNDS))
      : notRun;
    if (wanted('argon2')) step('Argon2id in Chromium');
    argon2Browser = wanted('argon2')
      ? await attempt(() => measureArgon2Browser(harness, ARGON2_RUNS))
      : notRun;
    await attempt(() => harness.context().close());
  }

  const needsWrangler = (['server', 'page', 'files', 'lookup'] as const).some(wanted);
  if (needsWrangler) step('starting wrangler dev');
  // wrangler refuses to start when the assets folder is missing; without a built client it serves an empty one.
  let assets: string | undefined;
  if (needsWrangler && !existsSync(join(ROOT, 'apps', 'web', 'dist'))) {
    const empty = mkdtempSync(join(tmpdir(), 'hushlink-bench-assets-'));
    onCleanup('the empty assets folder', () => rmSync(empty, { recursive: true, force: true }));
    assets = empty;
  }
  const server: DevServer | Error = needsWrangler ? await attempt(() => startDevServer(assets)) : notRun;

  let page: Section;
  if (!wanted('page')) {
    page = skipped('page', PAGE_TITLE, 'BENCH_ONLY');
  } else if (!web.ready) {
    page = {
      id: 'page',
      title: PAGE_TITLE,
      status: 'unavailable',
      budgets: [],
      notes: [web.reason],
      figures: null,
    };
  } else if (browser instanceof Error || server instanceof Error) {
    page = errorSection('page', PAGE_TITLE, browser instanceof Error ? browser : server);
  } else {
    step('reveal page in Chromium');
    page = await guarded('page', PAGE_TITLE, () => benchPage(browser, server.url));
  }
  let lookup: Section;
  let throughput: Section;
  let files: Section;
  if (!needsWrangler) {
    files = skipped('files', FILES_TITLE, 'BENCH_ONLY');
    lookup = skipped('lookup', LOOKUP_TITLE, 'BENCH_ONLY');
    throughput = skipped('server', SERVER_TITLE, 'BENCH_ONLY');
  } else if (server instanceof Error) {
    files = errorSection('files', FILES_TITLE, server);
    lookup = errorSection('lookup', LOOKUP_TITLE, server);
    throughput = errorSection('server', SERVER_TITLE, server);
  } else {
    if (wanted('lookup')) step('lookup parity');
    lookup = wanted('lookup')
      ? await guarded('lookup', LOOKUP_TITLE, () => benchLookup(server.url))
      : skipped('lookup', LOOKUP_TITLE, 'BENCH_ONLY');
    if (wanted('server')) step('server throughput (about a minute)');
    throughput = wanted('server')
      ? await guarded('server', SERVER_TITLE, () => benchServer(server.url))
      : skipped('server', SERVER_TITLE, 'BENCH_ONLY');
    if (!wanted('files')) {
      files = skipped('files', FILES_TITLE, 'BENCH_ONLY');
    } else if (process.env.BENCH_SKIP_FILES === '1') {
      files = {
        ...errorSection('files', FILES_TITLE, new Error('skipped (BENCH_SKIP_FILES=1)')),
        status: 'unavailable',
      };
    } else {
      step('files through the CLI and the browser (a few minutes)');
      const raw = {
        node: rawEncryptMbPerSecond(cryptoNode, CRYPTO_BYTES),
        chromium: rawEncryptMbPerSecond(cryptoBrowser, CRYPTO_BYTES),
      };
      files = await guarded('files', FILES_TITLE, () => benchFiles(server.url, raw));
    }
    // Before the Node server starts, so that the two servers do not share the cores.
    step('stopping wrangler dev');
    await attempt(() => server.stop());
    if (files.status === 'ran' && web.ready) {
      step('files on the Node server: the CLI, the browser and the page bare (a few minutes)');
      const node = await attempt(startNodeBenchServer);
      const legs =
        node instanceof Error ? node : await attempt(() => benchFilesOnNode(node.url, files.notes));
      if (!(node instanceof Error)) await attempt(() => node.stop());
      files = withNodeLegs(files, legs);
    }
  }

  let nodeServer: Section = skipped('node-server', NODE_SERVER_TITLE, 'BENCH_ONLY');
  // Item 3 also reveals on the Node server; item 7 measures its throughput.
  const pageOnNode = wanted('page') && page.status === 'ran' && !(browser instanceof Error);
  if (!wanted('node-server') && !pageOnNode) {
    // Nothing needs the Node server.
  } else if (!web.ready) {
    // The Node server serves the built client and refuses to start without it.
    nodeServer = {
      id: 'node-server',
      title: NODE_SERVER_TITLE,
      status: 'unavailable',
      budgets: [],
      notes: [`the Node server needs the built client: ${web.reason}`],
      figures: null,
    };
  } else {
    step('starting the Node server');
    const node = await attempt(startNodeBenchServer);
    if (pageOnNode && !(browser instanceof Error)) {
      step('reveal page on the Node server');
      const clicks =
        node instanceof Error ? node : await attempt(() => measureNodeServerClicks(browser, node.url));
      page = withNodeServerClicks(page, clicks);
    }
    if (!wanted('node-server')) {
      if (!(node instanceof Error)) await attempt(() => node.stop());
    } else if (node instanceof Error) {
      nodeServer = errorSection('node-server', NODE_SERVER_TITLE, node);
    } else {
      step('Node server throughput (about a minute)');
      nodeServer = await guarded('node-server', NODE_SERVER_TITLE, () =>
        benchNodeServer(node.url, node.stop),
      );
    }
  }

  step('stopping the servers and Chromium');
  await cleanUp();
  step('done');
  finishMachine(machine);
  const cryptoResult = cryptoSection(CRYPTO_BYTES, CRYPTO_ROUNDS, {
    node: cryptoNode,
    chromium: cryptoBrowser,
  });
  const argon2Result = argon2Section({ node: argon2Node, chromium: argon2Browser });
  const sections = [
    wanted('crypto') ? cryptoResult : skipped(cryptoResult.id, cryptoResult.title, 'BENCH_ONLY'),
    throughput,
    page,
    wanted('argon2') ? argon2Result : skipped(argon2Result.id, argon2Result.title, 'BENCH_ONLY'),
    files,
    lookup,
    nodeServer,
  ];
  writeResults(RESULTS, machine, sections, timeline);
  process.stdout.write(renderReport(machine, sections));
  step(`wrote ${RESULTS}`);
  return sections.some((section) => section.status === 'error') ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error('bench: crashed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
