import { processesMatching, processTree, samplePeakRss } from './process-memory.ts';
import type { RawBrowser, RawPage } from './raw-cdp.ts';
import { round } from './stats.ts';

/** The page's main-thread tasks longer than 50 ms during a leg (PerformanceObserver `longtask`). */
export interface LongTasks {
  count: number;
  maxMs: number;
}

/** One leg of one transfer: how long it took and the peaks of memory seen meanwhile. */
export interface Leg {
  seconds: number;
  mbPerSecond: number;
  /** The client's peak RSS: the CLI's process tree, or Chromium's renderer processes (page and workers). */
  clientPeakBytes: number;
  /** The server's peak RSS during the leg (workerd, or the Node server). */
  serverPeakBytes: number;
  /** Browser legs only. */
  longTasks?: LongTasks;
}

/** The browser's legs for one size: share, get through the File System Access path, get through OPFS. */
export interface BrowserLegs {
  share: Leg;
  get: Leg;
  getOpfs: Leg | null;
}

/** The page's bare transfer of the same size through the same API and server: random bytes, nothing encrypted. */
export interface BareLegs {
  upload: Leg;
  download: Leg;
}

/** Which processes are the server, for its peak memory. */
export type ServerProcesses = () => number[];

/** An expression for the first `tag` element whose text is `text`. */
const withText = (tag: string, text: string) =>
  `[...document.querySelectorAll(${JSON.stringify(tag)})].find((e) => e.textContent.trim() === ${JSON.stringify(text)})`;

/** The save picker answers a file in the origin private file system, as in test/e2e/files.test.ts. */
const SAVE_INTO_OPFS = `window.showSaveFilePicker = async (options) =>
  (await navigator.storage.getDirectory()).getFileHandle(options?.suggestedName ?? 'x', { create: true });`;
/** No File System Access: the reveal page takes the OPFS path. */
const NO_SAVE_PICKER = `delete window.showSaveFilePicker; delete Window.prototype.showSaveFilePicker;`;
/** Collects the durations of the main thread's long tasks into `window.benchLongTasks`. */
const WATCH_LONG_TASKS = `window.benchLongTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });`;

async function startLongTasks(page: RawPage): Promise<void> {
  await page.evaluate('window.benchLongTasks.length = 0');
}

async function readLongTasks(page: RawPage): Promise<LongTasks> {
  const durations = await page.evaluate<number[]>('window.benchLongTasks.slice()');
  return { count: durations.length, maxMs: round(Math.max(0, ...durations)) };
}

/** The renderer processes (tabs and their workers) of the Chromium `pid`. */
function renderersOf(pid: number): () => number[] {
  return () => {
    const tree = new Set(processTree(pid));
    return processesMatching('--type=renderer').filter((renderer) => tree.has(renderer));
  };
}

/** Measures one leg: from now until `run` resolves, with the peaks of the client and the server. */
async function measure(
  bytes: number,
  client: () => number[],
  server: ServerProcesses,
  run: () => Promise<void>,
): Promise<Leg> {
  const clientPeak = samplePeakRss(client);
  const serverPeak = samplePeakRss(server);
  const started = performance.now();
  let clientPeakBytes = 0;
  let serverPeakBytes = 0;
  try {
    await run();
  } finally {
    clientPeakBytes = clientPeak.stop();
    serverPeakBytes = serverPeak.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, mbPerSecond: round(bytes / 1e6 / seconds), clientPeakBytes, serverPeakBytes };
}

/**
 * Shares the file through the create page (two views), saves it through the reveal page's File System Access path,
 * then, in a page without `showSaveFilePicker`, through the OPFS path, in a Chromium driven over raw DevTools
 * (`raw-cdp.ts`: Playwright's network recording would copy every upload part). Each leg also counts the page's
 * long tasks. The saved sizes are checked, and the files deleted; the bytes are authenticated by the envelope
 * before the page reports them saved.
 */
