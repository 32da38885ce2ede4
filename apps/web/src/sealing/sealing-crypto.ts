import { loadSealing } from '../crypto/envelope.ts';
import type { RecipientKeyPair } from './key-store.ts';

/**
 * The short fingerprint of a sealing public key (base64url), as people compare it between devices.
 *
 * @throws EnvelopeError `KEY_INVALID` for a key that is not 32 bytes.
 */
export async function fingerprintOf(publicKey: string): Promise<string> {
  const envelope = await loadSealing();
  return envelope.keyFingerprint(envelope.fromBase64Url(publicKey));
}

/**
 * Encrypts `text` under a fresh content key wrapped to each public key (base64url), and a passphrase if given.
 * Returns the envelope as base64url for the server; the content key never leaves the library.
 *
 * @throws EnvelopeError `KEY_INVALID` (a malformed or repeated key), `LIMIT_EXCEEDED` (too large).
 */
export async function sealTextTo(
  text: string,
  publicKeys: readonly string[],
  passphrase = '',
): Promise<string> {
  const envelope = await loadSealing();
  const recipients = publicKeys.map((key) => envelope.fromBase64Url(key));
  const sealed = await envelope.encryptSealedPayload(
    { kind: 'text', text },
    recipients,
    passphrase === '' ? {} : { passphrase },
  );
  return envelope.toBase64Url(sealed);
}

/**
 * Opens a sealed envelope with the first of `keyPairs` it was sealed to.
 *
 * @throws EnvelopeError `NOT_A_RECIPIENT` when none of them is among its recipients, `PASSPHRASE_REQUIRED`,
 *   `DECRYPTION_FAILED` (altered), `PAYLOAD_INVALID` (it holds files), …
 */
export async function openSealedText(
  envelopeData: Uint8Array,
  keyPairs: readonly RecipientKeyPair[],
  passphrase = '',
): Promise<string> {
  const envelope = await loadSealing();
  const options = passphrase === '' ? {} : { passphrase };
  let lastError: unknown = new envelope.EnvelopeError('NOT_A_RECIPIENT', 'No key pair to open it with.');
  for (const keyPair of keyPairs) {
    try {
      return await envelope.decryptSealedText(envelopeData, keyPair, options);
    } catch (error) {
      if (!(error instanceof envelope.EnvelopeError && error.code === 'NOT_A_RECIPIENT')) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

/** Whether an envelope needs a passphrase besides the recipient's passkey (read from its header, no crypto). */
export async function sealedNeedsPassphrase(envelopeData: Uint8Array): Promise<boolean> {
  const envelope = await loadSealing();
  return envelope.inspectEnvelope(envelopeData).passphrase;
}

/** Decodes base64url. */
export async function bytesOf(base64url: string): Promise<Uint8Array> {
  return (await loadSealing()).fromBase64Url(base64url);
}

/** Encodes base64url. */
export async function base64UrlOf(bytes: Uint8Array): Promise<string> {
  return (await loadSealing()).toBase64Url(bytes);
}
