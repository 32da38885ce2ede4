import type { NamedNetwork, SaveNetworkRequest } from '@hushlink/protocol';
import { randomToken } from '../crypto/random-token.ts';
import { type NetworkRow, networkStore } from '../db/network-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { auditRow } from './audit.ts';
import { canonicalRanges, storedRanges } from './link-networks.ts';
import { assertKeepsOwnAccess } from './network-policy.ts';

/** A network as the admin page shows it. */
export function toNamedNetwork(row: NetworkRow): NamedNetwork {
  return {
    id: row.id,
    name: row.name,
    ranges: storedRanges(row.ranges),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** The key a name is unique by: "Office VPN" and "office vpn" are one network. */
function nameKeyOf(name: string): string {
  return name.toLowerCase();
}

function nameTaken(): ApiError {
  return new ApiError('name_taken', 409, 'name: another network already has this name.');
}

/** The network `id`, or 404 `not_found`. */
export async function findNetworkOr404(ports: AppPorts, id: string): Promise<NetworkRow> {
  const row = await networkStore(ports.db).find(id);
  if (!row) throw new ApiError('not_found', 404, 'This network does not exist; it may have been deleted.');
  return row;
}

/**
 * Adds a named network (ranges canonical, without repeats), recorded as `network.created`.
 *
 * @throws ApiError `name_taken` (409) when another network has the name, whatever its case.
 */
export async function createNetwork(
  ports: AppPorts,
  request: RequestInfo,
  input: SaveNetworkRequest,
): Promise<NamedNetwork> {
  const ranges = canonicalRanges(input.ranges, 'ranges') ?? [];
  const now = ports.clock.now();
  const row: NetworkRow = {
    id: randomToken(16),
    name: input.name,
    nameKey: nameKeyOf(input.name),
    ranges: JSON.stringify(ranges),
    createdAt: now,
    updatedAt: now,
  };
  const audit = auditRow(
    ports,
    request,
    'network.created',
    { type: 'network', id: row.id },
    {
      name: row.name,
      ranges: ranges.join(' '),
    },
  );
  if (!(await networkStore(ports.db).insert(row, audit))) throw nameTaken();
  return toNamedNetwork(row);
}

/**
 * Renames a network or changes its ranges, recorded as `network.changed`. Links already limited to it keep the
 * ranges they were created with; the per-role policy follows the change at once.
 *
 * @throws ApiError `not_found`, `name_taken`, or `would_lock_you_out` when the admin's own role is kept to this
 * network and the new ranges leave out the admin's current address.
 */
export async function updateNetwork(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  input: SaveNetworkRequest,
): Promise<NamedNetwork> {
  const store = networkStore(ports.db);
  const before = await findNetworkOr404(ports, id);
  const ranges = canonicalRanges(input.ranges, 'ranges') ?? [];
  const nameKey = nameKeyOf(input.name);
  const [clash] = await store.findByKeys([nameKey]);
  if (clash && clash.id !== id) throw nameTaken();
  await assertKeepsOwnAccess(ports, request, (networkId, stored) =>
    networkId === id ? ranges : storedRanges(stored),
  );
  const change = { name: input.name, nameKey, ranges: JSON.stringify(ranges), updatedAt: ports.clock.now() };
  await store.update(
    id,
    change,
    auditRow(
      ports,
      request,
      'network.changed',
      { type: 'network', id },
      {
        name: input.name,
        ...(before.name === input.name ? {} : { formerName: before.name }),
        ranges: ranges.join(' '),
      },
    ),
  );
  return toNamedNetwork({ ...before, ...change });
}

/**
 * Deletes a network, recorded as `network.removed`. Links limited to it keep its ranges.
 *
 * @throws ApiError `network_in_use` (409) while a role's policy names it: removing it would widen that role's
 * policy (a role with no networks connects from anywhere), so the admin changes the policy first.
 */
export async function deleteNetwork(ports: AppPorts, request: RequestInfo, id: string): Promise<void> {
  const store = networkStore(ports.db);
  const network = await findNetworkOr404(ports, id);
  const roles = await store.rolesUsing(id);
  if (roles.length > 0) {
    throw new ApiError(
      'network_in_use',
      409,
      `The network policy of ${roles.join(', ')} names this network. Take it out of the policy first, so that deleting it cannot let that role connect from anywhere.`,
    );
  }
  await store.remove(
    id,
    auditRow(ports, request, 'network.removed', { type: 'network', id }, { name: network.name }),
  );
}

/**
 * The networks a sender limits a new link to, by name (any case): their names as defined, and their ranges as
 * they are now (a link keeps them, whatever later edits of the network).
 *
 * @throws ApiError `unknown_network` (400) naming the first name no network has.
 */
export async function resolveLinkNetworks(
  ports: AppPorts,
  names: readonly string[],
): Promise<{ names: string[]; ranges: string[] }> {
  const keys = [...new Set(names.map(nameKeyOf))];
  const found = await networkStore(ports.db).findByKeys(keys);
  const byKey = new Map(found.map((row) => [row.nameKey, row]));
  const missing = names.findIndex((name) => !byKey.has(nameKeyOf(name)));
  if (missing >= 0) {
    throw new ApiError(
      'unknown_network',
      400,
      `allowedNetworks.${missing}: no network is named "${names[missing]}"; the admin page lists the networks.`,
    );
  }
  const rows = keys.map((key) => byKey.get(key) as NetworkRow);
  return { names: rows.map((row) => row.name), ranges: rows.flatMap((row) => storedRanges(row.ranges)) };
}
