import { zValidator } from '@hono/zod-validator';
import { MAX_REQUEST_BODY_BYTES } from '@hushlink/protocol';
import type { MiddlewareHandler, ValidationTargets } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { config, type z } from 'zod';
import { en } from 'zod/locales';
import { ApiError } from '../errors.ts';

// The protocol's schemas are built with zod/mini, which loads no locale: without this, every issue without a message
// of its own would read "Invalid input". Our `invalid_request` messages quote zod's English text, so set it here,
// once, rather than count on some classic schema having been built first (classic sets English when it is).
config(en());

/** Refuses a request whose body is not declared as JSON, before anything reads it. */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new ApiError('unsupported_media_type', 415, 'Send the request body as application/json.');
    }
    await next();
  };
}

/**
 * Validates a request part against a shared protocol schema. A failure becomes our `invalid_request` error
 * naming the first offending field; zod's own output never reaches the client.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.core.$ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidRequest(result.error);
  });
}

function invalidRequest(error: { issues: readonly z.core.$ZodIssue[] }): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  const reason =
    issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue?.message;
  return new ApiError('invalid_request', 400, `Invalid ${field}: ${reason ?? 'not accepted'}.`.slice(0, 300));
}

function bodyTooLarge(): never {
  throw new ApiError(
    'payload_too_large',
    413,
    'The request body is larger than this server accepts (1 MiB of ciphertext).',
  );
}

/** hono's limit, which counts a body without a length as it streams in. */
const limitStreamedBody = bodyLimit({ maxSize: MAX_REQUEST_BODY_BYTES, onError: bodyTooLarge });

/**
 * Refuses a JSON body over `MAX_REQUEST_BODY_BYTES` (an inline envelope of 1 MiB in base64url, with its framing)
 * with `413 payload_too_large`, before it is read whole. A body with a `Content-Length` (every JSON request our
 * clients send) is judged by that header alone, since the HTTP server reads no more than it declares; only a
 * chunked body goes through hono's counting stream. Looking at the header first matters on Node: hono's limit
 * opens `c.req.raw.body`, which turns @hono/node-server's light request into a full one with a web stream, and
 * that cost a create request more than its validation.
 */
export const limitBody: MiddlewareHandler = async (c, next) => {
  const length = c.req.header('Content-Length');
  if (length === undefined || c.req.header('Transfer-Encoding') !== undefined)
    return limitStreamedBody(c, next);
  if (Number.parseInt(length, 10) > MAX_REQUEST_BODY_BYTES) bodyTooLarge();
  await next();
};
