import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { onCleanup } from './cleanup.ts';

/** A DevTools message: the answer to a command (`id`) or an event (`method`). */
interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * A page driven over the Chrome DevTools Protocol with nothing but `Runtime`, `DOM` and `Page` commands. Playwright
 * enables DevTools' `Network` domain on every page it drives, and Chromium then keeps a copy of each request body for
 * it: the bench measured the create page's 8 MiB upload parts spending about 0.7 s each inside `fetch`, which no
 * person's browser pays. Item 5's browser legs are driven through this instead.
 */
export interface RawPage {
  /** Loads `url` and resolves once its document has loaded. */
  goto(url: string): Promise<void>;
  /** Evaluates `expression` in the page (with a user gesture) and returns its value; awaits a promise. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` every 50 ms until it is truthy; throws after `timeoutMs`. */
  waitFor(expression: string, timeoutMs: number): Promise<void>;
  /** Puts `path` into the file input `selector` selects, as a person picking it would. */
  setInputFile(selector: string, path: string): Promise<void>;
  /** Runs `source` in every document before its own scripts. */
  addInitScript(source: string): Promise<void>;
  close(): Promise<void>;
}

/** A headless Chromium of its own, reached through its DevTools port; closed at cleanup. */
export interface RawBrowser {
  /** The Chromium process (its renderers are among its descendants). */
  pid: number;
  newPage(): Promise<RawPage>;
  close(): Promise<void>;
}

/** Launches Chromium with the shared flags, a fresh profile and a DevTools port, and connects to it. */
export async function launchRawChromium(): Promise<RawBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'hushlink-bench-cdp-'));
  const child = spawn(
    findChromium(),
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: 'ignore' },
  );
  const close = async () => {
    await stop(child);
    rmSync(profile, { recursive: true, force: true });
  };
  onCleanup('the DevTools Chromium', close);
  const port = await devToolsPort(profile, child);
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const connection = await connect(version.webSocketDebuggerUrl);
  if (child.pid === undefined) throw new Error('Chromium did not start');
  return {
    pid: child.pid,
    async newPage() {
      const { targetId } = (await connection.send('Target.createTarget', { url: 'about:blank' })) as {
        targetId: string;
      };
      const { sessionId } = (await connection.send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      const send = (method: string, params: Record<string, unknown> = {}) =>
        connection.send(method, params, sessionId);
      await send('Page.enable');
      const close = async () => {
        await connection.send('Target.closeTarget', { targetId });
      };
      return pageOf(send, (method) => connection.next(method, sessionId), close);
    },
    async close() {
      connection.close();
      await close();
    },
  };
}

function pageOf(
  send: (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>,
  next: (method: string) => Promise<void>,
  close: () => Promise<void>,
): RawPage {
  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = (await send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    })) as {
      result: { value?: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (answer.exceptionDetails) {
      const detail = answer.exceptionDetails;
      throw new Error(`in the page: ${detail.exception?.description ?? detail.text}`);
    }
    return answer.result.value as T;
  };
  return {
    async goto(url) {
      const loaded = next('Page.loadEventFired');
      await send('Page.navigate', { url });
      await loaded;
    },
    evaluate,
    async waitFor(expression, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
        if (performance.now() > deadline)
          throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
        await sleep(50);
      }
    },
    async setInputFile(selector, path) {
      const { result } = (await send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
      })) as { result: { objectId?: string } };
      if (!result.objectId) throw new Error(`no element matches ${selector}`);
      await send('DOM.setFileInputFiles', { files: [path], objectId: result.objectId });
    },
    async addInitScript(source) {
      await send('Page.addScriptToEvaluateOnNewDocument', { source });
    },
    close,
  };
}

/** Waits for Chromium to write the port it chose into `DevToolsActivePort`. */
async function devToolsPort(profile: string, child: ChildProcess): Promise<number> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before it listened`);
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return port;
    } catch {
      // Not written yet.
    }
    await sleep(50);
  }
  throw new Error('Chromium did not open its DevTools port within 30 s');
}

/** One WebSocket to the browser: commands matched to answers by id, events waited for by name. */
async function connect(url: string) {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`could not connect to ${url}`)), { once: true });
  });
  let lastId = 0;
  const answers = new Map<
    number,
    { resolve(value: Record<string, unknown>): void; reject(error: Error): void }
  >();
  const waiting: { method: string; sessionId: string | undefined; resolve(): void }[] = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const answer = answers.get(message.id);
      answers.delete(message.id);
      if (message.error) answer?.reject(new Error(message.error.message));
      else answer?.resolve(message.result ?? {});
      return;
    }
    const index = waiting.findIndex((w) => w.method === message.method && w.sessionId === message.sessionId);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve();
  });
  return {
    send(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
      const id = ++lastId;
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise<Record<string, unknown>>((resolve, reject) => answers.set(id, { resolve, reject }));
    },
    next(method: string, sessionId?: string) {
      return new Promise<void>((resolve) => waiting.push({ method, sessionId, resolve }));
    },
    close() {
      socket.close();
    },
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
