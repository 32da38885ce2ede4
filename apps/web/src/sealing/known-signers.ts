/**
 * The fingerprints of the signing keys this browser has verified, per sender, in localStorage: public data only,
 * so that a recipient notices when a sender's secrets start coming signed by a key not seen before — a new passkey
 * or `hushlink login` of theirs, or a key the server added — and compares it with the sender's Account page.
 */
const PREFIX = 'hushlink:signed-by:';

/** How a verified signing key compares with what this browser saw before from the same sender. */
export type SignerHistory = 'first' | 'known' | 'new-key';

/**
 * Records that `fingerprint` verified a secret from `userId`, and says whether it is the first key seen from them,
 * one seen before, or a new key beside others seen before. Storage that is off or full answers `first`.
 */
export function noteSignerKey(userId: string, fingerprint: string): SignerHistory {
  try {
    const stored = localStorage.getItem(PREFIX + userId);
    const parsed: unknown = stored === null ? null : JSON.parse(stored);
    const known = Array.isArray(parsed)
      ? parsed.filter((item): item is string => typeof item === 'string')
      : [];
    if (known.includes(fingerprint)) return 'known';
    localStorage.setItem(PREFIX + userId, JSON.stringify([...known, fingerprint].sort()));
    return known.length === 0 ? 'first' : 'new-key';
  } catch {
    return 'first';
  }
}
