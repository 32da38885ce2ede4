import { z } from 'zod/mini';
import { ERROR_CODES } from './error-codes.ts';

/** The body of every non-2xx answer: `{"error": {"code", "message"}}`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().check(z.maxLength(500)),
  }),
});

/** The body of every non-2xx answer. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
