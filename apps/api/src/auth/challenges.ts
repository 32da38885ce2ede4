import { randomToken } from '../crypto/random-token.ts';
import { type ChallengeRow, challengeStore } from '../db/challenge-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';

/** A WebAuthn challenge is good for 5 minutes, once. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

/** Stores the challenge of a ceremony and returns its id, which the client sends back with its response. */
export async function saveChallenge(
  ports: AppPorts,
  kind: ChallengeRow['kind'],
  challenge: string,
  fields: Pick<ChallengeRow, 'userId' | 'pending'> = { userId: null, pending: null },
): Promise<string> {
  const id = randomToken(16);
  await challengeStore(ports.db).insert({
    id,
    challenge,
    kind,
    ...fields,
    expiresAt: ports.clock.now() + CHALLENGE_TTL_MS,
  });
  return id;
}

/** Takes (and so deletes) a challenge; a 400 `challenge_invalid` when it is unknown, used or expired. */
export async function takeChallenge(
  ports: AppPorts,
  id: string,
  kind: ChallengeRow['kind'],
): Promise<ChallengeRow> {
  const row = await challengeStore(ports.db).take(id, kind, ports.clock.now());
  if (!row) {
    throw new ApiError(
      'challenge_invalid',
      400,
      'This sign-in attempt expired or was already used. Try again.',
    );
  }
  return row;
}
