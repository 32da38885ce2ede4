import { zValidator } from '@hono/zod-validator';
import type { MiddlewareHandler, ValidationTargets } from 'hono';
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
