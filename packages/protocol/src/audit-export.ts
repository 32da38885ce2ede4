import { z } from 'zod/mini';

/** The formats `GET /api/audit/export` writes: JSON Lines (one event per line) or CSV (RFC 4180, with a header). */
export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const;

/** A format of the audit export. */
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/**
 * `GET /api/audit/export?from=&to=&format=`: the audit events with `from <= at <= to` (ISO 8601 UTC), oldest
 * first, as JSON Lines (the default) or CSV. `to` before `from` is refused, naming `to`.
 *
 * @example auditExportQuerySchema.parse({ from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z', format: 'csv' })
 */
export const auditExportQuerySchema = z
  .strictObject({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    format: z._default(z.enum(AUDIT_EXPORT_FORMATS), 'jsonl'),
  })
  .check(
    z.refine((query) => Date.parse(query.from) <= Date.parse(query.to), {
      message: 'the end of the range must not be before its start',
      path: ['to'],
    }),
  );

/** `GET /api/audit/export` query. */
export type AuditExportQuery = z.input<typeof auditExportQuerySchema>;

/**
 * One audit event as a SIEM receives it: a line of the JSON Lines export, a row of the CSV export (with `detail`
 * as its JSON text), and the body of the audit webhook. Flat, with the actor's account name rather than an object,
 * so that every field maps to a column.
 */
export const auditRecordSchema = z.object({
  id: z.int(),
  at: z.iso.datetime(),
  event: z.string(),
  actorId: z.nullable(z.string()),
  actorName: z.nullable(z.string()),
  ip: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
  targetType: z.nullable(z.string()),
  targetId: z.nullable(z.string()),
  detail: z.nullable(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

/** One audit event as a SIEM receives it. */
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** The CSV export's columns, in order; `detail` holds the event's detail object as JSON text. */
export const AUDIT_RECORD_COLUMNS = [
  'id',
  'at',
  'event',
  'actorId',
  'actorName',
  'ip',
  'userAgent',
  'targetType',
  'targetId',
  'detail',
] as const satisfies ReadonlyArray<keyof AuditRecord>;
