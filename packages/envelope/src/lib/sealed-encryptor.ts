import { ARGON2_MEMLIMIT_DEFAULT, ARGON2_OPSLIMIT_DEFAULT } from '../constants.ts';
import type { EncryptOptions } from '../options.ts';
import type { EnvelopeMetadata } from '../payload.ts';
import type { EncryptSeam, EnvelopeEncryptor } from './encryptor.ts';
import { checkPassphrase, streamEncryptor } from './encryptor.ts';
import type { KdfParams } from './header.ts';
import { encodeHeader, SALT_BYTES, STREAM_HEADER_BYTES } from './header.ts';
import { contentKey, keyCommitment, passwordKey, SEALED_CONTENT_CONTEXT } from './key-schedule.ts';
import { encodeMetadata } from './metadata.ts';
import { checkRecipientKeys, wrapKey } from './recipients.ts';
import { standardSodium } from './sodium.ts';

/** Length of the random envelope key that a sealed envelope wraps to each recipient. */
const ENVELOPE_KEY_BYTES = 32;

/**
 * Starts a sealed (v2) envelope: checks the inputs, draws a random envelope key, wraps it to each recipient with
 * `crypto_box_seal`, writes the recipients block (sorted) and its key commitment into the header, derives the
 * content key from the envelope key (and Argon2id of the passphrase, if any) and writes the metadata.
 *
 * @throws EnvelopeError `KEY_INVALID` for recipient keys that are missing, not 32 bytes, listed twice or not
 * usable X25519 keys, or an empty passphrase; `LIMIT_EXCEEDED` for too many recipients or metadata over 16 KiB;
 * `PAYLOAD_INVALID` for bad metadata.
 */
export async function startSealedEncryptor(
  metadata: EnvelopeMetadata,
  recipients: readonly Uint8Array[],
  options: EncryptOptions = {},
  seam: EncryptSeam = {},
): Promise<EnvelopeEncryptor> {
  const keys = checkRecipientKeys(recipients);
  const { passphrase } = options;
  checkPassphrase(passphrase);
  const metadataBytes = encodeMetadata(metadata);
  const sodium = await standardSodium();
  const random = seam.random ?? ((length: number) => sodium.randombytes_buf(length));

  const envelopeKey = random(ENVELOPE_KEY_BYTES);
  try {
    let kdf: KdfParams | undefined;
    if (passphrase !== undefined) {
      const costs = seam.argon2 ?? { opslimit: ARGON2_OPSLIMIT_DEFAULT, memlimit: ARGON2_MEMLIMIT_DEFAULT };
      kdf = { salt: random(SALT_BYTES), ...costs };
    }
    const wrapped = keys.map((key) => wrapKey(sodium, envelopeKey, key, random));
    // Sorted by their bytes (which look random), so the order says nothing about the order the sender chose.
    wrapped.sort(compareBytes);
    const commitment = keyCommitment(sodium, envelopeKey);
    const header = encodeHeader(kdf, random(STREAM_HEADER_BYTES), { wrapped, commitment });
    const pwKey = kdf && passphrase !== undefined ? await passwordKey(passphrase, kdf) : undefined;
    const key = contentKey(sodium, envelopeKey, pwKey, SEALED_CONTENT_CONTEXT);
    pwKey?.fill(0);
    return streamEncryptor(sodium, metadata, metadataBytes, header, key);
  } finally {
    envelopeKey.fill(0);
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
