import { EnvelopeError } from './errors.ts';
import type { EnvelopeDecryptor } from './lib/decryptor.ts';
import { startDecryptor } from './lib/decryptor.ts';
import { assertLinkKey, contentKey, passwordKey } from './lib/key-schedule.ts';
import { standardSodium } from './lib/sodium.ts';
import type { DecryptOptions } from './options.ts';

export type { EnvelopeDecryptor } from './lib/decryptor.ts';

/**
 * Creates a streaming decryptor for one link (version 1) envelope. The header (and so the need for a passphrase)
 * is only known once its bytes arrive, which is why `push` is asynchronous.
 *
 * @throws EnvelopeError `KEY_INVALID` for a link key that is not 32 bytes. Its `push` throws `ENVELOPE_INVALID`
 * for a sealed (version 2) envelope, which opens only with `createSealedDecryptor`.
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
    version: 1,
    async contentKey(header) {
      let pwKey: Uint8Array | undefined;
      if (header.kdf) {
        if (!options.passphrase) {
          throw new EnvelopeError('PASSPHRASE_REQUIRED', 'This secret is protected by a passphrase.');
        }
        pwKey = await passwordKey(options.passphrase, header.kdf);
      }
      const key = contentKey(sodium, ownLinkKey, pwKey);
      pwKey?.fill(0);
      ownLinkKey.fill(0);
      return key;
    },
    wipe() {
      ownLinkKey.fill(0);
    },
  });
}
