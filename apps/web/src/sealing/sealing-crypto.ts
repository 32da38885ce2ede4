import type { SealedSender } from '@hushlink/envelope';
import { loadSealing } from '../crypto/envelope.ts';
import type { RecipientKeyPair, SigningKeyPair } from './key-store.ts';

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
 * Encrypts `text` under a fresh content key wrapped to each public key (base64url), and a passphrase if given,
 * signed with `signer` when given (the sender's key pair, so recipients can check who sealed it). Returns the
 * envelope as base64url for the server; the content key never leaves the library.
 *
 * @throws EnvelopeError `KEY_INVALID` (a malformed or repeated key), `LIMIT_EXCEEDED` (too large).
 */
export async function sealTextTo(
  text: string,
  publicKeys: readonly string[],
  passphrase = '',
  signer: SigningKeyPair | null = null,
): Promise<string> {
  const envelope = await loadSealing();
  const recipients = publicKeys.map((key) => envelope.fromBase64Url(key));
  const sealed = await envelope.encryptSealedPayload({ kind: 'text', text }, recipients, {
    ...(passphrase === '' ? {} : { passphrase }),
    ...(signer ? { signer } : {}),
  });
  return envelope.toBase64Url(sealed);
}

/** A sealed text and who sealed it, as its signature says. */
export interface OpenedSealedText {
  text: string;
  sender: SealedSender;
}

/**
 * Opens a sealed envelope with the first of `keyPairs` it was sealed to, and says who signed it. With `senders`
 * (the signing keys, base64url, of the person the server names as its sender) an envelope that is unsigned or
 * signed by anyone else is refused; without it the caller judges the returned sender itself.
 *
 * @throws EnvelopeError `NOT_A_RECIPIENT` when none of them is among its recipients, `PASSPHRASE_REQUIRED`,
 *   `DECRYPTION_FAILED` (altered), `PAYLOAD_INVALID` (it holds files), `SENDER_MISMATCH`, `SIGNATURE_INVALID`, `COMMITMENT_MISMATCH`;
 *   no plaintext is returned then.
 */
export async function openSealedTextWithSender(
  envelopeData: Uint8Array,
  keyPairs: readonly RecipientKeyPair[],
  options: { passphrase?: string; senders?: readonly string[] } = {},
): Promise<OpenedSealedText> {
  const envelope = await loadSealing();
  const decryptOptions = {
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
    ...(options.senders ? { senders: options.senders.map((key) => envelope.fromBase64Url(key)) } : {}),
  };
  let lastError: unknown = new envelope.EnvelopeError('NOT_A_RECIPIENT', 'No key pair to open it with.');
  for (const keyPair of keyPairs) {
    try {
      const { payload, sender } = await envelope.decryptSealedPayloadWithSender(
        envelopeData,
        keyPair,
        decryptOptions,
      );
      if (payload.kind !== 'text') {
        throw new envelope.EnvelopeError('PAYLOAD_INVALID', 'This sealed secret holds files.');
      }
      return { text: payload.text, sender };
    } catch (error) {
      if (!(error instanceof envelope.EnvelopeError && error.code === 'NOT_A_RECIPIENT')) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

/** The envelope's version and whether it is signed (read from its header, no crypto). */
export async function sealedEnvelopeInfo(
  envelopeData: Uint8Array,
): Promise<{ version: number; signed: boolean }> {
  const info = (await loadSealing()).inspectEnvelope(envelopeData);
  return { version: info.version, signed: info.signed };
}

/** The short fingerprint of a signing public key (base64url), as the reveal page and the Account page show it. */
export async function signingFingerprintOf(publicKey: string): Promise<string> {
  const envelope = await loadSealing();
  return envelope.signingKeyFingerprint(envelope.fromBase64Url(publicKey));
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
