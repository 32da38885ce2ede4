import { createSealedDecryptor } from './create-sealed-decryptor.ts';
import { decryptionFailed } from './errors.ts';
import { assertEnvelopeBytes, collectPayload } from './lib/collect-payload.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import type { SealedDecryptOptions } from './options.ts';
import type { Payload } from './payload.ts';
import { signingKeyFingerprint } from './signing-key-fingerprint.ts';

/** Who sealed an envelope, as its verified signature says; `signed: false` for an unsigned one. */
export type SealedSender =
  | { signed: false }
  | {
      signed: true;
      /** The sender's Ed25519 public key, whose signature over the whole envelope verified. */
      publicKey: Uint8Array;
      /** `signingKeyFingerprint(publicKey)`, for "Sealed by Alice, key 3F9A 21C4 …, verified". */
      fingerprint: string;
    };

/**
 * Decrypts a complete sealed envelope as `decryptSealedPayload` does and says who sealed it: the signer's key
 * and fingerprint once the signature has verified, or `{ signed: false }` for an unsigned envelope (any v2, or a
 * request answered by someone without an account). Pass `options.senders` (the key directory's keys of the person
 * the server names) to refuse anyone else with `SENDER_MISMATCH`; without it, match the returned key yourself.
 *
 * @throws EnvelopeError as `decryptSealedPayload`.
 * @example
 * const { payload, sender } = await decryptSealedPayloadWithSender(envelope, keyPair, { senders: aliceKeys });
 * if (sender.signed) show(`Sealed by Alice, key ${sender.fingerprint}, verified`);
 */
export async function decryptSealedPayloadWithSender(
  envelope: Uint8Array,
  keyPair: RecipientKeyPair,
  options: SealedDecryptOptions = {},
): Promise<{ payload: Payload; sender: SealedSender }> {
  assertEnvelopeBytes(envelope);
  const decryptor = await createSealedDecryptor(keyPair, options);
  const payload = await collectPayload(envelope, decryptor);
  const signer = decryptor.signer;
  if (signer === undefined) throw decryptionFailed();
  if (signer === null) return { payload, sender: { signed: false } };
  return {
    payload,
    sender: { signed: true, publicKey: signer, fingerprint: await signingKeyFingerprint(signer) },
  };
}
