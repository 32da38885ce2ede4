import { spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { type BrowserLegs, browserRoundTrip, type Leg, type ServerProcesses } from './browser-files.ts';
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

/**
 * The sizes compared: memory must not grow with the file. `BENCH_FILE_SIZES_MIB=16,64` runs smaller ones while
 * developing (the budgets are for 128 MiB and 1 GiB).
 */
export const FILE_SIZES: readonly number[] = (process.env.BENCH_FILE_SIZES_MIB ?? '128,1024')
  .split(',')
  .map((size) => Number(size) * 1024 * 1024);
/** Each leg must reach at least this share of the raw encryption speed of item 1 (same runtime, wall clock). */
const MIN_SHARE_OF_RAW = 0.5;
/** Issue 20: the browser legs reach at least this share of the page's bare transfer on the same server. */
export const MIN_SHARE_OF_BARE = 0.9;
/** Issue 20: the page's main thread never runs a task longer than this during a transfer. */
export const MAX_LONG_TASK_MS = 50;
/** Peak memory "independent of file size": at 8× the size, the peak may grow by at most this much. */
const MAX_PEAK_GROWTH_BYTES = 64 * 1024 * 1024;

/** The legs for one size. */
export interface SizeFigures {
  bytes: number;
  cliShare: Leg;
  cliGet: Leg;
  browserShare: Leg | null;
  browserGet: Leg | null;
  /** The reveal page's OPFS save path (no `showSaveFilePicker`). */
  browserGetOpfs: Leg | null;
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
  serverProcesses: ServerProcesses,
): Promise<{ stdout: string; leg: Leg }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'apps', 'cli', 'bin', 'hushlink.mjs'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const client = samplePeakRss(() => (child.pid === undefined ? [] : processTree(child.pid)));
  const server = samplePeakRss(serverProcesses);
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
  serverProcesses: ServerProcesses = () => processesMatching('workerd'),
): Promise<{ share: Leg; get: Leg }> {
  const env = {
    ...childEnv(),
    HOME: folder,
    XDG_CONFIG_HOME: join(folder, 'config'),
    HUSHLINK_SERVER: serverUrl,
  };
  const shared = await runCli(['share', path, '--server', serverUrl], env, bytes, serverProcesses);
  const out = join(folder, 'downloaded.bin');
  const got = await runCli(['get', shared.stdout, '-o', out], env, bytes, serverProcesses);
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

export const mib = (value: number) => `${round(value / 1024 / 1024)} MiB`;

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
    ['browser get (OPFS)', 'browserGetOpfs', raw.chromium],
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
        leg.longTasks ? `${leg.longTasks.count}, max ${leg.longTasks.maxMs} ms` : '-',
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
          '-',
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
    const memoryText = `${label}: peak memory independent of size (client and workerd grow < ${mib(MAX_PEAK_GROWTH_BYTES)} from ${mib(FILE_SIZES[0] ?? 0)} to ${mib(FILE_SIZES.at(-1) ?? 0)})`;
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
  budgets.push(...pageBudgets(largest, reference instanceof Error ? undefined : reference.at(-1)));
  return {
    id: 'files',
    title: FILES_TITLE,
    status: 'ran',
    table: {
      head: ['transfer', 'time', 'speed', 'of raw', 'client peak', 'server peak', 'long tasks'],
      rows,
    },
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
    let web: BrowserLegs | null = null;
    if (browser instanceof Error) {
      notes.push(`browser legs not run: ${browser.message}`);
    } else {
      try {
        web = await browserRoundTrip(browser, serverUrl, path, name, bytes, () =>
          processesMatching('workerd'),
        );
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
      browserGetOpfs: web?.getOpfs ?? null,
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

/** Issue 20's budgets on wrangler dev: the browser legs at ≥ 90% of the page's bare transfer, no task > 50 ms. */
function pageBudgets(largest: SizeFigures | undefined, bare: ReferenceFigures | undefined): Budget[] {
  const budgets: Budget[] = [];
  for (const [label, key, bareLeg] of [
    ['browser share', 'browserShare', bare?.browserUpload],
    ['browser get', 'browserGet', bare?.browserDownload],
  ] as const) {
    const leg = largest?.[key];
    const text = `${label} (wrangler dev): ≥ ${MIN_SHARE_OF_BARE * 100}% of the page's bare transfer`;
    if (!leg || !bareLeg) budgets.push(notMeasured(`files.${key}.bare`, text, 'not run'));
    else {
      const share = leg.mbPerSecond / bareLeg.mbPerSecond;
      budgets.push(
        budget(
          `files.${key}.bare`,
          text,
          `${Math.round(share * 100)}% (${leg.mbPerSecond} of ${bareLeg.mbPerSecond} MB/s)`,
          share >= MIN_SHARE_OF_BARE,
        ),
      );
    }
  }
  budgets.push(...longTaskBudgets('wrangler dev', largest));
  return budgets;
}

/** No main-thread task over `MAX_LONG_TASK_MS` during the largest size's browser share and get. */
export function longTaskBudgets(where: string, largest: SizeFigures | undefined): Budget[] {
  return (['browserShare', 'browserGet', 'browserGetOpfs'] as const).map((key) => {
    const leg = largest?.[key];
    const text = `${key} (${where}, ${largest ? mib(largest.bytes) : '?'}): no main-thread task > ${MAX_LONG_TASK_MS} ms`;
    if (!leg?.longTasks) return notMeasured(`files.${key}.longTasks.${where}`, text, 'not run');
    return budget(
      `files.${key}.longTasks.${where}`,
      text,
      `${leg.longTasks.count} long tasks, longest ${leg.longTasks.maxMs} ms`,
      leg.longTasks.maxMs <= MAX_LONG_TASK_MS,
    );
  });
}
