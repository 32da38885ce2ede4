import type { EncryptOptions, SealedEncryptOptions } from '../options.ts';
import type { Payload } from '../payload.ts';
import { concatBytes } from './concat-bytes.ts';
import type { EncryptSeam } from './encryptor.ts';
import { startEncryptor } from './encryptor.ts';
import { splitPayload } from './payload-codec.ts';
import { startSealedEncryptor } from './sealed-encryptor.ts';

/** `encryptPayload` with the internal seam, for the vector generator and tests. */
export async function sealPayload(
  payload: Payload,
  linkKey: Uint8Array,
  options: EncryptOptions = {},
  seam: EncryptSeam = {},
): Promise<Uint8Array> {
  const { metadata, content } = splitPayload(payload);
  try {
    const encryptor = await startEncryptor(metadata, linkKey, options, seam);
    return concatBytes([...encryptor.push(content), ...encryptor.finish()]);
  } finally {
    content.fill(0);
  }
}

/** `encryptSealedPayload` with the internal seam, for the vector generator and tests. */
export async function sealPayloadTo(
  payload: Payload,
  recipients: readonly Uint8Array[],
  options: SealedEncryptOptions = {},
  seam: EncryptSeam = {},
): Promise<Uint8Array> {
  const { metadata, content } = splitPayload(payload);
  try {
    const encryptor = await startSealedEncryptor(metadata, recipients, options, seam);
    return concatBytes([...encryptor.push(content), ...encryptor.finish()]);
  } finally {
    content.fill(0);
  }
}
