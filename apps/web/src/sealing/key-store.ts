import { currentUser, onSessionChange } from '../session.ts';

/** An X25519 key pair derived from one passkey's PRF output (never stored, never sent). */
export interface RecipientKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

interface HeldKeyPair {
  userId: string;
  keyPair: RecipientKeyPair;
}

/**
 * The key pairs derived in this page from the passkeys used here, by credential id, newest last. They live in
 * this module's memory only, for the page's lifetime (a sealed secret opened right after signing in needs no
 * second passkey prompt); nothing writes them to storage, and signing out or switching accounts wipes them.
 */
const held = new Map<string, HeldKeyPair>();

function wipe(credentialId: string): void {
  held.get(credentialId)?.keyPair.privateKey.fill(0);
  held.delete(credentialId);
}

/** Keeps the key pair derived from `userId`'s passkey `credentialId` for the rest of this page's life. */
export function holdKeyPair(credentialId: string, userId: string, keyPair: RecipientKeyPair): void {
  if (held.get(credentialId)?.keyPair !== keyPair) wipe(credentialId);
  held.set(credentialId, { userId, keyPair });
}

/** The key pairs held for `userId`, the most recently derived first. */
export function heldKeyPairs(userId: string): RecipientKeyPair[] {
  return [...held.values()]
    .filter((entry) => entry.userId === userId)
    .map((entry) => entry.keyPair)
    .reverse();
}

/** Wipes every held private key. */
export function forgetKeyPairs(): void {
  for (const credentialId of [...held.keys()]) wipe(credentialId);
}

// Signing out (here, or a session the server ended) or into another account wipes the others' keys.
onSessionChange(() => {
  const user = currentUser();
  for (const [credentialId, entry] of [...held.entries()]) {
    if (entry.userId !== user?.id) wipe(credentialId);
  }
});
