import type { SecretSender } from '@hushlink/protocol';
import type { RecipientKeyPair } from './key-store.ts';
import { openSealedTextWithSender, sealedEnvelopeInfo } from './sealing-crypto.ts';

/** What the reveal page can say about who sealed a secret it opened. */
export type SenderCheck =
  | { kind: 'verified'; sender: SecretSender; fingerprint: string }
  /** Answered through a request link by someone signed out (the server names nobody, and it is unsigned). */
  | { kind: 'request-link' }
  /** A v1 or v2 envelope: made before senders signed. */
  | { kind: 'before-signing'; sender: SecretSender | null }
  /** Unsigned, from a named sender who has no signing key at all (the CLI, or a passkey without PRF). */
  | { kind: 'no-signing-key'; sender: SecretSender }
  /**
   * Unsigned, from a named sender who signs what they seal in the browser: sealed by the command line, which does
   * not sign yet, or by someone else (a server that swapped the envelope). Shown with a warning that says both.
   */
  | { kind: 'unsigned'; sender: SecretSender };

/**
 * Opens a sealed text and checks who sealed it against the sender the server names (`GET /api/secrets/:id`'s
 * `sender`, with their signing keys). A signed v3 envelope must be signed by one of the named sender's keys: signed
 * by anyone else, or signed with no sender named, it is refused before any plaintext is returned. An unsigned one
 * opens marked as not verified, with a warning when the sender has signing keys: `hushlink share --to` does not
 * sign yet, and refusing its secrets would break every command-line share to the browser, so a server that strips
 * a signature and swaps the content is answered by that warning, not by a refusal (SECURITY.md says so). An
 * envelope that predates signatures (v1, v2: the library refuses `senders` for them) opens, marked as not verified.
 *
 * @throws EnvelopeError `SENDER_MISMATCH`, `SIGNATURE_INVALID`, `COMMITMENT_MISMATCH`, and as `openSealedTextWithSender`.
 */
export async function openFromSender(
  envelope: Uint8Array,
  keyPairs: readonly RecipientKeyPair[],
  passphrase: string,
  sender: SecretSender | null,
): Promise<{ text: string; check: SenderCheck }> {
  const info = await sealedEnvelopeInfo(envelope);
  if (info.version < 3) {
    const { text } = await openSealedTextWithSender(envelope, keyPairs, { passphrase });
    return { text, check: { kind: 'before-signing', sender } };
  }
  const keys = sender?.signingKeys ?? [];
  if (!info.signed) {
    const { text } = await openSealedTextWithSender(envelope, keyPairs, { passphrase });
    if (!sender) return { text, check: { kind: 'request-link' } };
    return { text, check: { kind: keys.length === 0 ? 'no-signing-key' : 'unsigned', sender } };
  }
  // Signed, or from someone who signs: only their keys are accepted (an empty list accepts nobody).
  const opened = await openSealedTextWithSender(envelope, keyPairs, { passphrase, senders: keys });
  if (!sender || !opened.sender.signed) {
    // The library refuses both before this point; this guards against a future change in its contract.
    throw new Error('sender check did not hold');
  }
  return { text: opened.text, check: { kind: 'verified', sender, fingerprint: opened.sender.fingerprint } };
}

/** The sentence the reveal page shows above the secret. */
export function describeSenderCheck(check: SenderCheck): string {
  switch (check.kind) {
    case 'verified':
      return `Sealed by ${check.sender.displayName} (@${check.sender.name}), key ${check.fingerprint}, verified: the signature matches a key of theirs.`;
    case 'request-link':
      return 'Sender not verified: answered through your request link by someone who was not signed in.';
    case 'before-signing':
      return 'Sender not verified: sealed before senders signed what they seal.';
    case 'no-signing-key':
      return `Sender not verified: ${check.sender.displayName} (@${check.sender.name}) has no signing key yet, so it is unsigned.`;
    case 'unsigned':
      return `Sender not verified: this secret is not signed, although ${check.sender.displayName} (@${check.sender.name}) signs what they seal in the browser. The hushlink command line does not sign yet; if they did not send it from there, do not trust it and ask them.`;
  }
}
