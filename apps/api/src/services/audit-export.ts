import { AUDIT_RECORD_COLUMNS, type AuditExportFormat, type AuditRecord } from '@hushlink/protocol';
import { stringify } from 'csv-stringify/sync';
import { type AuditKey, auditStore } from '../db/audit-store.ts';
import type { AppPorts } from '../ports.ts';
import { toAuditRecord } from './audit-record.ts';

/** Rows read per query: small enough that a page is a few hundred kilobytes, large enough to keep queries few. */
export const AUDIT_EXPORT_PAGE_SIZE = 500;

/** The media type of each export format. */
export const AUDIT_EXPORT_MEDIA_TYPES: Record<AuditExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/**
 * CSV cells as RFC 4180 writes them (CRLF between records, quotes doubled), and formula injection defused as
 * OWASP advises: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms)
 * gets a leading `'`, so that a spreadsheet shows it as text rather than running it.
 */
function csvLines(records: AuditRecord[], header: boolean): string {
  return stringify(
    records.map((record) =>
      AUDIT_RECORD_COLUMNS.map((column) =>
        column === 'detail' ? (record.detail ? JSON.stringify(record.detail) : '') : record[column],
      ),
    ),
    {
      header,
      columns: [...AUDIT_RECORD_COLUMNS],
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { number: (value) => String(value) },
    },
  );
}

function jsonLines(records: AuditRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/**
 * The audit events with `from <= at <= to` (epoch milliseconds), oldest first, as a stream of JSON Lines or CSV.
 * It reads one keyset page (`AUDIT_EXPORT_PAGE_SIZE` rows) each time the reader wants more, so memory holds one
 * page whatever the range, and a reader that stops (a closed connection) stops the queries too.
 */
export function auditExportStream(
  ports: AppPorts,
  range: { from: number; to: number },
  format: AuditExportFormat,
): ReadableStream<Uint8Array> {
  const store = auditStore(ports.db);
  const encoder = new TextEncoder();
  let after: AuditKey | null = null;
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const rows = await store.exportPage(range, after, AUDIT_EXPORT_PAGE_SIZE);
        const records = rows.map(toAuditRecord);
        const text = format === 'csv' ? csvLines(records, first) : jsonLines(records);
        first = false;
        if (text.length > 0) controller.enqueue(encoder.encode(text));
        const last = rows.at(-1);
        if (!last || rows.length < AUDIT_EXPORT_PAGE_SIZE) controller.close();
        else after = { at: last.at, id: last.id };
      },
    },
    // One page at a time: the next query runs only once the reader has taken the previous page.
    { highWaterMark: 0 },
  );
}
