import { decryptionFailed, EnvelopeError } from './errors.ts';
import type { EnvelopeDecryptor } from './lib/decryptor.ts';
import { startDecryptor } from './lib/decryptor.ts';
import { contentKey, keyCommitment, passwordKey, SEALED_CONTENT_CONTEXT } from './lib/key-schedule.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import { checkKeyPair, unwrapKey } from './lib/recipients.ts';
import { standardSodium } from './lib/sodium.ts';
import type { DecryptOptions } from './options.ts';

/**
 * Creates a streaming decryptor for one sealed (version 2) envelope, opened with the recipient's key pair from
 * `deriveRecipientKeyPair`. Once the header has arrived it tries each wrapped key; if none opens, it fails with
 * `NOT_A_RECIPIENT` before any content is decrypted. It has the same interface as `createDecryptor`'s.
 *
 * @throws EnvelopeError `KEY_INVALID` for a key pair that is not two 32-byte keys or whose public key is not its
 * private key's. Its `push` throws `ENVELOPE_INVALID` for a link (version 1) envelope, `NOT_A_RECIPIENT`,
 * `PASSPHRASE_REQUIRED`, and otherwise as `createDecryptor`'s.
 * @example
 * const decryptor = await createSealedDecryptor(await deriveRecipientKeyPair(prfOutput));
 * for await (const piece of response.body) for (const content of await decryptor.push(piece)) write(content);
 * for (const content of await decryptor.finish()) write(content);
 */
export async function createSealedDecryptor(
  keyPair: RecipientKeyPair,
  options: DecryptOptions = {},
): Promise<EnvelopeDecryptor> {
  const sodium = await standardSodium();
  const own = checkKeyPair(sodium, keyPair);
  const wipe = () => own.privateKey.fill(0);
  return startDecryptor(sodium, {
    version: 2,
    async contentKey(header) {
      const envelopeKey = unwrapKey(sodium, header.recipients?.wrapped ?? [], own);
      wipe();
      if (envelopeKey === undefined) {
        throw new EnvelopeError('NOT_A_RECIPIENT', 'This secret is not sealed to this passkey’s key.');
      }
      try {
        // Every recipient must hold the same envelope key, so that all of them read the same plaintext.
        const commitment = keyCommitment(sodium, envelopeKey);
        const committed =
          header.recipients !== undefined && sodium.memcmp(commitment, header.recipients.commitment);
        if (!committed) throw decryptionFailed();
        let pwKey: Uint8Array | undefined;
        if (header.kdf) {
          if (!options.passphrase) {
            throw new EnvelopeError('PASSPHRASE_REQUIRED', 'This secret is protected by a passphrase.');
          }
          pwKey = await passwordKey(options.passphrase, header.kdf);
        }
        const key = contentKey(sodium, envelopeKey, pwKey, SEALED_CONTENT_CONTEXT);
        pwKey?.fill(0);
        return key;
      } finally {
        envelopeKey.fill(0);
      }
    },
    wipe,
  });
}
