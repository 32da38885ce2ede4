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
} from './constants.ts';
export type { EnvelopeDecryptor } from './create-decryptor.ts';
export { createDecryptor } from './create-decryptor.ts';
export type { EnvelopeEncryptor } from './create-encryptor.ts';
export { createEncryptor } from './create-encryptor.ts';
export { decryptPayload } from './decrypt-payload.ts';
export { decryptText } from './decrypt-text.ts';
export { encryptPayload } from './encrypt-payload.ts';
export { envelopeLength } from './envelope-length.ts';
export type { EnvelopeErrorCode } from './errors.ts';
export { EnvelopeError } from './errors.ts';
export { inspectEnvelope } from './inspect-envelope.ts';
export { decodeLinkKey, encodeLinkKey, generateLinkKey } from './link-key.ts';
export { loadSodium } from './load-sodium.ts';
export type { DecryptOptions, EncryptOptions } from './options.ts';
export type { EnvelopeMetadata, FileEntry, FilePayload, Payload } from './payload.ts';
