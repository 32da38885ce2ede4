import type { CreateSecretResponse, SecretMetadata } from '@hushlink/protocol';
import { randomToken } from '../crypto/random-token.ts';
import { sha256OfBase64Url, sha256OfText, timingSafeEqual } from '../crypto/sha256.ts';
import { ApiError, secretGone } from '../errors.ts';
import type { AppPorts } from '../ports.ts';

/** A validated request to store a secret (`createSecretRequestSchema` after defaults). */
export interface NewSecret {
  ciphertext: string;
  size: number;
  expiresIn: number;
  maxViews: number;
  access: 'link';
  passphrase: boolean;
  claimHash: string;
}

/**
 * Stores a client-encrypted secret and returns its id and the manage token, which is shown once and kept only
 * as a SHA-256.
 */
export async function createSecret(ports: AppPorts, input: NewSecret): Promise<CreateSecretResponse> {
  const now = ports.clock.now();
  const id = randomToken(16);
  const manageToken = randomToken(32);
  const expiresAt = now + input.expiresIn * 1000;
  await ports.secrets.insert({
    id,
    ciphertext: input.ciphertext,
    size: input.size,
    claimHash: input.claimHash,
    manageTokenHash: await sha256OfText(manageToken),
    access: input.access,
    passphrase: input.passphrase,
    sealed: false,
    maxViews: input.maxViews,
    createdAt: now,
    expiresAt,
  });
  return { id, expiresAt: new Date(expiresAt).toISOString(), manageToken };
}

/** What the reveal page may show before anything is consumed. Throws `not_found` when the secret is gone. */
export async function getSecretMetadata(ports: AppPorts, id: string): Promise<SecretMetadata> {
  const live = await ports.secrets.findLive(id, ports.clock.now());
  if (!live) throw secretGone();
  return { ...live, expiresAt: new Date(live.expiresAt).toISOString() };
}

/**
 * Consumes one view of a secret for a caller who proves they hold the link.
 *
 * Throws `not_found` when the secret is gone, and `claim_mismatch` when the claim is wrong; neither consumes
 * anything. The claim is compared through its SHA-256 inside the atomic update.
 */
export async function revealSecret(
  ports: AppPorts,
  id: string,
  claim: string,
): Promise<{ ciphertext: string; viewsLeft: number }> {
  const now = ports.clock.now();
  const claimHash = await sha256OfBase64Url(claim);
  const consumed = await ports.secrets.consumeView(id, claimHash, now);
  if (consumed) return consumed;
  // Nothing was consumed: say why, with the same single lookup for an unknown id and a used-up one.
  const live = await ports.secrets.findLive(id, now);
  if (!live) throw secretGone();
  throw new ApiError(
    'claim_mismatch',
    403,
    'The key in this link does not match the secret. Check that the whole link was copied.',
  );
}

/**
 * Revokes a secret for whoever holds its manage token: the ciphertext is deleted at once.
 * Revoking a secret that is already gone succeeds, so a retried request is harmless.
 */
export async function revokeSecret(ports: AppPorts, id: string, manageToken: string): Promise<void> {
  const storedHash = await ports.secrets.findManageTokenHash(id);
  const presentedHash = await sha256OfText(manageToken);
  if (storedHash === null) throw secretGone();
  if (!timingSafeEqual(storedHash, presentedHash)) {
    throw new ApiError('forbidden', 403, 'This manage token does not belong to this secret.');
  }
  await ports.secrets.revoke(id, ports.clock.now());
}

/** Deletes every expired secret; run by the scheduled handler. Returns how many were deleted. */
export async function purgeExpiredSecrets(ports: AppPorts): Promise<number> {
  return ports.secrets.purgeExpired(ports.clock.now());
}
