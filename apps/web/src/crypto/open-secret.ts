import { loadEnvelope } from './envelope.ts';

/**
 * Checks a link's fragment and decodes the link key, before anything is asked of the server.
 *
 * @throws EnvelopeError `KEY_INVALID` when the fragment is not a well-formed link key.
 */
export async function readLinkKey(fragment: string): Promise<Uint8Array> {
  const envelope = await loadEnvelope();
  return envelope.decodeLinkKey(fragment);
}

/** The claim that proves this browser holds the link, as base64url for the reveal request. */
export async function claimFor(linkKey: Uint8Array): Promise<string> {
  const envelope = await loadEnvelope();
  return envelope.toBase64Url(await envelope.deriveClaim(linkKey));
}

/** Decodes the base64url envelope the server returned. */
export async function envelopeBytes(ciphertext: string): Promise<Uint8Array> {
  const envelope = await loadEnvelope();
  return envelope.fromBase64Url(ciphertext);
}

/**
 * Decrypts an envelope to its text.
 *
 * @throws EnvelopeError `DECRYPTION_FAILED` (wrong passphrase, altered link or envelope), `PASSPHRASE_REQUIRED`, …
 */
export async function openSecret(
  envelopeData: Uint8Array,
  linkKey: Uint8Array,
  passphrase: string,
): Promise<string> {
  const envelope = await loadEnvelope();
  return envelope.decryptText(envelopeData, linkKey, passphrase === '' ? {} : { passphrase });
}
