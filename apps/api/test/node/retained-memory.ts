/**
 * What a Node process started with `--inspect=127.0.0.1:0` still holds after a full garbage collection, read over
 * the Chrome DevTools Protocol. A test of "memory stays flat" measures this rather than the process's peak RSS,
 * which mostly shows when V8 chose to collect: dead buffers that reached the old generation are kept until the
 * external memory grows by 64 MB, so a busy machine alone moved the peak of a streaming export from 25 to 105 MB.
 */

/** A connection to a process's inspector. */
export interface Inspector {
  /** The process's JavaScript heap in use plus its buffers (`heapUsed + external`), in bytes, after a full GC. */
  retainedBytes(): Promise<number>;
  close(): void;
}

/** The inspector's WebSocket address from the `Debugger listening on ws://…` line Node prints to stderr, if any. */
export function inspectorUrlIn(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}

/** Connects to the inspector at `url` (from `inspectorUrlIn`). */
export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to the inspector at ${url}`)), {
      once: true,
    });
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const call = message.id === undefined ? undefined : waiting.get(message.id);
    if (!call || message.id === undefined) return;
    waiting.delete(message.id);
    if (message.error) call.reject(new Error(message.error.message));
    else call.resolve(message.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });

  return {
    async retainedBytes() {
      await send('HeapProfiler.collectGarbage');
      const result = (await send('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      })) as { result: { value: string } };
      const usage = JSON.parse(result.result.value) as { heapUsed: number; external: number };
      return usage.heapUsed + usage.external;
    },
    close() {
      socket.close();
    },
  };
}
