import type { AuditEventName } from '@hushlink/protocol';
import type { RequestRecord } from './middleware/request-log.ts';

/**
 * The Node server's `/metrics` counters as the Worker writes them: one JSON log line per increment or observation,
 * `{"metric": NAME, ...labels, "value": N}`, which Workers Logs or Logpush can sum and graph by label (README lists
 * them). A Worker has no process that lives to be scraped, so it writes what happened instead of totals.
 */
export interface MetricLine {
  metric:
    | 'hushlink_http_requests_total'
    | 'hushlink_http_request_duration_seconds'
    | 'hushlink_audit_events_total';
  value: number;
  [label: string]: string | number;
}

/** The lines for one answered request: its count (by route, method, status) and its duration in seconds. */
export function requestMetricLines(record: RequestRecord): MetricLine[] {
  const { route, method, status } = record;
  return [
    { metric: 'hushlink_http_requests_total', route, method, status: String(status), value: 1 },
    {
      metric: 'hushlink_http_request_duration_seconds',
      route,
      method,
      value: Math.round(record.durationMs) / 1000,
    },
  ];
}

/**
 * The line for audit events recorded: secrets created, opened, denied, revoked and expired, sign-in failures,
 * alerts, … by `event` name; `count` for a batch (the purge's expired secrets).
 */
export function auditMetricLine(event: AuditEventName, count = 1): MetricLine {
  return { metric: 'hushlink_audit_events_total', event, value: count };
}

/** Writes metric lines as JSON, one per line, to `write` (`console.log` on Workers). */
export function writeMetricLines(lines: MetricLine[], write: (line: string) => void = console.log): void {
  for (const line of lines) write(JSON.stringify(line));
}
