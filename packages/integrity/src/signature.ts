import type StandardBuild from 'libsodium-wrappers';
import { IntegrityError } from './integrity-error.ts';
import {
  type IntegrityManifest,
  integrityManifestSchema,
  MANIFEST_FORMAT,
  type SignedManifest,
  signedManifestSchema,
} from './manifest.ts';

type Sodium = typeof StandardBuild;

let loading: Promise<Sodium> | undefined;

async function sodium(): Promise<Sodium> {
  loading ??= import('libsodium-wrappers').then(async (module) => {
    const library = (module as { default?: Sodium }).default ?? (module as unknown as Sodium);
    await library.ready;
    return library;
  });
  return loading;
}

/** The bytes a signature covers: the format tag, a newline, the manifest text (domain-separated). */
function signedBytes(manifestText: string): Uint8Array {
  return new TextEncoder().encode(`${MANIFEST_FORMAT}\n${manifestText}`);
}

function fromBase64(text: string, bytes: number, what: string): Uint8Array {
  const decoded = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  if (decoded.length !== bytes)
    throw new IntegrityError('MANIFEST_MALFORMED', `${what} is not ${bytes} bytes.`);
  return decoded;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** A new release key pair, base64: the public key goes in the repository, the secret key never near a server. */
export async function generateReleaseKey(): Promise<{ publicKey: string; secretKey: string }> {
  const library = await sodium();
  const pair = library.crypto_sign_keypair();
  return { publicKey: toBase64(pair.publicKey), secretKey: toBase64(pair.privateKey) };
}

/** The public key (base64) of a release secret key (base64, 64 bytes: libsodium's seed then public key). */
export function publicKeyOf(secretKey: string): string {
  return toBase64(fromBase64(secretKey.trim(), 64, 'The secret key').subarray(32));
}

/**
 * Signs `manifest` with the release secret key (base64, 64 bytes), after checking it against the schema.
 *
 * @throws IntegrityError `MANIFEST_MALFORMED` when the manifest does not meet the schema.
 */
export async function signManifest(manifest: IntegrityManifest, secretKey: string): Promise<SignedManifest> {
  const checked = integrityManifestSchema.safeParse(manifest);
  if (!checked.success)
    throw new IntegrityError('MANIFEST_MALFORMED', `The manifest is not valid: ${firstIssue(checked.error)}`);
  const text = JSON.stringify(manifest, null, 2);
  const library = await sodium();
  const signature = library.crypto_sign_detached(
    signedBytes(text),
    fromBase64(secretKey.trim(), 64, 'The secret key'),
  );
  return { manifest: text, signature: toBase64(signature) };
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}` : 'unknown';
}

/**
 * Checks a published signed manifest (its file's text) against the trusted release public keys (base64), and
 * returns the manifest. Structure is checked before any crypto; the manifest is parsed only once a key verified it.
 *
 * @throws IntegrityError `MANIFEST_MALFORMED`, `SIGNATURE_INVALID` or `NO_TRUSTED_KEY`.
 */
export async function verifySignedManifest(
  fileText: string,
  publicKeys: readonly string[],
): Promise<IntegrityManifest> {
  if (publicKeys.length === 0)
    throw new IntegrityError('NO_TRUSTED_KEY', 'No release public key to check the signature against.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch {
    throw new IntegrityError('MANIFEST_MALFORMED', 'The signed manifest is not JSON.');
  }
  const signed = signedManifestSchema.safeParse(parsed);
  if (!signed.success)
    throw new IntegrityError(
      'MANIFEST_MALFORMED',
      `The signed manifest is malformed: ${firstIssue(signed.error)}`,
    );
  const signature = fromBase64(signed.data.signature, 64, 'The signature');
  const keys = publicKeys.map((key) => fromBase64(key.trim(), 32, 'A public key'));
  const library = await sodium();
  const message = signedBytes(signed.data.manifest);
  if (!keys.some((key) => library.crypto_sign_verify_detached(signature, message, key)))
    throw new IntegrityError('SIGNATURE_INVALID', 'The manifest is not signed by a trusted release key.');
  let inner: unknown;
  try {
    inner = JSON.parse(signed.data.manifest);
  } catch {
    throw new IntegrityError('MANIFEST_MALFORMED', 'The signed manifest text is not JSON.');
  }
  const manifest = integrityManifestSchema.safeParse(inner);
  if (!manifest.success)
    throw new IntegrityError(
      'MANIFEST_MALFORMED',
      `The manifest is malformed: ${firstIssue(manifest.error)}`,
    );
  return manifest.data;
}
