import { type PublicUser, userNameSchema } from '@hushlink/protocol';
import type { ApiClient } from './api-client.ts';
import { CliError } from './cli-error.ts';

/**
 * Turns `--to` user names into accounts (each once) through the directory (`GET /api/users?q=NAME`), accepting only an
 * exact match on `name`: a type-ahead hit like `alice2` for `alice` must never receive the secret.
 *
 * @throws CliError `usage` for a name that is malformed or has no account; `auth` when the directory is closed to
 *   this account (guests).
 */
export async function resolveRecipients(client: ApiClient, names: readonly string[]): Promise<PublicUser[]> {
  const people = new Map<string, PublicUser>();
  for (const raw of names) {
    const parsed = userNameSchema.safeParse(raw);
    if (!parsed.success) throw new CliError('usage', `--to ${JSON.stringify(raw)} is not a user name.`);
    const name = parsed.data;
    const match = (await client.searchUsers(name)).find((user) => user.name === name);
    if (!match) throw new CliError('usage', `There is no account named "${name}" on ${client.origin}.`);
    people.set(match.id, match);
  }
  return [...people.values()];
}