export async function browserRoundTrip(
  browser: RawBrowser,
  serverUrl: string,
  path: string,
  name: string,
  bytes: number,
  server: ServerProcesses,
): Promise<BrowserLegs> {
  const renderers = renderersOf(browser.pid);
  const page = await browser.newPage();
  let link = '';
  let share: Leg;
  let get: Leg;
  try {
    await page.addInitScript(SAVE_INTO_OPFS + WATCH_LONG_TASKS);
    await page.goto(`${serverUrl}/`);
    await page.waitFor(withText('h1', 'Share a secret'), 60_000);
    await page.setInputFile('#files', path);
    await page.evaluate(`(() => { const views = document.querySelector('#views'); views.value = '2';
      views.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await startLongTasks(page);
    share = await measure(bytes, renderers, server, async () => {
      await page.evaluate(`${withText('button', 'Create link')}.click()`);
      await page.waitFor(withText('h1', 'Your link is ready'), 900_000);
    });
    share.longTasks = await readLongTasks(page);
    link = await page.evaluate<string>(
      `[...document.querySelectorAll('input')].find((input) => input.value.includes('/s/'))?.value ?? ''`,
    );
    if (!link) throw new Error('the create page showed no link');

    await page.goto(link);
    await page.waitFor(withText('button', 'Reveal'), 60_000);
    await startLongTasks(page);
    get = await measure(bytes, renderers, server, async () => {
      await page.evaluate(`${withText('button', 'Reveal')}.click()`);
      const save = `document.querySelector(${JSON.stringify(`button[aria-label="Save ${name}"]`)})`;
      await page.waitFor(save, 60_000);
      await page.evaluate(`${save}.click()`);
      await page.waitFor(
        `document.body.textContent.includes('Saved: decrypted and checked in full.')`,
        900_000,
      );
    });
    get.longTasks = await readLongTasks(page);
    const saved = await page.evaluate<number>(`(async () => {
      const folder = await navigator.storage.getDirectory();
      const size = (await (await folder.getFileHandle(${JSON.stringify(name)})).getFile()).size;
      await folder.removeEntry(${JSON.stringify(name)});
      return size;
    })()`);
    if (saved !== bytes) throw new Error(`the browser saved ${saved} bytes of ${bytes}`);
  } finally {
    await page.close();
  }
  return { share, get, getOpfs: await opfsLeg(browser, link, bytes, renderers, server) };
}

/** The second view of `link` in a page without the save picker: decrypt into OPFS until the Save link shows. */
async function opfsLeg(
  browser: RawBrowser,
  link: string,
  bytes: number,
  renderers: () => number[],
  server: ServerProcesses,
): Promise<Leg> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(NO_SAVE_PICKER + WATCH_LONG_TASKS);
    await page.goto(link);
    await page.waitFor(withText('button', 'Reveal'), 60_000);
    await startLongTasks(page);
    const leg = await measure(bytes, renderers, server, async () => {
      await page.evaluate(`${withText('button', 'Reveal')}.click()`);
      await page.waitFor(withText('button', 'Decrypt files'), 60_000);
      await page.evaluate(`${withText('button', 'Decrypt files')}.click()`);
      await page.waitFor(`document.querySelector('a[download]')`, 900_000);
    });
    leg.longTasks = await readLongTasks(page);
    const saved = await page.evaluate<number>(`(async () => {
      const parent = await (await navigator.storage.getDirectory()).getDirectoryHandle('hushlink-downloads');
      let size = 0;
      for await (const view of parent.keys()) size += (await (await (await parent.getDirectoryHandle(view)).getFileHandle('0')).getFile()).size;
      return size;
    })()`);
    if (saved !== bytes) throw new Error(`the OPFS path kept ${saved} bytes of ${bytes}`);
    return leg;
  } finally {
    // Leaving the page removes its OPFS folder.
    await page.close();
  }
}

/**
 * The page's bare transfer: from a page of the server's origin, `fetch` sends `bytes` random bytes through the
 * product's own upload (create, 8 MiB parts three in flight, complete) and reads them back through its download
 * (reveal with a made-up claim, then the grant), with nothing encrypted, decrypted or written: the ceiling of the
 * browser legs on the same server.
 */
export async function pageBareTransfer(
  browser: RawBrowser,
  serverUrl: string,
  bytes: number,
  server: ServerProcesses,
): Promise<BareLegs> {
  const renderers = renderersOf(browser.pid);
  const page = await browser.newPage();
  try {
    await page.goto(`${serverUrl}/`);
    await page.evaluate(`(async () => {
      const b64 = (bytes) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
      const claim = crypto.getRandomValues(new Uint8Array(32));
      window.benchBare = { claim: b64(claim), claimHash: b64(new Uint8Array(await crypto.subtle.digest('SHA-256', claim))) };
    })()`);
    const upload = await measure(bytes, renderers, server, () =>
      page.evaluate(`(async () => {
        const json = { 'Content-Type': 'application/json' };
        const created = await (await fetch('/api/secrets', { method: 'POST', headers: json,
          body: JSON.stringify({ upload: { size: ${bytes} }, expiresIn: 3600, claimHash: window.benchBare.claimHash }) })).json();
        window.benchBare.id = created.id;
        const auth = { Authorization: 'Bearer ' + created.manageToken };
        const binary = { ...auth, 'Content-Type': 'application/octet-stream' };
        const part = new Uint8Array(created.upload.partBytes);
        for (let at = 0; at < part.length; at += 65536) crypto.getRandomValues(part.subarray(at, at + 65536));
        let next = 1;
        const worker = async () => {
          while (next <= created.upload.parts) {
            const n = next++;
            const size = Math.min(part.length, ${bytes} - (n - 1) * part.length);
            const answer = await fetch('/api/secrets/' + created.id + '/upload/' + n, { method: 'PUT', headers: binary, body: part.subarray(0, size) });
            if (!answer.ok) throw new Error('part ' + n + ': ' + answer.status);
          }
        };
        await Promise.all([worker(), worker(), worker()]);
        const done = await fetch('/api/secrets/' + created.id + '/upload/complete', { method: 'POST', headers: { ...auth, ...json }, body: '{}' });
        if (!done.ok) throw new Error('complete: ' + done.status);
      })()`),
    );
    const download = await measure(bytes, renderers, server, () =>
      page.evaluate(`(async () => {
        const revealed = await (await fetch('/api/secrets/' + window.benchBare.id + '/reveal', { method: 'POST',
          headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ claim: window.benchBare.claim }) })).json();
        const answer = await fetch('/api/secrets/' + window.benchBare.id + '/download', { headers: { Authorization: 'Bearer ' + revealed.download.token } });
        const reader = answer.body.getReader();
        let received = 0;
        for (;;) { const { done, value } = await reader.read(); if (done) break; received += value.length; }
        if (received !== ${bytes}) throw new Error('received ' + received);
      })()`),
    );
    return { upload, download };
  } finally {
    await page.close();
  }
}
