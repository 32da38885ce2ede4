import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from './database.ts';
import { passkeys } from './schema.ts';

/**
 * One sealing key as stored: the passkey it belongs to, its X25519 public key and when it was registered, and the
 * Ed25519 signing key derived from the same PRF output (null when none was sent).
 */
export interface StoredPrfKey {
  passkeyId: string;
  passkeyName: string;
  publicKey: string;
  addedAt: number;
  signingKey: string | null;
  /** When `signingKey` was registered (ms), or null with it. */
  signingKeyAddedAt: number | null;
}

/**
 * The X25519 public keys that devices derived from passkeys' PRF outputs (`passkeys.prf_public_key`), and the
 * Ed25519 signing keys derived beside them (`passkeys.prf_signing_key`). Only public keys are ever stored; the PRF
 * output and the private keys stay on the device.
 */
export function passkeyKeyStore(db: Database) {
  return {
    /** Records (or replaces) the public key of passkey `passkeyId`, registered at `at`. */
    async setKey(passkeyId: string, publicKey: string, at: number): Promise<void> {
      await db
        .update(passkeys)
        .set({ prfPublicKey: publicKey, prfKeyAddedAt: at })
        .where(eq(passkeys.id, passkeyId));
    },

    /** Records (or replaces) the signing public key of passkey `passkeyId`, registered at `at`. */
    async setSigningKey(passkeyId: string, signingKey: string, at: number): Promise<void> {
      await db
        .update(passkeys)
        .set({ prfSigningKey: signingKey, prfSigningKeyAddedAt: at })
        .where(eq(passkeys.id, passkeyId));
    },

    /** The sealing keys of account `userId`, oldest passkey first; passkeys without PRF have none. */
    async keysOf(userId: string): Promise<StoredPrfKey[]> {
      const rows = await db
        .select({
          passkeyId: passkeys.id,
          passkeyName: passkeys.name,
          publicKey: passkeys.prfPublicKey,
          signingKey: passkeys.prfSigningKey,
          signingKeyAddedAt: passkeys.prfSigningKeyAddedAt,
          addedAt: passkeys.prfKeyAddedAt,
          createdAt: passkeys.createdAt,
        })
        .from(passkeys)
        .where(and(eq(passkeys.userId, userId), isNotNull(passkeys.prfPublicKey)))
        .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
      return rows.map((row) => ({
        passkeyId: row.passkeyId,
        passkeyName: row.passkeyName,
        publicKey: row.publicKey ?? '',
        signingKey: row.signingKey,
        signingKeyAddedAt: row.signingKey === null ? null : (row.signingKeyAddedAt ?? row.createdAt),
        // A key recorded without a time (none should be) counts from its passkey's creation.
        addedAt: row.addedAt ?? row.createdAt,
      }));
    },
  };
}

/** The passkey key store's methods. */
export type PasskeyKeyStore = ReturnType<typeof passkeyKeyStore>;
