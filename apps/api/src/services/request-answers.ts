import type { RequestAnswer } from '@hushlink/protocol';
import type { RequestRow } from '../db/request-store.ts';
import { secretStore } from '../db/secret-store.ts';
import { userStore } from '../db/user-store.ts';
import type { AppPorts } from '../ports.ts';
import { secretStateOf } from './secret-state.ts';
import { toPublicUser } from './users.ts';

/**
 * What became of the answers to `rows` (requests of one requester), by the answer's secret id: its state and its
 * first opening, so My links says "opened" instead of offering an answer that is gone. An answer already purged
 * is left out.
 */
export async function requestAnswers(
  ports: AppPorts,
  rows: readonly RequestRow[],
  now: number,
): Promise<Map<string, RequestAnswer>> {
  const ids = rows.flatMap((row) => (row.secretId === null ? [] : [row.secretId]));
  const answers = new Map<string, RequestAnswer>();
  if (ids.length === 0) return answers;
  const users = userStore(ports.db);
  for (const { row, views } of await secretStore(ports.db).findWithViews(ids)) {
    const first = views[0];
    const opener = first?.userId ? await users.findById(first.userId) : null;
    answers.set(row.id, {
      state: secretStateOf(row, now),
      opened: first
        ? {
            at: new Date(first.at).toISOString(),
            user: opener ? toPublicUser(opener) : null,
            ip: first.ip,
            userAgent: first.userAgent,
          }
        : null,
    });
  }
  return answers;
}
