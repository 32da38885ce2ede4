import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_EVENT_NAMES, auditQuerySchema } from '@hushlink/protocol';
import { describe, expect, it } from 'vitest';

// That every event the API records is in AUDIT_EVENT_NAMES needs no test here: recordAudit and auditRow take
// `AuditEventName`, derived from the tuple, so `tsc -p apps/api` refuses any other name. This checks the other
// direction and the filter's use of the names.

const apiSource = fileURLToPath(new URL('../../apps/api/src', import.meta.url));

/** The API's source files, tests left out. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit event names (packages/protocol)', () => {
  it('are unique, and each is one the admin page can filter by', () => {
    expect(new Set(AUDIT_EVENT_NAMES).size).toBe(AUDIT_EVENT_NAMES.length);
    for (const event of AUDIT_EVENT_NAMES) {
      expect(auditQuerySchema.safeParse({ event }).success, event).toBe(true);
    }
  });

  it('are each recorded somewhere in the API, so the filter offers no event that never happens', () => {
    const files = sourceFiles(apiSource).map((path) => readFileSync(path, 'utf8'));
    const unused = AUDIT_EVENT_NAMES.filter((event) => !files.some((text) => text.includes(`'${event}'`)));
    expect(unused).toEqual([]);
  });
});
