import { currentUser, onSessionChange } from '../session.ts';

/** An X25519 key pair derived from one passkey's PRF output (never stored, never sent). */
export interface RecipientKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** An Ed25519 key pair derived from the same PRF output, for signing what its owner seals (never stored, never sent). */
export interface SigningKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

interface HeldKeyPair {
  userId: string;
  keyPair: RecipientKeyPair;
  signing: SigningKeyPair | null;
}

/**
 * The key pairs derived in this page from the passkeys used here, by credential id, newest last. They live in
 * this module's memory only, for the page's lifetime (a sealed secret opened right after signing in needs no
 * second passkey prompt); nothing writes them to storage, and signing out or switching accounts wipes them.
 */
const held = new Map<string, HeldKeyPair>();

function wipe(credentialId: string): void {
  const entry = held.get(credentialId);
  entry?.keyPair.privateKey.fill(0);
  entry?.signing?.privateKey.fill(0);
  held.delete(credentialId);
}

/**
 * Keeps the key pairs derived from `userId`'s passkey `credentialId` (sealing, and signing when derived) for the
 * rest of this page's life.
 */
export function holdKeyPair(
  credentialId: string,
  userId: string,
  keyPair: RecipientKeyPair,
  signing: SigningKeyPair | null = null,
): void {
  if (held.get(credentialId)?.keyPair !== keyPair) wipe(credentialId);
  held.set(credentialId, { userId, keyPair, signing });
}

/** The key pairs held for `userId`, the most recently derived first. */
export function heldKeyPairs(userId: string): RecipientKeyPair[] {
  return [...held.values()]
    .filter((entry) => entry.userId === userId)
    .map((entry) => entry.keyPair)
    .reverse();
}

/** The signing key pair most recently derived here for `userId`, or null: what sealing signs with. */
export function heldSigningKeyPair(userId: string): SigningKeyPair | null {
  const entries = [...held.values()].filter((entry) => entry.userId === userId && entry.signing !== null);
  return entries.at(-1)?.signing ?? null;
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
