/**
 * The fingerprints of the keys I last sealed to, per person, in localStorage. Public data only (fingerprints of
 * public keys), so that a sender notices when someone's keys change between two secrets: a new passkey, or a
 * server that swapped a key.
 */
const PREFIX = 'hushlink:sealed-to:';

/** The fingerprints last sealed to for `userId`, sorted, or null when I never sealed to them in this browser. */
export function knownFingerprints(userId: string): string[] | null {
  try {
    const stored = localStorage.getItem(PREFIX + userId);
    if (stored === null) return null;
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** Remembers the fingerprints just sealed to for `userId`. Storage that is off or full is not an error. */
export function rememberFingerprints(userId: string, fingerprints: readonly string[]): void {
  try {
    localStorage.setItem(PREFIX + userId, JSON.stringify([...fingerprints].sort()));
  } catch {
    // Without storage, changes cannot be noticed across visits; sealing itself is unaffected.
  }
}

/** What changed from the remembered fingerprints: keys added and keys gone (both empty when nothing changed). */
export function keyChanges(
  known: readonly string[] | null,
  current: readonly string[],
): { added: string[]; removed: string[] } {
  if (known === null) return { added: [], removed: [] };
  return {
    added: current.filter((fingerprint) => !known.includes(fingerprint)),
    removed: known.filter((fingerprint) => !current.includes(fingerprint)),
  };
}
