import type { CreateInviteResponse } from '@hushlink/protocol';
import { requireFreshStepUp } from '../auth/step-up.ts';
import { newTokenPair } from '../crypto/token-pair.ts';
import { inviteStore } from '../db/invite-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';

/**
 * Creates a single-use, expiring invite. Admins invite members or guests; members invite guests; guests
 * invite nobody. The token (`ID.SECRET`) is returned once and stored as a SHA-256. Like adding a passkey, it needs
 * a fresh step-up of a session, never an API token.
 *
 * @throws ApiError 403 `forbidden` for a role that may not invite that role, then 403 `token_not_allowed` or
 * `step_up_required` (see `requireFreshStepUp`).
 */
export async function createInvite(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
  input: { role: 'member' | 'guest'; expiresIn: number },
): Promise<CreateInviteResponse> {
  const allowed = actor.user.role === 'admin' || (actor.user.role === 'member' && input.role === 'guest');
  if (!allowed) throw new ApiError('forbidden', 403, `Your account cannot invite a ${input.role}.`);
  // An invite makes an account that outlives every session and token: a stolen cookie or token must not make one.
  await requireFreshStepUp(ports, request.actor);
  const pair = newTokenPair();
  const now = ports.clock.now();
  const expiresAt = now + input.expiresIn * 1000;
  await inviteStore(ports.db).insert({
    id: pair.id,
    secretHash: pair.secretHash,
    role: input.role,
    createdBy: actor.user.id,
    createdAt: now,
    expiresAt,
    usedAt: null,
    usedBy: null,
  });
  await recordAudit(ports, request, 'invite.created', { type: 'invite', id: pair.id }, { role: input.role });
  return { id: pair.id, token: pair.token, role: input.role, expiresAt: new Date(expiresAt).toISOString() };
}
