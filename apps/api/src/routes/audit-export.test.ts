import { env } from 'cloudflare:test';
import { type AuditRecord, auditRecordSchema } from '@hushlink/protocol';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, makeTeam, type Person } from '../../test/accounts.ts';
import { errorCode } from '../../test/api-client.ts';
import { AUDIT_EXPORT_PAGE_SIZE } from '../services/audit-export.ts';

/** The seeded events lie in 2020, away from the events the accounts' own sign-ups record now. */
const BASE = Date.parse('2020-01-01T00:00:00Z');
/** More than two pages, with seven events to each millisecond value so that a page ends inside a run of ties. */
const SEEDED = AUDIT_EXPORT_PAGE_SIZE * 2 + 203;
const FORMULA = '=HYPERLINK("https://evil.example","click")';
const AWKWARD_DETAIL = { note: 'a, "quoted"\nsecond line', count: 3, ok: true };

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('export');
  // One statement (D1 caps bound values per query): rows 0..SEEDED-1, `at` rising every seventh row.
  await env.DB.prepare(
    `INSERT INTO audit_events (at, event, actor_id, ip, user_agent, target_type, target_id, detail)
     WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1)
     SELECT ?2 + (i / 7) * 1000, 'secret.opened', ?3, '192.0.2.' || (i % 250), ?4, 'secret', 'seed-' || i, ?5
     FROM n`,
  )
    .bind(SEEDED, BASE, team.admin.id, FORMULA, JSON.stringify(AWKWARD_DETAIL))
    .run();
});

/** The body as UTF-8 text (workerd warns when `text()` reads a media type it does not take for text). */
async function textOf(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

function exportPath(from: number, to: number, format?: string): string {
  const query = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  if (format) query.set('format', format);
  return `/api/audit/export?${query}`;
}

async function exportJsonLines(person: Person, from: number, to: number): Promise<AuditRecord[]> {
  const response = await as(person, exportPath(from, to, 'jsonl'));
  expect(response.status).toBe(200);
  const text = await textOf(response);
  // Every line ends with a newline, the last one too; an empty range is an empty body.
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .slice(0, -1)
    .map((line) => auditRecordSchema.parse(JSON.parse(line)));
}

const LAST_AT = BASE + Math.floor((SEEDED - 1) / 7) * 1000;

describe('GET /api/audit/export', () => {
  it('streams every event of the range as JSON Lines, oldest first, each exactly once across pages', async () => {
    const response = await as(team.admin, exportPath(BASE, LAST_AT));
    expect(response.headers.get('Content-Type')).toMatch(/^application\/x-ndjson/);
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="hushlink-audit-20200101T000000Z-20200101T000251Z.jsonl"',
    );
    await response.body?.cancel();
    const records = await exportJsonLines(team.admin, BASE, LAST_AT);
    expect(records.map((record) => record.targetId)).toEqual(
      Array.from({ length: SEEDED }, (_, i) => `seed-${i}`),
    );
    expect(records[0]).toEqual({
      id: expect.any(Number),
      at: '2020-01-01T00:00:00.000Z',
      event: 'secret.opened',
      actorId: team.admin.id,
      actorName: team.admin.name,
      ip: '192.0.2.0',
      userAgent: FORMULA,
      targetType: 'secret',
      targetId: 'seed-0',
      detail: AWKWARD_DETAIL,
    });
  });

  it('keeps to the range, both ends included', async () => {
    // Seconds 10 to 20 hold rows 70..146 (seven to each second).
    const records = await exportJsonLines(team.admin, BASE + 10_000, BASE + 20_000);
    expect(records.map((record) => record.targetId)).toEqual(
      Array.from({ length: 77 }, (_, i) => `seed-${70 + i}`),
    );
    expect(await exportJsonLines(team.admin, BASE - 60_000, BASE - 1)).toEqual([]);
  });

  it('writes RFC 4180 CSV with a header, quoting what needs it and defusing formulas', async () => {
    const response = await as(team.admin, exportPath(BASE, LAST_AT, 'csv'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(response.headers.get('Content-Disposition')).toMatch(/\.csv"$/);
    const text = await textOf(response);
    expect(text.split('\r\n')[0]).toBe(
      'id,at,event,actorId,actorName,ip,userAgent,targetType,targetId,detail',
    );
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(SEEDED);
    expect(rows.map((row) => row.targetId)).toEqual(Array.from({ length: SEEDED }, (_, i) => `seed-${i}`));
    const first = rows[0];
    // A spreadsheet shows the cell as text: the leading quote OWASP advises.
    expect(first?.userAgent).toBe(`'${FORMULA}`);
    expect(JSON.parse(first?.detail ?? '')).toEqual(AWKWARD_DETAIL);
    expect(first?.at).toBe('2020-01-01T00:00:00.000Z');
  });

  it('writes only the header for an empty range in CSV', async () => {
    const response = await as(team.admin, exportPath(BASE - 60_000, BASE - 1, 'csv'));
    expect(await textOf(response)).toBe(
      'id,at,event,actorId,actorName,ip,userAgent,targetType,targetId,detail\r\n',
    );
  });

  it('records who exported what', async () => {
    await (await as(team.admin, exportPath(BASE, BASE + 1000, 'csv'))).text();
    const row = await env.DB.prepare(
      "SELECT actor_id, detail FROM audit_events WHERE event = 'audit.exported' ORDER BY id DESC LIMIT 1",
    ).first<{ actor_id: string; detail: string }>();
    expect(row?.actor_id).toBe(team.admin.id);
    expect(JSON.parse(row?.detail ?? '')).toEqual({
      from: '2020-01-01T00:00:00.000Z',
      to: '2020-01-01T00:00:01.000Z',
      format: 'csv',
    });
  });

  it('is for admins only', async () => {
    const path = exportPath(BASE, LAST_AT);
    expect(await errorCode(await as(null, path))).toBe('sign_in_required');
    for (const person of [team.member, team.guest]) {
      const response = await as(person, path);
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('forbidden');
    }
  });

  it('refuses a bad range or format with 400 naming the field', async () => {
    const from = new Date(BASE).toISOString();
    const cases: Array<[string, string]> = [
      [`to=${from}`, 'from'],
      [`from=${from}`, 'to'],
      [`from=yesterday&to=${from}`, 'from'],
      [`from=${new Date(BASE + 1000).toISOString()}&to=${from}`, 'to'],
      [`from=${from}&to=${from}&format=xlsx`, 'format'],
      [`from=${from}&to=${from}&limit=5`, 'limit'],
    ];
    for (const [query, field] of cases) {
      const response = await as(team.admin, `/api/audit/export?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message, query).toContain(field);
    }
  });
});
