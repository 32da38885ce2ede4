import { decryptionFailed, EnvelopeError } from './errors.ts';
import type { EnvelopeDecryptor } from './lib/decryptor.ts';
import { startDecryptor } from './lib/decryptor.ts';
import type { EnvelopeHeader } from './lib/header.ts';
import { VERSION_SEALED } from './lib/header.ts';
import {
  contentKey,
  contentKeyCommitment,
  keyCommitment,
  passwordKey,
  SEALED_CONTENT_CONTEXT,
  V3_SEALED_CONTENT_CONTEXT,
} from './lib/key-schedule.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import { checkKeyPair, unwrapKey } from './lib/recipients.ts';
import { checkSenderKeys } from './lib/signing.ts';
import type { Sodium } from './lib/sodium.ts';
import { standardSodium } from './lib/sodium.ts';
import type { SealedDecryptOptions } from './options.ts';

/**
 * Creates a streaming decryptor for one sealed envelope (version 3, or 2), opened with the recipient's key pair
 * from `deriveRecipientKeyPair`. Once the header has arrived it checks the sender against `options.senders`,
 * then tries each wrapped key (`NOT_A_RECIPIENT` if none opens), then the key commitment, all before any content
 * is decrypted; a signed envelope's signature is checked by `finish`, before the last piece of content is
 * returned. Its `signer` says who signed it (`null`: unsigned). It has the same interface as `createDecryptor`'s.
 *
 * @throws EnvelopeError `KEY_INVALID` for a key pair that is not two 32-byte keys or whose public key is not its
 * private key's, or expected senders that are not 32-byte keys. Its `push` throws `ENVELOPE_INVALID` for a link
 * envelope, `SENDER_MISMATCH`, `NOT_A_RECIPIENT`, `PASSPHRASE_REQUIRED`, `COMMITMENT_MISMATCH`, and otherwise
 * as `createDecryptor`'s; its `finish` also `SIGNATURE_INVALID`.
 * @example
 * const decryptor = await createSealedDecryptor(await deriveRecipientKeyPair(prfOutput), { senders: aliceKeys });
 * for await (const piece of response.body) for (const content of await decryptor.push(piece)) write(content);
 * for (const content of await decryptor.finish()) write(content);
 * show(`Sealed by Alice, key ${await signingKeyFingerprint(decryptor.signer)}, verified`);
 */
export async function createSealedDecryptor(
  keyPair: RecipientKeyPair,
  options: SealedDecryptOptions = {},
): Promise<EnvelopeDecryptor> {
  const sodium = await standardSodium();
  const own = checkKeyPair(sodium, keyPair);
  const senders = options.senders === undefined ? undefined : checkSenderKeys(options.senders);
  const wipe = () => own.privateKey.fill(0);
  return startDecryptor(sodium, {
    sealed: true,
    async contentKey(header) {
      // Who signed it is in the header: a sender other than the expected ones is refused before any crypto.
      if (
        senders !== undefined &&
        !senders.some((key) => header.sender && sodium.memcmp(key, header.sender))
      ) {
        wipe();
        throw new EnvelopeError(
          'SENDER_MISMATCH',
          header.sender
            ? 'This secret was not sealed by the person the server names: their key did not sign it.'
            : 'This secret carries no sender signature, so it cannot be shown to come from the person named.',
        );
      }
      const envelopeKey = unwrapKey(sodium, header.wrapped, own);
      wipe();
      if (envelopeKey === undefined) {
        throw new EnvelopeError('NOT_A_RECIPIENT', 'This secret is not sealed to this passkey’s key.');
      }
      try {
        return await sealedContentKey(sodium, header, envelopeKey, options.passphrase);
      } finally {
        envelopeKey.fill(0);
      }
    },
    wipe,
  });
}

/** The content key from an unwrapped envelope key, after the passphrase and commitment checks of its version. */
async function sealedContentKey(
  sodium: Sodium,
  header: EnvelopeHeader,
  envelopeKey: Uint8Array,
  passphrase: string | undefined,
): Promise<Uint8Array> {
  const commitment = header.commitment ?? new Uint8Array(32);
  const v2 = header.version === VERSION_SEALED;
  // v2 commits to the envelope key, so every recipient holds the same one; checked before the passphrase.
  if (v2 && !sodium.memcmp(keyCommitment(sodium, envelopeKey), commitment)) throw decryptionFailed();
  let pwKey: Uint8Array | undefined;
  if (header.kdf) {
    if (!passphrase)
      throw new EnvelopeError('PASSPHRASE_REQUIRED', 'This secret is protected by a passphrase.');
    pwKey = await passwordKey(passphrase, header.kdf);
  }
  const key = contentKey(sodium, envelopeKey, pwKey, v2 ? SEALED_CONTENT_CONTEXT : V3_SEALED_CONTENT_CONTEXT);
  pwKey?.fill(0);
  if (!v2 && !sodium.memcmp(contentKeyCommitment(sodium, key), commitment)) {
    key.fill(0);
    // Without a passphrase the reader's own key pair unwrapped this key, so a mismatch can only mean the header
    // was put together from another envelope (or by a sender giving recipients different keys): safe to say.
    // With a passphrase it may be a wrong passphrase, which is told apart from nothing else.
    if (header.kdf) throw decryptionFailed();
    throw new EnvelopeError(
      'COMMITMENT_MISMATCH',
      'This secret’s key does not match its header: its recipients block belongs to another envelope.',
    );
  }
  return key;
}
