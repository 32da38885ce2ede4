import type { IncomingMessage } from 'node:http';

/** Past this many bytes after its answer, a request body is not a Hushlink client's (the largest is one part). */
export const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
/** A client that sends nothing for this long after its answer has stalled. */
export const DRAIN_IDLE_MS = 30_000;

/**
 * Once a response has been sent, reads and drops what is left of a request body that the app did not read to its
 * end (an upload part refused early because the disk is full, a part with a bad token), so that a client still
 * sending gets its answer and the connection stays usable for the next request.
 *
 * Why not close the connection instead, as `@hono/node-server`'s own clean-up does after 500 ms: a socket closed
 * with bytes still arriving answers them with a TCP reset, and a client that had not yet read the answer loses it
 * ("other side closed" in place of a 507, 6 runs in 10 with the machine loaded). Only a client that sends more than
 * `DRAIN_MAX_BYTES`, or nothing for `DRAIN_IDLE_MS`, is cut off; Node's `requestTimeout` bounds the rest.
 *
 * The listeners that `Readable.toWeb` left on the request (to fill a web stream nobody reads any more, pausing the
 * request when its queue is full) are removed first, or they would pause the request again after each chunk.
 */
export function drainUnreadBody(request: IncomingMessage): void {
  if (request.readableEnded || request.destroyed) return;
  let received = 0;
  const cutOff = () => {
    stop();
    request.socket.destroy();
  };
  const idle = setTimeout(cutOff, DRAIN_IDLE_MS).unref();
  const stop = () => {
    clearTimeout(idle);
    request.off('data', drop);
  };
  const drop = (chunk: Buffer) => {
    received += chunk.byteLength;
    if (received > DRAIN_MAX_BYTES) return cutOff();
    idle.refresh();
  };
  request.removeAllListeners('data');
  request.removeAllListeners('readable');
  request.on('data', drop);
  request.once('end', stop);
  request.once('close', stop);
  request.resume();
}
