import { loadEnvelope } from './envelope.ts';

/** What creating a link needs from this browser: the envelope for the server and the key for the fragment. */
export interface SealedSecret {
  /** base64url envelope, sent to the server. */
  ciphertext: string;
  /** base64url SHA-256 of the claim, sent to the server. */
  claimHash: string;
  /** base64url link key: goes only into the link's fragment. */
  linkKey: string;
}

/**
 * Encrypts `text` under a fresh link key (and the passphrase, if any) and derives the claim hash the server keeps.
 *
 * @throws EnvelopeError (e.g. `LIMIT_EXCEEDED` for a text too large).
 */
export async function sealSecret(text: string, passphrase: string): Promise<SealedSecret> {
  const envelope = await loadEnvelope();
  const linkKey = await envelope.generateLinkKey();
  const options = passphrase === '' ? {} : { passphrase };
  const ciphertext = await envelope.encryptPayload({ kind: 'text', text }, linkKey, options);
  const claimHash = await envelope.hashClaim(await envelope.deriveClaim(linkKey));
  return {
    ciphertext: envelope.toBase64Url(ciphertext),
    claimHash: envelope.toBase64Url(claimHash),
    linkKey: envelope.encodeLinkKey(linkKey),
  };
}
