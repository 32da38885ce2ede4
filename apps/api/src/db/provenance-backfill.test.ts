import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import migration from '../../../../migrations/0004_step_up_and_provenance.sql?raw';
import { randomIp } from '../../test/accounts.ts';

/** The backfill statements migration 0004 appends after drizzle-kit's column changes. */
const backfill = migration
  .split('--> statement-breakpoint')
  .map((statement) => statement.replaceAll(/^--.*$/gm, '').trim())
  .filter((statement) => statement.startsWith('UPDATE'));

const T = 1_700_000_000_000;

async function run(sql: string, ...values: Array<string | number | null>): Promise<void> {
  await env.DB.prepare(sql)
    .bind(...values)
    .run();
}

async function passkey(id: string, userId: string, createdAt: number): Promise<void> {
  await run(
    `INSERT INTO passkeys (id, user_id, name, public_key, counter, device_type, backed_up, created_at)
     VALUES (?, ?, 'key', 'placeholder', 0, 'multiDevice', 1, ?)`,
    id,
    userId,
    createdAt,
  );
}

async function event(event: string, targetType: string, targetId: string, ip: string, at: number) {
  await run(
    `INSERT INTO audit_events (at, event, ip, user_agent, target_type, target_id) VALUES (?, ?, ?, ?, ?, ?)`,
    at,
    event,
    ip,
    `agent of ${ip}`,
    targetType,
    targetId,
  );
}

async function origin(table: 'passkeys' | 'api_tokens', id: string) {
  return env.DB.prepare(`SELECT created_ip AS ip, created_user_agent AS ua FROM ${table} WHERE id = ?`)
    .bind(id)
    .first<{ ip: string | null; ua: string | null }>();
}

describe('migration 0004 backfills where passkeys and tokens were added from', () => {
  const ips = { registered: randomIp(), added: randomIp(), token: randomIp(), other: randomIp() };

  beforeAll(async () => {
    expect(backfill).toHaveLength(3);
    const user = 'backfill-user-aaaaaaaaa';
    await run(
      `INSERT INTO users (id, name, display_name, role, webauthn_user_id, created_at)
       VALUES (?, 'backfill-user', 'Backfill', 'member', 'backfill-handle', ?)`,
      user,
      T,
    );
    await passkey('backfill-first', user, T);
    await passkey('backfill-added', user, T + 60_000);
    await passkey('backfill-unknown', user, T + 120_000);
    await run(
      `INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at) VALUES (?, ?, 'ci', 'x', ?, ?)`,
      'backfill-token',
      user,
      T,
      T + 3_600_000,
    );
    await run(
      `INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at) VALUES (?, ?, 'old', 'x', ?, ?)`,
      'backfill-token-old',
      user,
      T,
      T + 3_600_000,
    );
    await event('registered', 'user', user, ips.registered, T);
    await event('passkey.added', 'passkey', 'backfill-added', ips.added, T + 60_000);
    // An event about something else never lends its address.
    await event('passkey.renamed', 'passkey', 'backfill-unknown', ips.other, T + 130_000);
    await event('token.created', 'token', 'backfill-token', ips.token, T);
    for (const statement of backfill) await run(statement);
  });

  it('from passkey.added for an added passkey, and from registered for the account’s first one', async () => {
    expect(await origin('passkeys', 'backfill-first')).toEqual({
      ip: ips.registered,
      ua: `agent of ${ips.registered}`,
    });
    expect(await origin('passkeys', 'backfill-added')).toEqual({
      ip: ips.added,
      ua: `agent of ${ips.added}`,
    });
  });

  it('from token.created for a token', async () => {
    expect(await origin('api_tokens', 'backfill-token')).toEqual({
      ip: ips.token,
      ua: `agent of ${ips.token}`,
    });
  });

  it('and leaves NULL where the audit log says nothing', async () => {
    expect(await origin('passkeys', 'backfill-unknown')).toEqual({ ip: null, ua: null });
    expect(await origin('api_tokens', 'backfill-token-old')).toEqual({ ip: null, ua: null });
  });
});
