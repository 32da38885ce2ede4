import { ARGON2_MEMLIMIT_DEFAULT, ARGON2_OPSLIMIT_DEFAULT } from '../constants.ts';
import type { SealedEncryptOptions } from '../options.ts';
import type { EnvelopeMetadata } from '../payload.ts';
import type { EncryptSeam, EnvelopeEncryptor } from './encryptor.ts';
import { checkPassphrase, seamVersion, streamEncryptor } from './encryptor.ts';
import type { KdfParams } from './header.ts';
import { encodeHeader, SALT_BYTES, STREAM_HEADER_BYTES, VERSION_SEALED } from './header.ts';
import {
  contentKey,
  contentKeyCommitment,
  keyCommitment,
  passwordKey,
  SEALED_CONTENT_CONTEXT,
  V3_SEALED_CONTENT_CONTEXT,
} from './key-schedule.ts';
import { encodeMetadata } from './metadata.ts';
import { checkRecipientKeys, wrapKey } from './recipients.ts';
import { checkSigningKeyPair } from './signing.ts';
import { standardSodium } from './sodium.ts';

/** Length of the random envelope key that a sealed envelope wraps to each recipient. */
const ENVELOPE_KEY_BYTES = 32;

/**
 * Starts a sealed envelope (v3, or v2 for vector tests): checks the inputs, draws a random envelope key, wraps it
 * to each recipient with `crypto_box_seal`, derives the content key from the envelope key (and Argon2id of the
 * passphrase, if any), writes the recipients block (sorted), the sender key when signing, the key commitment, and
 * the metadata.
 *
 * @throws EnvelopeError `KEY_INVALID` for recipient keys that are missing, not 32 bytes, listed twice or not
 * usable X25519 keys, a signing key pair whose halves do not belong together, or an empty passphrase;
 * `LIMIT_EXCEEDED` for too many recipients or metadata over 16 KiB; `PAYLOAD_INVALID` for bad metadata.
 */
export async function startSealedEncryptor(
  metadata: EnvelopeMetadata,
  recipients: readonly Uint8Array[],
  options: SealedEncryptOptions = {},
  seam: EncryptSeam = {},
): Promise<EnvelopeEncryptor> {
  const version = seamVersion(seam, VERSION_SEALED);
  const keys = checkRecipientKeys(recipients);
  const { passphrase } = options;
  checkPassphrase(passphrase);
  const metadataBytes = encodeMetadata(metadata);
  const sodium = await standardSodium();
  const signer = options.signer === undefined ? undefined : checkSigningKeyPair(sodium, options.signer);
  if (signer && version === VERSION_SEALED) throw new TypeError('version 2 is never signed');
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
    const streamHeader = random(STREAM_HEADER_BYTES);
    const pwKey = kdf && passphrase !== undefined ? await passwordKey(passphrase, kdf) : undefined;
    const v2 = version === VERSION_SEALED;
    const key = contentKey(
      sodium,
      envelopeKey,
      pwKey,
      v2 ? SEALED_CONTENT_CONTEXT : V3_SEALED_CONTENT_CONTEXT,
    );
    pwKey?.fill(0);
    // v2 committed to the envelope key; v3 commits to the content key, passphrase included.
    const commitment = v2 ? keyCommitment(sodium, envelopeKey) : contentKeyCommitment(sodium, key);
    const header = encodeHeader({
      version,
      kdf,
      wrapped,
      sender: signer?.publicKey,
      commitment,
      streamHeader,
    });
    return streamEncryptor(sodium, metadata, metadataBytes, header, key, signer);
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
