import { z } from 'zod/mini';

/** `GET /api/health` answer. */
export const healthResponseSchema = z.object({ ok: z.literal(true), version: z.string() });

/** `GET /api/health` answer. */
export type HealthResponse = z.infer<typeof healthResponseSchema>;
