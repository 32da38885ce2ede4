import type { DownloadGrant } from '@hushlink/protocol';
import type { ApiClient } from './api-client.ts';
import { CliError } from './cli-error.ts';
import { checkInterrupted } from './interrupt.ts';

/** How long a download may receive nothing before the connection is given up (and resumed). */
const IDLE_TIMEOUT_MS = 60_000;
/** How many times a dropped download is resumed (`Range: bytes=N-`) before giving up. */
const MAX_RESUMES = 4;

/** Test seams. */
export interface DownloadOptions {
  idleTimeoutMs?: number;
  /** Called with the bytes received so far, for the progress bar. */
  onProgress?: (received: number) => void;
}

/**
 * Streams an uploaded envelope with a download grant: `GET /api/secrets/:id/download`, and when the connection
 * drops (or stalls for a minute) asks again from where it stopped with `Range: bytes=N-`, up to four times,
 * within the grant's lifetime. Yields exactly `grant.size` bytes in order, or throws.
 *
 * @throws CliError `network` when it cannot be resumed; `server` when the server sends more than the grant said or
 *   the wrong range; `interrupted` on a signal; the API's errors (404 once the grant expired).
 */
export async function* downloadEnvelope(
  client: ApiClient,
  id: string,
  grant: DownloadGrant,
  signal: AbortSignal,
  options: DownloadOptions = {},
): AsyncGenerator<Uint8Array> {
  const idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  let received = 0;
  let resumes = 0;
  let lastFailure = 'the connection was closed early';
  for (;;) {
    const idle = new AbortController();
    let timer = setTimeout(() => idle.abort(), idleTimeoutMs);
    const rearm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), idleTimeoutMs);
    };
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      const opened = await client.openDownload(
        id,
        grant.token,
        received,
        AbortSignal.any([signal, idle.signal]),
      );
      reader = opened.body.getReader();
      // A server that ignores Range sends everything again: skip what was already received.
      let skip = received - opened.start;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        rearm();
        let chunk = value;
        if (skip > 0) {
          const dropped = Math.min(skip, chunk.length);
          chunk = chunk.subarray(dropped);
          skip -= dropped;
        }
        if (chunk.length === 0) continue;
        if (received + chunk.length > grant.size) {
          throw new CliError('server', `${client.origin} sent more than the secret's size.`);
        }
        received += chunk.length;
        options.onProgress?.(received);
        yield chunk;
      }
    } catch (error) {
      checkInterrupted(signal);
      if (error instanceof CliError && error.code !== 'network') throw error;
      lastFailure = idle.signal.aborted
        ? `nothing arrived for ${Math.round(idleTimeoutMs / 1000)} seconds`
        : error instanceof CliError
          ? error.message.replace(/^Could not reach [^:]*: /, '').replace(/\.$/, '')
          : 'the connection was lost';
    } finally {
      clearTimeout(timer);
      await reader?.cancel().catch(() => undefined);
    }
    if (received === grant.size) return;
    if (resumes >= MAX_RESUMES) {
      throw new CliError(
        'network',
        `The download from ${client.origin} broke off at ${received} of ${grant.size} bytes and could not be resumed (${lastFailure}).`,
      );
    }
    resumes++;
  }
}
