import { zValidator } from '@hono/zod-validator';
import { MAX_REQUEST_BODY_BYTES } from '@hushlink/protocol';
import type { MiddlewareHandler, ValidationTargets } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';

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
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
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

/**
 * Refuses a JSON body over `MAX_REQUEST_BODY_BYTES` (an inline envelope of 1 MiB in base64url, with its framing)
 * with `413 payload_too_large`, before it is read whole.
 */
export const limitBody = bodyLimit({
  maxSize: MAX_REQUEST_BODY_BYTES,
  onError: () => {
    throw new ApiError(
      'payload_too_large',
      413,
      'The request body is larger than this server accepts (1 MiB of ciphertext).',
    );
  },
});
