import { type AccessRule, secretStore } from '../db/secret-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';

/** Why an access rule refuses a caller, as recorded in `secret.denied`, with the error the caller gets. */
export interface Refusal {
  reason: 'signed_out' | 'guest_not_on_team' | 'not_a_recipient';
  error: ApiError;
}

/**
 * The one place that decides whether a caller may open a live secret, by its access rule: `link`, anyone;
 * `signed-in`, the team — members and admins, never a guest (guests open only what is shared with them by
 * name); `people`, only the named accounts. A signed-out caller is asked to sign in (401); a signed-in caller
 * the rule excludes is told it is not for them (403 `not_for_you`, as for a `people` link that does not name
 * them: the access rule is in the metadata anyone with the id can read, so the answer tells nothing new).
 * Null when the rule admits the caller.
 */
export async function accessRefusal(
  ports: AppPorts,
  actor: Actor | null,
  id: string,
  access: AccessRule,
): Promise<Refusal | null> {
  if (access === 'link') return null;
  if (!actor) {
    return {
      reason: 'signed_out',
      error: new ApiError('sign_in_required', 401, 'Sign in with your passkey to open this secret.'),
    };
  }
  if (access === 'signed-in' && actor.user.role === 'guest') {
    return {
      reason: 'guest_not_on_team',
      error: new ApiError(
        'not_for_you',
        403,
        'This secret is for the team (members and admins). Guests open only what is shared with them by name: ask the sender to share it with you.',
      ),
    };
  }
  if (access === 'people' && !(await secretStore(ports.db).isRecipient(id, actor.user.id))) {
    return {
      reason: 'not_a_recipient',
      error: new ApiError('not_for_you', 403, 'This secret was shared with other people, not with you.'),
    };
  }
  return null;
}

/**
 * Throws the refusal of `accessRefusal` for the caller of `request`, recorded as `secret.denied` with its reason.
 *
 * @throws ApiError `sign_in_required` (401) or `not_for_you` (403).
 */
export async function assertMayOpen(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  access: AccessRule,
): Promise<void> {
  const refusal = await accessRefusal(ports, request.actor, id, access);
  if (!refusal) return;
  await recordAudit(ports, request, 'secret.denied', { type: 'secret', id }, { reason: refusal.reason });
  throw refusal.error;
}
