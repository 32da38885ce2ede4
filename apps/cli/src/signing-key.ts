import { randomBytes } from 'node:crypto';
import {
  deriveSenderSigningKeyPair,
  fromBase64Url,
  type SenderSigningKeyPair,
  signingKeyFingerprint,
  toBase64Url,
} from '@hushlink/envelope';
import type { ApiClient } from './api-client.ts';
import { CliError } from './cli-error.ts';
import type { StoredConfig } from './config-store.ts';
import { configPath, readConfig } from './config-store.ts';
import { normalizeServer } from './server-context.ts';

/**
 * The command line's signing key pair from its saved seed: the seed takes the place of a passkey's PRF output in
 * `deriveSenderSigningKeyPair`, so the CLI signs exactly as a browser does, with a key of its own.
 */
export async function signerFromSeed(seed: string): Promise<SenderSigningKeyPair> {
  const bytes = fromBase64Url(seed);
  try {
    return await deriveSenderSigningKeyPair(bytes);
  } finally {
    bytes.fill(0);
  }
}

/** A signing key `hushlink login` holds: its seed (saved in the config) and its public key's fingerprint. */
export interface LoginSigningKey {
  seed: string;
  fingerprint: string;
  /** False when the key saved for this very server and token was already registered, and is kept. */
  registered: boolean;
}

/**
 * The signing key for a login with `token` on `server`: the saved one when the config already holds a key for this
 * server and token that the account still lists (logging in again with the same token), else a new one from 32
 * random bytes, registered with the token (replacing the key it registered before, which stops counting).
 *
 * @throws CliError as `ApiClient`.
 */
export async function signingKeyForLogin(
  client: ApiClient,
  saved: StoredConfig | null,
  server: string,
  token: string,
): Promise<LoginSigningKey> {
  if (saved?.signingSeed && saved.token === token && sameServer(saved.server, server)) {
    const signer = await signerFromSeed(saved.signingSeed);
    const publicKey = toBase64Url(signer.publicKey);
    if ((await client.listSigningKeys()).some((key) => key.publicKey === publicKey)) {
      return {
        seed: saved.signingSeed,
        fingerprint: await signingKeyFingerprint(signer.publicKey),
        registered: false,
      };
    }
  }
  const seedBytes = randomBytes(32);
  const seed = toBase64Url(seedBytes);
  seedBytes.fill(0);
  const signer = await signerFromSeed(seed);
  await client.registerSigningKey(toBase64Url(signer.publicKey));
  return { seed, fingerprint: await signingKeyFingerprint(signer.publicKey), registered: true };
}

/**
 * The key `share --to` signs with: the one `hushlink login` saved for `server`. Without it the sealed secret would
 * be unsigned, which recipients refuse from a sender who has signing keys, so nothing is shared.
 *
 * @throws CliError `usage` when no signing key is saved for this server; `io` for an unreadable config.
 */
export async function signerForServer(
  server: string,
  path: string = configPath(),
): Promise<SenderSigningKeyPair> {
  const saved = await readConfig(path);
  if (saved?.signingSeed && sameServer(saved.server, server)) return signerFromSeed(saved.signingSeed);
  throw new CliError(
    'usage',
    `A sealed secret is signed with the key \`hushlink login\` makes, and none is saved for ${server}. Run \`hushlink login --server ${server}\` (again: a login from before signing keys, or HUSHLINK_TOKEN alone, has none).`,
  );
}

function sameServer(saved: string, server: string): boolean {
  try {
    return normalizeServer(saved, 'The saved server') === server;
  } catch {
    return false;
  }
}
