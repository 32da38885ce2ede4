/**
 * A part's request body ended early, failed (the client went away), or carried more or fewer bytes than its
 * `Content-Length` said. Blob stores throw it from `uploadPart` when the body, and not the store, is why the part
 * was not stored, so that the request is answered `400 upload_invalid` ("send it again") instead of a 5xx.
 */
export class BodyStreamError extends Error {
  override readonly name = 'BodyStreamError';

  constructor(
    readonly reason: 'length' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}
