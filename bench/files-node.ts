import { join } from 'node:path';
import {
  type BareLegs,
  type BrowserLegs,
  browserRoundTrip,
  type Leg,
  pageBareTransfer,
} from './browser-files.ts';
import {
  cliRoundTrip,
  FILE_SIZES,
  filesFolder,
  longTaskBudgets,
  MIN_SHARE_OF_BARE,
  makeFile,
  mib,
  type SizeFigures,
} from './files.ts';
import { processesMatching } from './process-memory.ts';
import { launchRawChromium } from './raw-cdp.ts';
import { type Budget, budget, notMeasured, type Section } from './section.ts';
import { round } from './stats.ts';

/** Issue 20: the browser legs reach at least this share of the CLI's speed for the same leg on the same server. */
const MIN_SHARE_OF_CLI = 0.8;
/** Issue 20: the page's peak memory may grow by at most this share from the smallest to the largest size. */
const MAX_PAGE_MEMORY_GROWTH = 0.1;

/** The Node server's legs for one size: the CLI, the browser, and the page's bare transfer. */
export interface NodeSizeFigures extends SizeFigures {
  bare: BareLegs | null;
}

/** The Node server's process (Node with tsx's loader). */
const nodeServerProcesses = () => processesMatching('src/node-server.ts');

/**
 * Item 5 on the Node server (issue 20): for each size, the CLI's share and get, the browser's share, get (File
 * System Access) and get (OPFS), and the page's bare transfer through the same API with nothing encrypted, so that
 * the browser is compared with the CLI and with the wire in one run. A leg that fails is noted and the rest run.
 */
export async function benchFilesOnNode(
  serverUrl: string,
  notes: string[],
  sizes: readonly number[] = FILE_SIZES,
): Promise<NodeSizeFigures[]> {
  const folder = filesFolder();
  const browser = await launchRawChromium();
  const figures: NodeSizeFigures[] = [];
  try {
    for (const bytes of sizes) {
      const name = `bench-node-${bytes}.bin`;
      const path = join(folder, name);
      const sha256 = await makeFile(path, bytes);
      const cli = await cliRoundTrip(serverUrl, path, bytes, sha256, folder, nodeServerProcesses);
      let web: BrowserLegs | null = null;
      let bare: BareLegs | null = null;
      try {
        web = await browserRoundTrip(browser, serverUrl, path, name, bytes, nodeServerProcesses);
      } catch (error) {
        notes.push(`Node server: browser legs at ${mib(bytes)} failed: ${String(error)}`);
      }
      try {
        bare = await pageBareTransfer(browser, serverUrl, bytes, nodeServerProcesses);
      } catch (error) {
        notes.push(`Node server: the page's bare transfer at ${mib(bytes)} failed: ${String(error)}`);
      }
      figures.push({
        bytes,
        cliShare: cli.share,
        cliGet: cli.get,
        browserShare: web?.share ?? null,
        browserGet: web?.get ?? null,
        browserGetOpfs: web?.getOpfs ?? null,
        bare,
      });
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** Adds the Node server's rows, notes and budgets to item 5's section. */
export function withNodeLegs(section: Section, figures: NodeSizeFigures[] | Error): Section {
  if (figures instanceof Error) {
    return { ...section, notes: [...section.notes, `Node server legs not run: ${figures.message}`] };
  }
  const rows: string[][] = [];
  for (const size of figures) {
    const legs: [string, Leg | null | undefined][] = [
      ['CLI share', size.cliShare],
      ['CLI get', size.cliGet],
      ['browser share', size.browserShare],
      ['browser get', size.browserGet],
      ['browser get (OPFS)', size.browserGetOpfs],
      ['page bare upload', size.bare?.upload],
      ['page bare download', size.bare?.download],
    ];
    for (const [label, leg] of legs) {
      if (!leg) continue;
      rows.push([
        `Node server: ${mib(size.bytes)} ${label}`,
        `${round(leg.seconds)} s`,
        `${leg.mbPerSecond} MB/s`,
        '-',
        mib(leg.clientPeakBytes),
        mib(leg.serverPeakBytes),
        leg.longTasks ? `${leg.longTasks.count}, max ${leg.longTasks.maxMs} ms` : '-',
      ]);
    }
  }
  const table = section.table ?? { head: [], rows: [] };
  return {
    ...section,
    table: { ...table, rows: [...table.rows, ...rows] },
    budgets: [...section.budgets, ...nodeBudgets(figures)],
    figures: { wrangler: section.figures, node: figures },
  };
}

function ratioBudget(
  id: string,
  text: string,
  leg: Leg | null | undefined,
  base: Leg | null | undefined,
  floor: number,
): Budget {
  if (!leg || !base) return notMeasured(id, text, 'not run');
  const share = leg.mbPerSecond / base.mbPerSecond;
  return budget(
    id,
    text,
    `${Math.round(share * 100)}% (${leg.mbPerSecond} of ${base.mbPerSecond} MB/s)`,
    share >= floor,
  );
}

/** Issue 20's budgets on the Node server, at the largest size. */
function nodeBudgets(figures: NodeSizeFigures[]): Budget[] {
  const largest = figures.at(-1);
  const smallest = figures[0];
  const size = largest ? mib(largest.bytes) : '?';
  const budgets = [
    ratioBudget(
      'files.node.browserShare.cli',
      `browser share (Node server, ${size}): ≥ ${MIN_SHARE_OF_CLI * 100}% of the CLI's`,
      largest?.browserShare,
      largest?.cliShare,
      MIN_SHARE_OF_CLI,
    ),
    ratioBudget(
      'files.node.browserGet.cli',
      `browser get (Node server, ${size}): ≥ ${MIN_SHARE_OF_CLI * 100}% of the CLI's`,
      largest?.browserGet,
      largest?.cliGet,
      MIN_SHARE_OF_CLI,
    ),
    ratioBudget(
      'files.node.browserShare.bare',
      `browser share (Node server, ${size}): ≥ ${MIN_SHARE_OF_BARE * 100}% of the page's bare upload`,
      largest?.browserShare,
      largest?.bare?.upload,
      MIN_SHARE_OF_BARE,
    ),
    ratioBudget(
      'files.node.browserGet.bare',
      `browser get (Node server, ${size}): ≥ ${MIN_SHARE_OF_BARE * 100}% of the page's bare download`,
      largest?.browserGet,
      largest?.bare?.download,
      MIN_SHARE_OF_BARE,
    ),
    ...longTaskBudgets('Node server', largest),
  ];
  for (const key of ['browserGet', 'browserGetOpfs'] as const) {
    const small = smallest?.[key];
    const large = largest?.[key];
    const text = `${key} (Node server): page memory flat from ${smallest ? mib(smallest.bytes) : '?'} to ${size} (within ${MAX_PAGE_MEMORY_GROWTH * 100}%)`;
    if (!small || !large || figures.length < 2)
      budgets.push(notMeasured(`files.node.${key}.memory`, text, 'not run at both sizes'));
    else {
      const growth = large.clientPeakBytes / small.clientPeakBytes - 1;
      budgets.push(
        budget(
          `files.node.${key}.memory`,
          text,
          `${mib(small.clientPeakBytes)} → ${mib(large.clientPeakBytes)} (${Math.round(growth * 100)}%)`,
          growth <= MAX_PAGE_MEMORY_GROWTH,
        ),
      );
    }
  }
  return budgets;
}
