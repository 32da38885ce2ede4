import {
  deriveClaim,
  encodeLinkKey,
  encryptPayload,
  encryptSealedPayload,
  generateLinkKey,
  hashClaim,
  type SenderSigningKeyPair,
  toBase64Url,
} from '@hushlink/envelope';

/** What creating a link needs: the envelope for the server and the key for the fragment (as apps/web makes them). */
export interface SealedSecret {
  /** The envelope, base64url, sent to the server. */
  ciphertext: string;
  /** Its size in bytes, checked against the API's limit before sending. */
  envelopeBytes: number;
  /** base64url SHA-256 of the claim, sent to the server. */
  claimHash: string;
  /** base64url link key: goes only into the link's fragment. */
  linkKey: string;
}

/**
 * Encrypts `text` under a fresh link key (and the passphrase, if any) and derives the claim hash the server keeps,
 * exactly as the web client's `sealSecret` does, so either client opens what the other made.
 *
 * @throws EnvelopeError (`PAYLOAD_INVALID`, `KEY_INVALID`) for input the format refuses.
 */
export async function sealSecret(text: string, passphrase: string | undefined): Promise<SealedSecret> {
  const linkKey = await generateLinkKey();
  const options = passphrase === undefined ? {} : { passphrase };
  const envelope = await encryptPayload({ kind: 'text', text }, linkKey, options);
  const claimHash = await hashClaim(await deriveClaim(linkKey));
  return {
    ciphertext: toBase64Url(envelope),
    envelopeBytes: envelope.length,
    claimHash: toBase64Url(claimHash),
    linkKey: encodeLinkKey(linkKey),
  };
}

/** A sealed secret's envelope: no link key and no claim; only the recipients' key pairs open it. */
export interface SealedToKeys {
  /** The envelope, base64url, sent to the server. */
  ciphertext: string;
  /** Its size in bytes, checked against the API's limit before sending. */
  envelopeBytes: number;
}

/**
 * Encrypts `text` as a sealed envelope whose content key is wrapped to each public key (and the passphrase, if
 * any), signed with the sender's key (`hushlink login`'s), as the web client does when it shares with people, so
 * their passkeys open it in a browser and see who sealed it.
 *
 * @throws EnvelopeError (`KEY_INVALID`, `LIMIT_EXCEEDED`, `PAYLOAD_INVALID`) for keys or input the format refuses.
 */
export async function sealSecretTo(
  text: string,
  publicKeys: readonly Uint8Array[],
  passphrase: string | undefined,
  signer: SenderSigningKeyPair,
): Promise<SealedToKeys> {
  const options = passphrase === undefined ? { signer } : { passphrase, signer };
  const envelope = await encryptSealedPayload({ kind: 'text', text }, publicKeys, options);
  return { ciphertext: toBase64Url(envelope), envelopeBytes: envelope.length };
}
