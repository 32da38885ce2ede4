import { parseHeader } from './lib/header.ts';

/** What an envelope's header says, read without any key. */
export interface EnvelopeInfo {
  /** 1 or 3 for a link envelope, 2 or 3 for a sealed one. */
  version: number;
  /** Whether a passphrase is needed as well. */
  passphrase: boolean;
  /** Whether it is sealed to people: it opens with a recipient's key pair, and its link has no key. */
  sealed: boolean;
  /** How many recipient keys it is sealed to; 0 for a link envelope. */
  recipients: number;
  /**
   * Whether it names a sender and ends with their signature (v3 sealed only). Not verified here: a decryptor
   * checks the signature.
   */
  signed: boolean;
}

/**
 * Reads an envelope's header without decrypting anything, so a page can ask for a passphrase, or a passkey for a
 * sealed secret, before trying. A sealed envelope's header is up to about 20 KiB: pass at least that much.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` for a malformed or short header (including Argon2id costs or a
 * recipient count outside the caps), `UNSUPPORTED_VERSION` for a version other than 1, 2 and 3.
 * @example
 * if (inspectEnvelope(envelope).sealed) keyPair = await deriveRecipientKeyPair(await askPasskeyForPrf());
 */
export function inspectEnvelope(envelope: Uint8Array): EnvelopeInfo {
  const header = parseHeader(envelope);
  return {
    version: header.version,
    passphrase: header.kdf !== undefined,
    sealed: header.sealed,
    recipients: header.recipients,
    signed: header.signed,
  };
}
