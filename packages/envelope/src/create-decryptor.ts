import { decryptionFailed, EnvelopeError } from './errors.ts';
import type { EnvelopeDecryptor } from './lib/decryptor.ts';
import { startDecryptor } from './lib/decryptor.ts';
import type { EnvelopeHeader } from './lib/header.ts';
import { VERSION_3 } from './lib/header.ts';
import {
  assertLinkKey,
  CONTENT_CONTEXT,
  contentKey,
  contentKeyCommitment,
  passwordKey,
  V3_CONTENT_CONTEXT,
} from './lib/key-schedule.ts';
import type { Sodium } from './lib/sodium.ts';
import { standardSodium } from './lib/sodium.ts';
import type { DecryptOptions } from './options.ts';

export type { EnvelopeDecryptor } from './lib/decryptor.ts';

/**
 * Creates a streaming decryptor for one link envelope (version 3, or 1). The header (and so the need for a
 * passphrase) is only known once its bytes arrive, which is why `push` is asynchronous.
 *
 * @throws EnvelopeError `KEY_INVALID` for a link key that is not 32 bytes. Its `push` throws `ENVELOPE_INVALID`
 * for a sealed envelope, which opens only with `createSealedDecryptor`, `PASSPHRASE_REQUIRED`, and
 * `DECRYPTION_FAILED` for a wrong key or passphrase (a v3 commitment that does not match) or altered data.
 * @example
 * const decryptor = await createDecryptor(linkKey);
 * for await (const piece of response.body) for (const content of await decryptor.push(piece)) write(content);
 * for (const content of await decryptor.finish()) write(content);
 */
export async function createDecryptor(
  linkKey: Uint8Array,
  options: DecryptOptions = {},
): Promise<EnvelopeDecryptor> {
  assertLinkKey(linkKey);
  const ownLinkKey = linkKey.slice();
  const sodium = await standardSodium();
  return startDecryptor(sodium, {
    sealed: false,
    async contentKey(header) {
      try {
        return await linkContentKey(sodium, header, ownLinkKey, options.passphrase);
      } finally {
        ownLinkKey.fill(0);
      }
    },
    wipe() {
      ownLinkKey.fill(0);
    },
  });
}

/**
 * The content key of a link envelope, after the passphrase check and, in version 3, the commitment check. A
 * mismatch is `DECRYPTION_FAILED`: under a link key it may be a wrong key or passphrase, and saying so apart from
 * altered data would only help someone guessing.
 */
async function linkContentKey(
  sodium: Sodium,
  header: EnvelopeHeader,
  linkKey: Uint8Array,
  passphrase: string | undefined,
): Promise<Uint8Array> {
  let pwKey: Uint8Array | undefined;
  if (header.kdf) {
    // An empty passphrase is no passphrase: a writer never accepts one.
    if (!passphrase)
      throw new EnvelopeError('PASSPHRASE_REQUIRED', 'This secret is protected by a passphrase.');
    pwKey = await passwordKey(passphrase, header.kdf);
  }
  const v3 = header.version === VERSION_3;
  const key = contentKey(sodium, linkKey, pwKey, v3 ? V3_CONTENT_CONTEXT : CONTENT_CONTEXT);
  pwKey?.fill(0);
  if (v3 && !sodium.memcmp(contentKeyCommitment(sodium, key), header.commitment ?? new Uint8Array(32))) {
    key.fill(0);
    throw decryptionFailed();
  }
  return key;
}
