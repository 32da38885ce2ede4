import { spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { onCleanup } from './cleanup.ts';
import type { CryptoTimes } from './crypto-rounds.ts';
import { childEnv, ROOT } from './paths.ts';
import { processesMatching, processTree, samplePeakRss } from './process-memory.ts';
import { measureR2Reference, type ReferenceFigures } from './r2-reference.ts';
import { launchRawChromium, type RawBrowser } from './raw-cdp.ts';
import { type Budget, budget, notMeasured, type Section } from './section.ts';
import { round } from './stats.ts';

/** The item's heading in the report. */
export const FILES_TITLE = '5. Files (share and download through the CLI and the browser, wrangler dev)';

/** The sizes compared: memory must not grow with the file. */
export const FILE_SIZES = [128 * 1024 * 1024, 1024 * 1024 * 1024] as const;
/** Each leg must reach at least this share of the raw encryption speed of item 1 (same runtime, wall clock). */
const MIN_SHARE_OF_RAW = 0.5;
/** Peak memory "independent of file size": at 8× the size, the peak may grow by at most this much. */
const MAX_PEAK_GROWTH_BYTES = 64 * 1024 * 1024;

/** One leg of one transfer: how long it took and the peaks of memory seen meanwhile. */
export interface Leg {
  seconds: number;
  mbPerSecond: number;
  /** The client's peak RSS: the CLI's process tree, or Chromium's renderer processes. */
  clientPeakBytes: number;
  /** workerd's peak RSS during the leg. */
  serverPeakBytes: number;
}

/** The four legs for one size. */
export interface SizeFigures {
  bytes: number;
  cliShare: Leg;
  cliGet: Leg;
  browserShare: Leg | null;
  browserGet: Leg | null;
}

/** A file of `bytes` pseudo-random bytes (a random MiB with a counter, written in pieces) and its SHA-256. */
export async function makeFile(path: string, bytes: number): Promise<string> {
  const block = randomFillSync(Buffer.alloc(1024 * 1024));
  const hash = createHash('sha256');
  const out = createWriteStream(path, { mode: 0o600 });
  for (let offset = 0, n = 0; offset < bytes; n++) {
    const piece = Buffer.from(block.subarray(0, Math.min(block.length, bytes - offset)));
    piece.writeUInt32BE(n, 0);
    hash.update(piece);
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    offset += piece.length;
  }
  out.end();
  await finished(out);
  return hash.digest('hex');
}

/** SHA-256 of a file, read as a stream. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
  return hash.digest('hex');
}

/** Runs the `hushlink` CLI and measures it: wall time, its process tree's peak RSS and workerd's. */
async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  bytes: number,
): Promise<{ stdout: string; leg: Leg }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'apps', 'cli', 'bin', 'hushlink.mjs'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const client = samplePeakRss(() => (child.pid === undefined ? [] : processTree(child.pid)));
  const server = samplePeakRss(() => processesMatching('workerd'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (piece: Buffer) => {
    stdout += piece.toString();
  });
  child.stderr.on('data', (piece: Buffer) => {
    stderr += piece.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  const clientPeakBytes = client.stop();
  const serverPeakBytes = server.stop();
  if (code !== 0) throw new Error(`hushlink ${args[0]} exited ${code}: ${stderr.trim().split('\n').pop()}`);
  return {
    stdout: stdout.trim(),
    leg: { seconds, mbPerSecond: round(bytes / 1e6 / seconds), clientPeakBytes, serverPeakBytes },
  };
}

/** Shares a file with the CLI and downloads it again; checks the bytes came back. */
export async function cliRoundTrip(
  serverUrl: string,
  path: string,
  bytes: number,
  sha256: string,
  folder: string,
): Promise<{ share: Leg; get: Leg }> {
  const env = {
    ...childEnv(),
    HOME: folder,
    XDG_CONFIG_HOME: join(folder, 'config'),
    HUSHLINK_SERVER: serverUrl,
  };
  const shared = await runCli(['share', path, '--server', serverUrl], env, bytes);
  const out = join(folder, 'downloaded.bin');
  const got = await runCli(['get', shared.stdout, '-o', out], env, bytes);
  const back = await sha256OfFile(out);
  rmSync(out, { force: true });
  if (back !== sha256) throw new Error('the CLI downloaded different bytes than it shared');
  return { share: shared.leg, get: got.leg };
}

/** A temporary folder for the item's files, deleted at cleanup. */
export function filesFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'hushlink-bench-files-'));
  onCleanup('the files folder', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The envelope's fastest wall-clock encrypt speed from item 1 (10^6 bytes per second), or undefined. */
export function rawEncryptMbPerSecond(times: CryptoTimes | Error, bytes: number): number | undefined {
  if (times instanceof Error) return undefined;
  const runs = times.envelope?.encrypt;
  if (!runs || runs.length === 0) return undefined;
  return bytes / 1e3 / Math.min(...runs.map((run) => run.wallMs));
}

const mib = (value: number) => `${round(value / 1024 / 1024)} MiB`;

/** The section: a row per size and leg, budgets on speed against item 1 and on memory growth. */
export function filesSection(
  figures: SizeFigures[],
  raw: { node: number | undefined; chromium: number | undefined },
  notes: string[],
  reference: ReferenceFigures[] | Error,
): Section {
  const rows: string[][] = [];
  const budgets: Budget[] = [];
  const legs = [
    ['CLI share', 'cliShare', raw.node],
    ['CLI get', 'cliGet', raw.node],
    ['browser share', 'browserShare', raw.chromium],
    ['browser get', 'browserGet', raw.chromium],
  ] as const;
  for (const size of figures) {
    for (const [label, key, reference] of legs) {
      const leg = size[key];
      if (!leg) continue;
      rows.push([
        `${mib(size.bytes)} ${label}`,
        `${round(leg.seconds)} s`,
        `${leg.mbPerSecond} MB/s`,
        reference === undefined ? '?' : `${Math.round((leg.mbPerSecond / reference) * 100)}%`,
        mib(leg.clientPeakBytes),
        mib(leg.serverPeakBytes),
      ]);
    }
  }
  if (reference instanceof Error) {
    notes.push(`reference: not measured (${reference.message})`);
  } else {
    for (const size of reference) {
      for (const [label, leg, rawSpeed] of [
        ['upload', size.upload, raw.node],
        ['download', size.download, raw.node],
        ['upload from the page', size.browserUpload, raw.chromium],
        ['download to the page', size.browserDownload, raw.chromium],
      ] as const) {
        if (!leg) continue;
        rows.push([
          `${mib(size.bytes)} reference: bare R2 ${label}`,
          `${round(leg.seconds)} s`,
          `${leg.mbPerSecond} MB/s`,
          rawSpeed === undefined ? '?' : `${Math.round((leg.mbPerSecond / rawSpeed) * 100)}%`,
          '-',
          mib(leg.serverPeakBytes),
        ]);
      }
    }
    notes.push(referenceNote(figures.at(-1), reference.at(-1), raw));
  }
  const largest = figures.at(-1);
  const smallest = figures[0];
  for (const [label, key, reference] of legs) {
    const text = `${label}: ≥ ${MIN_SHARE_OF_RAW * 100}% of raw envelope encryption speed`;
    const leg = largest?.[key];
    if (!leg || reference === undefined) {
      budgets.push(notMeasured(`files.${key}.speed`, text, leg ? 'no raw figure from item 1' : 'not run'));
    } else {
      const share = leg.mbPerSecond / reference;
      budgets.push(
        budget(
          `files.${key}.speed`,
          text,
          `${Math.round(share * 100)}% (${leg.mbPerSecond} of ${round(reference)} MB/s)`,
          share >= MIN_SHARE_OF_RAW,
        ),
      );
    }
    const small = smallest?.[key];
    const memoryText = `${label}: peak memory independent of size (client and workerd grow < ${mib(MAX_PEAK_GROWTH_BYTES)} from ${mib(FILE_SIZES[0])} to ${mib(FILE_SIZES[1])})`;
    if (!leg || !small || figures.length < 2) {
      budgets.push(notMeasured(`files.${key}.memory`, memoryText, 'not run at both sizes'));
    } else {
      const client = leg.clientPeakBytes - small.clientPeakBytes;
      const server = leg.serverPeakBytes - small.serverPeakBytes;
      budgets.push(
        budget(
          `files.${key}.memory`,
          memoryText,
          `client ${mib(small.clientPeakBytes)} → ${mib(leg.clientPeakBytes)}, workerd ${mib(small.serverPeakBytes)} → ${mib(leg.serverPeakBytes)}`,
          client < MAX_PEAK_GROWTH_BYTES && server < MAX_PEAK_GROWTH_BYTES,
        ),
      );
    }
  }
  return {
    id: 'files',
    title: FILES_TITLE,
    status: 'ran',
    table: { head: ['transfer', 'time', 'speed', 'of raw', 'client peak', 'workerd peak'], rows },
    budgets,
    notes,
    figures,
  };
}

/**
 * What the reference says of the largest size: the bare Worker's speed against the budget's floor (half of raw
 * Node encryption), and each CLI leg against the bare transfer in the same direction.
 */
function referenceNote(
  ours: SizeFigures | undefined,
  bare: ReferenceFigures | undefined,
  raw: { node: number | undefined; chromium: number | undefined },
): string {
  if (!bare) return 'reference: no size measured';
  const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
  const asks = (speed: number | undefined) =>
    speed === undefined ? '' : ` (the budget asks ${round(speed * MIN_SHARE_OF_RAW)} MB/s)`;
  const lines = [
    `reference (bench/r2-reference/, run after the legs in its own wrangler dev; parts of 8 MiB, 3 in flight): the least a Worker does to move ${mib(bare.bytes)} through R2 here, with nothing encrypted or checked.`,
    `From Node (node:http): ${bare.upload.mbPerSecond} MB/s up and ${bare.download.mbPerSecond} MB/s down${asks(raw.node)}.`,
  ];
  if (bare.browserUpload && bare.browserDownload) {
    lines.push(
      `From a page (fetch): ${bare.browserUpload.mbPerSecond} MB/s up and ${bare.browserDownload.mbPerSecond} MB/s down${asks(raw.chromium)}.`,
    );
  }
  if (ours) {
    lines.push(
      `CLI share reached ${percent(ours.cliShare.mbPerSecond, bare.upload.mbPerSecond)} of the bare upload, CLI get ${percent(ours.cliGet.mbPerSecond, bare.download.mbPerSecond)} of the bare download` +
        (ours.browserShare && ours.browserGet && bare.browserUpload && bare.browserDownload
          ? `; browser share ${percent(ours.browserShare.mbPerSecond, bare.browserUpload.mbPerSecond)} of the page's bare upload, browser get ${percent(ours.browserGet.mbPerSecond, bare.browserDownload.mbPerSecond)} of its bare download.`
          : '.'),
    );
  }
  return lines.join(' ');
}

/** The renderer processes (the tabs) of the Chromium `pid`, whose summed RSS is the browser leg's client memory. */
function renderersOf(pid: number): () => number[] {
  return () => {
    const tree = new Set(processTree(pid));
    return processesMatching('--type=renderer').filter((renderer) => tree.has(renderer));
  };
}

/** An expression for the first `tag` element whose text is `text`. */
const withText = (tag: string, text: string) =>
  `[...document.querySelectorAll(${JSON.stringify(tag)})].find((e) => e.textContent.trim() === ${JSON.stringify(text)})`;

/** The save picker answers a file in the origin private file system, as in test/e2e/files.test.ts. */
const SAVE_INTO_OPFS = `window.showSaveFilePicker = async (options) =>
  (await navigator.storage.getDirectory()).getFileHandle(options?.suggestedName ?? 'x', { create: true });`;

/**
 * Shares the file through the create page and saves it again through the reveal page's File System Access path,
 * in a Chromium driven over raw DevTools (`raw-cdp.ts`: Playwright's network recording would copy every upload
 * part). The saved size is checked, and the file deleted; the bytes are authenticated by the envelope before the
 * page reports the file saved.
 */
export async function browserRoundTrip(
  browser: RawBrowser,
  serverUrl: string,
  path: string,
  name: string,
  bytes: number,
): Promise<{ share: Leg; get: Leg }> {
  const page = await browser.newPage();
  const renderers = renderersOf(browser.pid);
  try {
    await page.addInitScript(SAVE_INTO_OPFS);
    await page.goto(`${serverUrl}/`);
    await page.waitFor(withText('h1', 'Share a secret'), 60_000);
    await page.setInputFile('#files', path);
    let client = samplePeakRss(renderers);
    let server = samplePeakRss(() => processesMatching('workerd'));
    let started = performance.now();
    await page.evaluate(`${withText('button', 'Create link')}.click()`);
    await page.waitFor(withText('h1', 'Your link is ready'), 900_000);
    const share = legOf(started, bytes, client.stop(), server.stop());
    const link = await page.evaluate<string>(
      `[...document.querySelectorAll('input')].find((input) => input.value.includes('/s/'))?.value ?? ''`,
    );
    if (!link) throw new Error('the create page showed no link');

    await page.goto(link);
    await page.waitFor(withText('button', 'Reveal'), 60_000);
    client = samplePeakRss(renderers);
    server = samplePeakRss(() => processesMatching('workerd'));
    started = performance.now();
    await page.evaluate(`${withText('button', 'Reveal')}.click()`);
    const save = `document.querySelector(${JSON.stringify(`button[aria-label="Save ${name}"]`)})`;
    await page.waitFor(save, 60_000);
    await page.evaluate(`${save}.click()`);
    await page.waitFor(
      `document.body.textContent.includes('Saved: decrypted and checked in full.')`,
      900_000,
    );
    const get = legOf(started, bytes, client.stop(), server.stop());
    const saved = await page.evaluate<number>(`(async () => {
      const folder = await navigator.storage.getDirectory();
      const size = (await (await folder.getFileHandle(${JSON.stringify(name)})).getFile()).size;
      await folder.removeEntry(${JSON.stringify(name)});
      return size;
    })()`);
    if (saved !== bytes) throw new Error(`the browser saved ${saved} bytes of ${bytes}`);
    return { share, get };
  } finally {
    await page.close();
  }
}

function legOf(started: number, bytes: number, clientPeakBytes: number, serverPeakBytes: number): Leg {
  const seconds = (performance.now() - started) / 1000;
  return { seconds, mbPerSecond: round(bytes / 1e6 / seconds), clientPeakBytes, serverPeakBytes };
}

/**
 * Item 5: for each size, a file made on disk, shared and fetched by the CLI and by the browser against the same
 * `wrangler dev`. A leg that fails is noted and the others still run.
 */
export async function benchFiles(
  serverUrl: string,
  raw: { node: number | undefined; chromium: number | undefined },
  sizes: readonly number[] = FILE_SIZES,
): Promise<Section> {
  const folder = filesFolder();
  const notes: string[] = [];
  const figures: SizeFigures[] = [];
  let browser: RawBrowser | Error;
  try {
    browser = await launchRawChromium();
  } catch (error) {
    browser = error instanceof Error ? error : new Error(String(error));
  }
  for (const bytes of sizes) {
    const name = `bench-${bytes}.bin`;
    const path = join(folder, name);
    const sha256 = await makeFile(path, bytes);
    const cli = await cliRoundTrip(serverUrl, path, bytes, sha256, folder);
    let web: { share: Leg; get: Leg } | null = null;
    if (browser instanceof Error) {
      notes.push(`browser legs not run: ${browser.message}`);
    } else {
      try {
        web = await browserRoundTrip(browser, serverUrl, path, name, bytes);
      } catch (error) {
        notes.push(`browser legs at ${mib(bytes)} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    rmSync(path, { force: true });
    figures.push({
      bytes,
      cliShare: cli.share,
      cliGet: cli.get,
      browserShare: web?.share ?? null,
      browserGet: web?.get ?? null,
    });
  }
  notes.push(
    'client peak: the CLI process tree, or the sum of Chromium renderer processes; workerd peak: all workerd processes (the reference: its own)',
    'speed: wall clock from the command (or the click) to the link (or the saved file), against item 1 envelope encryption (wall clock, same runtime)',
  );
  let reference: ReferenceFigures[] | Error;
  try {
    reference = await measureR2Reference(sizes, browser instanceof Error ? undefined : browser);
  } catch (error) {
    reference = error instanceof Error ? error : new Error(String(error));
  }
  if (!(browser instanceof Error)) await browser.close();
  return filesSection(figures, raw, notes, reference);
}
