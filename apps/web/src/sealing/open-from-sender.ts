import type { SecretSender } from '@hushlink/protocol';
import type { RecipientKeyPair } from './key-store.ts';
import { noteSignerKey } from './known-signers.ts';
import { t } from './sealed-text.ts';
import { openSealedTextWithSender, sealedEnvelopeInfo } from './sealing-crypto.ts';

/** What the reveal page can say about who sealed a secret it opened. */
export type SenderCheck =
  /** `newKey`: this browser verified other keys of theirs before, never this one. */
  | { kind: 'verified'; sender: SecretSender; fingerprint: string; newKey: boolean }
  /** Answered through a request link by someone signed out (the server names nobody, and it is unsigned). */
  | { kind: 'request-link' }
  /** A v1 or v2 envelope made before its sender had a signing key (or before senders signed at all). */
  | { kind: 'before-signing'; sender: SecretSender | null }
  /** Unsigned, from a named sender who has no signing key at all (a passkey without PRF). */
  | { kind: 'no-signing-key'; sender: SecretSender }
  /** Unsigned, made before its sender registered the signing keys they have now. */
  | { kind: 'before-their-key'; sender: SecretSender };

/**
 * Opens a sealed text and checks who sealed it against the sender the server names (`GET /api/secrets/:id`'s
 * `sender`, with their signing keys). A signed v3 envelope must be signed by one of the named sender's keys: signed
 * by anyone else, or signed with no sender named, it is refused before any plaintext is returned. So is an unsigned
 * one (an unsigned v3, or a v2) when the sender already had a signing key when the secret was made
 * (`signatureRequired`): a server that strips a signature and swaps the content is refused, not shown with a
 * warning. Unsigned envelopes from before the sender had a key, and answers to a request link from someone signed
 * out, open marked as not verified, so no link already sent stops opening.
 *
 * @throws EnvelopeError `SENDER_MISMATCH` (signed by someone else, or unsigned where a signature is required),
 * `SIGNATURE_INVALID`, `COMMITMENT_MISMATCH`, and as `openSealedTextWithSender`.
 */
export async function openFromSender(
  envelope: Uint8Array,
  keyPairs: readonly RecipientKeyPair[],
  passphrase: string,
  sender: SecretSender | null,
): Promise<{ text: string; check: SenderCheck }> {
  const info = await sealedEnvelopeInfo(envelope);
  const keys = sender?.signingKeys ?? [];
  if (info.signed || sender?.signatureRequired === true) {
    // Only the named sender's keys are accepted (an empty list accepts nobody); the library refuses an unsigned
    // envelope given `senders` with SENDER_MISMATCH before any crypto.
    const opened = await openSealedTextWithSender(envelope, keyPairs, { passphrase, senders: keys });
    if (!sender || !opened.sender.signed) {
      // The library refuses both before this point; this guards against a future change in its contract.
      throw new Error('sender check did not hold');
    }
    const { fingerprint } = opened.sender;
    const newKey = noteSignerKey(sender.id, fingerprint) === 'new-key';
    return { text: opened.text, check: { kind: 'verified', sender, fingerprint, newKey } };
  }
  const { text } = await openSealedTextWithSender(envelope, keyPairs, { passphrase });
  if (info.version < 3) return { text, check: { kind: 'before-signing', sender } };
  if (!sender) return { text, check: { kind: 'request-link' } };
  return { text, check: { kind: keys.length === 0 ? 'no-signing-key' : 'before-their-key', sender } };
}

/** A sender's names, as the sentences about them take them. */
function who(sender: { displayName: string; name: string }): { displayName: string; name: string } {
  return { displayName: sender.displayName, name: sender.name };
}

/** The sentence the reveal page shows above the secret, in the page's language. */
export function describeSenderCheck(check: SenderCheck): string {
  switch (check.kind) {
    case 'verified': {
      const verified = t('senderVerified', { ...who(check.sender), fingerprint: check.fingerprint });
      return check.newKey ? `${verified} ${t('senderNewKey')}` : verified;
    }
    case 'request-link':
      return t('senderRequestLink');
    case 'before-signing':
      return t('senderBeforeSigning');
    case 'no-signing-key':
      return t('senderNoSigningKey', who(check.sender));
    case 'before-their-key':
      return t('senderBeforeTheirKey', who(check.sender));
  }
}
