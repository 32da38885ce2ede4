import { CHUNK_BYTES, RECIPIENTS_MAX } from './constants.ts';
import { EnvelopeError } from './errors.ts';
import { CHUNK_OVERHEAD } from './lib/chunk.ts';
import { headerSize, SIGNATURE_BYTES, VERSION_3 } from './lib/header.ts';
import { encodeMetadata, expectedContentLength } from './lib/metadata.ts';
import { paddedLength } from './lib/padding.ts';
import type { EnvelopeMetadata } from './payload.ts';

/**
 * The exact length in bytes of the envelope that `createEncryptor` (or, with `recipients`, `createSealedEncryptor`)
 * will write for this metadata, before any of it is encrypted, so that an upload can declare its size up front
 * (and be refused early when it is too big). For text, pass the text's UTF-8 length as `contentLength`; for files
 * it is the sum of their sizes. `recipients` is the number of recipient keys of a sealed envelope (0 or absent
 * for a link envelope); `signed` says a sealed envelope is signed (a `signer` is passed), which adds the sender's
 * key and the signature (96 bytes).
 *
 * @throws EnvelopeError `PAYLOAD_INVALID`/`LIMIT_EXCEEDED` for metadata `createEncryptor` would refuse,
 * `LIMIT_EXCEEDED` for a recipient count that is not a whole number from 0 to `RECIPIENTS_MAX`, `KEY_INVALID`
 * for `signed` without recipients.
 * @example
 * const size = envelopeLength({ kind: 'files', files }, { passphrase: false, recipients: keys.length, signed: true });
 */
export function envelopeLength(
  metadata: EnvelopeMetadata,
  options: { passphrase: boolean; contentLength?: number; recipients?: number; signed?: boolean },
): number {
  const recipients = options.recipients ?? 0;
  if (!Number.isInteger(recipients) || recipients < 0 || recipients > RECIPIENTS_MAX) {
    throw new EnvelopeError('LIMIT_EXCEEDED', `A sealed secret holds 1 to ${RECIPIENTS_MAX} recipient keys.`);
  }
  const signed = options.signed === true;
  if (signed && recipients === 0) {
    throw new EnvelopeError('KEY_INVALID', 'Only a sealed secret is signed.');
  }
  const content = expectedContentLength(metadata) ?? options.contentLength ?? 0;
  const data = encodeMetadata(metadata).length + content;
  const padded = paddedLength(data);
  const header = headerSize({
    version: VERSION_3,
    passphrase: options.passphrase,
    sealed: recipients > 0,
    signed,
    recipients,
  });
  const trailer = signed ? SIGNATURE_BYTES : 0;
  return header + padded + CHUNK_OVERHEAD * Math.ceil(padded / CHUNK_BYTES) + trailer;
}
