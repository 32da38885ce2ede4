import { z } from 'zod/mini';
import { base64UrlSchema } from './base64url.ts';
import {
  MAX_INLINE_CIPHERTEXT_BYTES,
  MAX_REQUEST_NOTE_LENGTH,
  MAX_REQUEST_SECONDS,
  MIN_EXPIRES_IN_SECONDS,
} from './limits.ts';
import { plainText } from './plain-text.ts';
import { recipientKeySchema } from './recipient-keys.ts';
import { secretIdSchema } from './secret-id.ts';
import { secretStateSchema, secretViewSchema } from './secret-list.ts';
import { publicUserSchema } from './user.ts';

/**
 * Requests for a secret: a signed-in person asks someone (with or without an account) to send them a secret. The
 * link is `/r/ID#KEYS`, where KEYS are the requester's sealing public keys (base64url, joined by `.`), so the
 * answering page seals to the keys in the link and a server that swapped the keys it serves is caught.
 */
export const requestIdSchema = secretIdSchema;

/**
 * `POST /api/requests` (signed in, with at least one PRF key). The note is typed in a text area, so it may have
 * line feeds; it is shown as text to the requester and to whoever answers, and never written to a log line, the
 * audit log or a webhook. Every other control character (a carriage return too) and bidirectional override is
 * refused, as in names: an override would make the note read otherwise to the person answering it.
 */
export const createRequestSchema = z.strictObject({
  note: z
    .string()
    .check(plainText({ lines: true }), z.trim(), z.minLength(1), z.maxLength(MAX_REQUEST_NOTE_LENGTH)),
  expiresIn: z.int().check(z.minimum(MIN_EXPIRES_IN_SECONDS), z.maximum(MAX_REQUEST_SECONDS)),
});

/** `POST /api/requests` body. */
export type CreateRequest = z.input<typeof createRequestSchema>;

/** A request's state for its requester. */
export const requestStateSchema = z.enum(['open', 'answered', 'expired', 'revoked']);

/** What became of a request's answer, for its requester. */
export const requestAnswerSchema = z.object({
  state: secretStateSchema,
  /** Its first opening (when, and by whom); null until it is opened. */
  opened: z.nullable(secretViewSchema),
});

/** What became of a request's answer. */
export type RequestAnswer = z.infer<typeof requestAnswerSchema>;

/** One of my requests, and `201` answer of `POST /api/requests`. */
export const myRequestSchema = z.object({
  id: requestIdSchema,
  note: z.string(),
  state: requestStateSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  answeredAt: z.nullable(z.iso.datetime()),
  /** The sealed secret that answered it, once answered. */
  secretId: z.nullable(secretIdSchema),
  /**
   * Once answered: whether the answer was opened, when and by whom. Null while unanswered or once the answer was
   * purged; optional so that clients still read an older server's answer.
   */
  answer: z.optional(z.nullable(requestAnswerSchema)),
  /** The requester's keys the answer will be sealed to (those of the link). */
  keys: z.array(recipientKeySchema),
});

/** One of my requests. */
export type MyRequest = z.infer<typeof myRequestSchema>;

/** `GET /api/requests`: my requests, newest first. */
export const myRequestsResponseSchema = z.object({ requests: z.array(myRequestSchema) });

/** `GET /api/requests/:id` (anyone with the link): what the answering page shows; 404 once answered or gone. */
export const requestInfoSchema = z.object({
  id: requestIdSchema,
  note: z.string(),
  requester: publicUserSchema,
  expiresAt: z.iso.datetime(),
  keys: z.array(recipientKeySchema),
});

/** `GET /api/requests/:id` answer. */
export type RequestInfo = z.infer<typeof requestInfoSchema>;

/**
 * `POST /api/requests/:id/answer` (anyone with the link, once): a sealed envelope for the requester. It becomes a
 * sealed `people` secret for the requester alone, one view, expiring when the request would have.
 */
export const answerRequestSchema = z.strictObject({
  ciphertext: base64UrlSchema({ minBytes: 1, maxBytes: MAX_INLINE_CIPHERTEXT_BYTES }),
});

/** `POST /api/requests/:id/answer` body. */
export type AnswerRequest = z.infer<typeof answerRequestSchema>;

/** `201` answer of `POST /api/requests/:id/answer`. */
export const answerRequestResponseSchema = z.object({ secretId: secretIdSchema });
