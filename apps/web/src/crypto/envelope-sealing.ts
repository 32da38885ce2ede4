/**
 * The part of `@hushlink/envelope` that sealing to people's passkeys needs (PRF keys, sealed envelopes). Its own
 * chunk, loaded only by the pages that seal, open sealed secrets or register passkeys.
 */
export {
  createSealedDecryptor,
  createSealedEncryptor,
  decryptSealedPayload,
  decryptSealedPayloadWithSender,
  decryptSealedText,
  deriveRecipientKeyPair,
  deriveSenderSigningKeyPair,
  EnvelopeError,
  encryptSealedPayload,
  fromBase64Url,
  inspectEnvelope,
  keyFingerprint,
  PRF_SALT,
  signingKeyFingerprint,
  toBase64Url,
} from '@hushlink/envelope';
