import type { NetworkPolicy, Role } from '@hushlink/protocol';
import { networkStore, type PolicyRows } from '../db/network-store.ts';
import type { UserRow } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import { isInsideRanges } from '../net/network-ranges.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { auditRow, recordAudit } from './audit.ts';
import { storedRanges } from './link-networks.ts';

/** How a refused caller came: signing in, with a session cookie, with an API token, or making a new account. */
export type ConnectionKind = 'sign_in' | 'session' | 'token' | 'register';

/**
 * The one check of the per-role network policy, for sign-ins (`finishSignIn`) and for every request with a
 * session or API token (`networkPolicy` middleware), on Workers and on Node alike. A role with no networks in the
 * policy connects from anywhere. Otherwise the client address must lie inside one of the role's networks; an
 * unknown address does not. Off entirely while the operator's break-glass setting is on.
 *
 * @throws ApiError `network_policy_denied` (403), with a message that names no range, after recording
 * `network_policy.denied` with the address, the account and how it came.
 */
export async function assertRoleMayConnect(
  ports: AppPorts,
  request: RequestInfo,
  user: UserRow,
  via: ConnectionKind,
): Promise<void> {
  if (!(await isOutsideRoleNetworks(ports, request, user.role))) return;
  const actorRequest: RequestInfo = {
    ...request,
    actor: { user, via: via === 'token' ? 'token' : 'session', credentialId: '' },
  };
  await recordAudit(
    ports,
    actorRequest,
    'network_policy.denied',
    { type: 'user', id: user.id },
    { via, role: user.role },
  );
  throw networkPolicyDenied();
}

/**
 * The same check for a new account of `role` (an invite's), before its passkey is made: an account that could
 * not be used from here is not created from here either. Audited without an actor (there is none yet).
 *
 * @throws ApiError `network_policy_denied` (403).
 */
export async function assertRoleMayJoin(ports: AppPorts, request: RequestInfo, role: Role): Promise<void> {
  if (!(await isOutsideRoleNetworks(ports, request, role))) return;
  await recordAudit(ports, request, 'network_policy.denied', null, { via: 'register', role });
  throw networkPolicyDenied();
}

/** Whether the policy keeps `role` to networks the request's address is outside of (never while break-glass is on). */
async function isOutsideRoleNetworks(ports: AppPorts, request: RequestInfo, role: Role): Promise<boolean> {
  if (ports.config.networkPolicyOff) return false;
  const ranges = (await networkStore(ports.db).rangesOfRole(role)).flatMap(storedRanges);
  return ranges.length > 0 && !isInsideRanges(request.ip, ranges);
}

function networkPolicyDenied(): ApiError {
  return new ApiError(
    'network_policy_denied',
    403,
    'Your organisation lets your account connect to Hushlink only from its own networks, and you are not on one of them. Connect to the office network or its VPN and try again.',
  );
}

/** The per-role network policy as stored. */
export async function readNetworkPolicy(ports: AppPorts): Promise<NetworkPolicy> {
  return networkStore(ports.db).policy();
}

/**
 * Replaces the per-role network policy, recorded as `network_policy.changed` with each role's network names.
 *
 * @throws ApiError `unknown_network` (400) naming the entry (`member.0`) of an id no network has;
 * `would_lock_you_out` (409) when the admin's own role would no longer admit their current address.
 */
export async function saveNetworkPolicy(
  ports: AppPorts,
  request: RequestInfo,
  policy: NetworkPolicy,
): Promise<NetworkPolicy> {
  const store = networkStore(ports.db);
  const byId = new Map((await store.list()).map((row) => [row.id, row]));
  for (const role of Object.keys(policy) as Role[]) {
    const missing = policy[role].findIndex((id) => !byId.has(id));
    if (missing >= 0) {
      throw new ApiError(
        'unknown_network',
        400,
        `${role}.${missing}: no network has this id; it may have been deleted.`,
      );
    }
  }
  await assertKeepsOwnAccess(ports, request, (_id, stored) => storedRanges(stored), policy);
  const names = (role: Role) => policy[role].map((id) => byId.get(id)?.name ?? id).join(', ');
  await store.replacePolicy(
    policy,
    auditRow(ports, request, 'network_policy.changed', null, {
      admin: names('admin'),
      member: names('member'),
      guest: names('guest'),
    }),
  );
  return policy;
}

/**
 * The lock-out guard: refuses a change after which the acting admin's own role would no longer admit the address
 * they are connected from (with `rangesOf` giving each network's ranges after the change, and `policy` the policy
 * after it, the stored one when omitted).
 *
 * @throws ApiError `would_lock_you_out` (409).
 */
export async function assertKeepsOwnAccess(
  ports: AppPorts,
  request: RequestInfo,
  rangesOf: (networkId: string, storedRanges: string) => string[],
  policy?: PolicyRows,
): Promise<void> {
  const role = request.actor?.user.role;
  if (!role) return;
  const store = networkStore(ports.db);
  const ids = new Set((policy ?? (await store.policy()))[role]);
  if (ids.size === 0) return;
  const ranges = (await store.list())
    .filter((row) => ids.has(row.id))
    .flatMap((row) => rangesOf(row.id, row.ranges));
  if (isInsideRanges(request.ip, ranges)) return;
  throw new ApiError(
    'would_lock_you_out',
    409,
    `This would lock you out: your address (${request.ip ?? 'unknown'}) would not be inside any network your role (${role}) may connect from. Include a network that holds it, or make the change from inside one.`,
  );
}
