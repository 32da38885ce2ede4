/**
 * The part of `@hushlink/envelope` that links with a key in the fragment need (share, reveal, files). Named
 * re-exports, not the whole package, so that the chunk the reveal page loads leaves the sealing code out.
 */
export {
  createDecryptor,
  createEncryptor,
  decodeLinkKey,
  decryptText,
  deriveClaim,
  EnvelopeError,
  encodeLinkKey,
  encryptPayload,
  envelopeLength,
  FILE_NAME_MAX_LENGTH,
  FILES_MAX,
  fromBase64Url,
  generateLinkKey,
  hashClaim,
  inspectEnvelope,
  loadSodium,
  toBase64Url,
} from '@hushlink/envelope';
