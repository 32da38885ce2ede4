import { z } from 'zod/mini';

/**
 * Uploads (files): after `POST /api/secrets` with `upload: { size }`, the client sends the envelope as parts:
 *
 * - `PUT /api/secrets/:id/upload/:part` (1-based), `Authorization: Bearer MANAGE_TOKEN`,
 *   `Content-Type: application/octet-stream`, with `Content-Length`; every part but the last is exactly
 *   `partBytes`, the last is the rest. Sending a part again replaces it (a retry).
 * - `POST /api/secrets/:id/upload/complete` with the same token and `{}`: all parts must be there and add up to
 *   the declared size, else `409 upload_incomplete`.
 *
 * Nothing is served before completion. An upload idle for `UPLOAD_IDLE_SECONDS` is aborted by the purge and its
 * parts deleted; `DELETE /api/secrets/:id` aborts it at once.
 */
export const uploadPartNumberSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000));

/** `200` answer of `PUT …/upload/:part`. */
export const uploadPartResponseSchema = z.object({
  part: z.int().check(z.minimum(1)),
  size: z.int().check(z.minimum(0)),
});

/** `200` answer of `PUT …/upload/:part`. */
export type UploadPartResponse = z.infer<typeof uploadPartResponseSchema>;

/** `POST …/upload/complete` body: nothing. */
export const completeUploadRequestSchema = z.strictObject({});

/** `200` answer of `POST …/upload/complete`: the secret is now served. */
export const completeUploadResponseSchema = z.object({
  id: z.string(),
  expiresAt: z.iso.datetime(),
  size: z.int().check(z.minimum(1)),
});

/** `200` answer of `POST …/upload/complete`. */
export type CompleteUploadResponse = z.infer<typeof completeUploadResponseSchema>;
