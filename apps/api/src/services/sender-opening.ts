import type { RevealResponse } from '@hushlink/protocol';
import type { LiveSecret } from '../db/secret-store.ts';
import { secretStore } from '../db/secret-store.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';

/**
 * Whether this is the sender opening their own sealed secret: its creator, signed in, when it is not the answer
 * to a request (whose creator is the requester, its one recipient). A sender who ticked "I can re-open it too"
 * and checks their link must not use up the view meant for the people they sealed it to.
 */
export function isSendersOwnOpening(actor: Actor | null, live: LiveSecret): boolean {
  return (
    actor !== null &&
    live.sealed &&
    live.storage === 'inline' &&
    live.requestId === null &&
    live.creatorId === actor.user.id
  );
}

/**
 * The sender's own opening of a sealed secret they may open (the access rule was checked): its envelope, with no
 * view consumed and none listed among its views; recorded as `secret.opened` with `{"bySender":true}`. The
 * sender's keys are among the recipients only when they sealed it to themselves, so nobody else gains anything.
 *
 * @returns null when the secret went meanwhile (the caller answers `not_found`).
 */
export async function openAsSender(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  now: number,
): Promise<RevealResponse | null> {
  const found = await secretStore(ports.db).peekSealedInline(id, now);
  if (!found) return null;
  await recordAudit(
    ports,
    request,
    'secret.opened',
    { type: 'secret', id },
    { viewsLeft: found.viewsLeft, bySender: true },
  );
  return { ciphertext: found.ciphertext, viewsLeft: found.viewsLeft };
}
