/** A request body that ended early, failed, or carried more or fewer bytes than its `Content-Length` said. */
export class BodyStreamError extends Error {
  override readonly name = 'BodyStreamError';

  constructor(
    readonly reason: 'length' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Passes `body` through unchanged, one chunk at a time, while counting it. The stream errors with a
 * `BodyStreamError` as soon as it carries more than `length` bytes, when it ends with fewer, or when the body
 * itself fails (the client went away), so a blob store never commits a part of the wrong size whatever the
 * runtime did with `Content-Length`. `failure` tells afterwards whether the body, and not the store, was the
 * reason a store call failed.
 *
 * @example const checked = exactLength(request.body, size); await store.uploadPart(key, id, 1, checked.body, size)
 */
export function exactLength(
  body: ReadableStream<Uint8Array>,
  length: number,
): { body: ReadableStream<Uint8Array>; readonly failure: BodyStreamError | null } {
  const reader = body.getReader();
  let received = 0;
  let failure: BodyStreamError | null = null;
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: BodyStreamError) => {
    failure = error;
    controller.error(error);
    reader.cancel(error).catch(() => undefined);
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await reader.read();
        } catch {
          fail(controller, new BodyStreamError('aborted', 'the request body ended with an error'));
          return;
        }
        if (result.done) {
          if (received === length) controller.close();
          else fail(controller, new BodyStreamError('length', `the body had ${received} of ${length} bytes`));
          return;
        }
        received += result.value.byteLength;
        if (received > length) {
          fail(controller, new BodyStreamError('length', `the body had more than ${length} bytes`));
          return;
        }
        controller.enqueue(result.value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return {
    body: stream,
    get failure() {
      return failure;
    },
  };
}
