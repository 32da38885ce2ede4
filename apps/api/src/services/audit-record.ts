import type { AuditRecord } from '@hushlink/protocol';
import type { AuditRowWithActor } from '../db/audit-store.ts';

/**
 * An audit row as a SIEM receives it (`auditRecordSchema`): the time in ISO 8601 and the detail as an object.
 * The export's lines and rows and the audit webhook's bodies are all made here, so they cannot drift apart.
 */
export function toAuditRecord(row: AuditRowWithActor): AuditRecord {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    event: row.event,
    actorId: row.actorId,
    actorName: row.actorName,
    ip: row.ip,
    userAgent: row.userAgent,
    targetType: row.targetType,
    targetId: row.targetId,
    detail: row.detail ? (JSON.parse(row.detail) as AuditRecord['detail']) : null,
  };
}
