import { deriveRecipientKeyPair, type RecipientKeyPair, toBase64Url } from '@hushlink/envelope';
import { type AccountSeed, type SeededAccount, seedAccounts } from './seed-accounts.ts';

/**
 * A passkey's key pair, derived as a browser does from a PRF output, here a fixed 32-byte value so a test holds
 * the private key. Derived afresh on each call: a sealed decryptor wipes the private key it was given.
 */
export function keyPair(seedByte: number): Promise<RecipientKeyPair> {
  return deriveRecipientKeyPair(new Uint8Array(32).fill(seedByte));
}

/** The PRF seeds of carol's two passkeys and alice-s's one (sealed.test.ts). */
export const CAROL_KEYS = [0x11, 0x12] as const;
export const ALICE_KEY = 0x21;

/** Every account a CLI test file uses, by the name the file knows it by. */
export type TestAccounts = Record<TestAccountName, SeededAccount>;
export type TestAccountName =
  | 'alice'
  | 'bob'
  | 'gina'
  | 'sealedAlice'
  | 'sealedBob'
  | 'sealedCarol'
  | 'sealedErin';

/**
 * Seeds every test account once, before any test file runs (test/global-setup.ts). Seeding writes to the server's
 * SQLite file from outside; done while tests run, it held the write lock under a request and made it fail with a 500.
 * Names are unique per run (`-suffix`), since nothing else about the database is.
 */
export async function seedTestAccounts(persistTo: string): Promise<TestAccounts> {
  const publicKey = async (seed: number) => toBase64Url((await keyPair(seed)).publicKey);
  const suffix = Date.now().toString(36);
  const seeds: Record<TestAccountName, AccountSeed> = {
    alice: { name: `alice-${suffix}`, role: 'member' },
    bob: { name: `bob-${suffix}`, role: 'member' },
    gina: { name: `gina-${suffix}`, role: 'guest' },
    // alice-s (sender, one key), carol (two keys), bob-s (no key), erin (sender with no key).
    sealedAlice: { name: `alice-s-${suffix}`, role: 'member', prfPublicKeys: [await publicKey(ALICE_KEY)] },
    sealedBob: { name: `bob-s-${suffix}`, role: 'member' },
    sealedCarol: {
      name: `carol-s-${suffix}`,
      role: 'member',
      prfPublicKeys: await Promise.all(CAROL_KEYS.map(publicKey)),
    },
    sealedErin: { name: `erin-s-${suffix}`, role: 'member' },
  };
  const names = Object.keys(seeds) as TestAccountName[];
  const seeded = seedAccounts(
    persistTo,
    names.map((name) => seeds[name]),
  );
  return Object.fromEntries(names.map((name, index) => [name, seeded[index]])) as TestAccounts;
}
