export { fromBase64Url, toBase64Url } from './base64url.ts';
export { deriveClaim, hashClaim } from './claim.ts';
export {
  ARGON2_MEMLIMIT_DEFAULT,
  ARGON2_MEMLIMIT_MAX,
  ARGON2_MEMLIMIT_MIN,
  ARGON2_OPSLIMIT_DEFAULT,
  ARGON2_OPSLIMIT_MAX,
  ARGON2_OPSLIMIT_MIN,
  CHUNK_BYTES,
  CLAIM_BYTES,
  FILE_NAME_MAX_LENGTH,
  FILE_TYPE_MAX_LENGTH,
  FILES_MAX,
  LINK_KEY_BYTES,
  METADATA_MAX_BYTES,
  PRF_OUTPUT_BYTES,
  RECIPIENT_KEY_BYTES,
  RECIPIENTS_MAX,
} from './constants.ts';
export type { EnvelopeDecryptor } from './create-decryptor.ts';
export { createDecryptor } from './create-decryptor.ts';
export type { EnvelopeEncryptor } from './create-encryptor.ts';
export { createEncryptor } from './create-encryptor.ts';
export { createSealedDecryptor } from './create-sealed-decryptor.ts';
export { createSealedEncryptor } from './create-sealed-encryptor.ts';
export { decryptPayload } from './decrypt-payload.ts';
export { decryptSealedPayload } from './decrypt-sealed-payload.ts';
export type { SealedSender } from './decrypt-sealed-payload-with-sender.ts';
export { decryptSealedPayloadWithSender } from './decrypt-sealed-payload-with-sender.ts';
export { decryptSealedText } from './decrypt-sealed-text.ts';
export { decryptText } from './decrypt-text.ts';
export type { RecipientKeyPair } from './derive-recipient-key-pair.ts';
export { deriveRecipientKeyPair } from './derive-recipient-key-pair.ts';
export type { SenderSigningKeyPair } from './derive-sender-signing-key-pair.ts';
export { deriveSenderSigningKeyPair } from './derive-sender-signing-key-pair.ts';
export { encryptPayload } from './encrypt-payload.ts';
export { encryptSealedPayload } from './encrypt-sealed-payload.ts';
export { envelopeLength } from './envelope-length.ts';
export type { EnvelopeErrorCode } from './errors.ts';
export { EnvelopeError } from './errors.ts';
export type { EnvelopeInfo } from './inspect-envelope.ts';
export { inspectEnvelope } from './inspect-envelope.ts';
export { keyFingerprint } from './key-fingerprint.ts';
export { decodeLinkKey, encodeLinkKey, generateLinkKey } from './link-key.ts';
export { loadSodium } from './load-sodium.ts';
export type {
  DecryptOptions,
  EncryptOptions,
  SealedDecryptOptions,
  SealedEncryptOptions,
} from './options.ts';
export type { EnvelopeMetadata, FileEntry, FilePayload, Payload } from './payload.ts';
export { PRF_SALT } from './prf-salt.ts';
export { signingKeyFingerprint } from './signing-key-fingerprint.ts';
