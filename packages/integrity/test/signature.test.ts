import { describe, expect, it } from 'vitest';
import {
  generateReleaseKey,
  type IntegrityManifest,
  isOlderThan,
  MANIFEST_FORMAT,
  publicKeyOf,
  signManifest,
  verifySignedManifest,
} from '../src/index.ts';

const MANIFEST: IntegrityManifest = {
  format: MANIFEST_FORMAT,
  version: 'v1.2.3',
  commit: '0123456789abcdef0123456789abcdef01234567',
  files: {
    '/index.html': 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    '/assets/a.js': 'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
  },
  pages: ['/', '/s/AAAAAAAAAAAAAAAAAAAAAA'],
  headers: {
    'Content-Security-Policy': "default-src 'none'",
    'Integrity-Policy': 'blocked-destinations=(script)',
  },
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code ?? 'no code',
  );
}

describe('signed integrity manifests', () => {
  it('round-trips: a manifest signed by the release key verifies and comes back equal', async () => {
    const key = await generateReleaseKey();
    expect(publicKeyOf(key.secretKey)).toBe(key.publicKey);
    const signed = await signManifest(MANIFEST, key.secretKey);
    const other = await generateReleaseKey();
    // Any one of the trusted keys will do (a key rotation keeps the old one listed).
    expect(await verifySignedManifest(JSON.stringify(signed), [other.publicKey, key.publicKey])).toEqual(
      MANIFEST,
    );
  });

  it('refuses a manifest signed by another key, and a changed manifest or signature', async () => {
    const key = await generateReleaseKey();
    const other = await generateReleaseKey();
    const signed = await signManifest(MANIFEST, other.secretKey);
    expect(await codeOf(verifySignedManifest(JSON.stringify(signed), [key.publicKey]))).toBe(
      'SIGNATURE_INVALID',
    );
    const mine = await signManifest(MANIFEST, key.secretKey);
    const changed = { ...mine, manifest: mine.manifest.replace('v1.2.3', 'v1.2.4') };
    expect(await codeOf(verifySignedManifest(JSON.stringify(changed), [key.publicKey]))).toBe(
      'SIGNATURE_INVALID',
    );
    const flipped = `${mine.signature[0] === 'A' ? 'B' : 'A'}${mine.signature.slice(1)}`;
    const badSignature = { ...mine, signature: flipped };
    expect(await codeOf(verifySignedManifest(JSON.stringify(badSignature), [key.publicKey]))).toBe(
      'SIGNATURE_INVALID',
    );
    expect(await codeOf(verifySignedManifest(JSON.stringify(mine), []))).toBe('NO_TRUSTED_KEY');
  });

  it('refuses malformed input before any crypto, naming what is wrong', async () => {
    const key = await generateReleaseKey();
    for (const text of ['', 'not json', '[]', '{"manifest":"{}"}', '{"manifest":"{}","signature":"short"}']) {
      expect(await codeOf(verifySignedManifest(text, [key.publicKey])), text).toBe('MANIFEST_MALFORMED');
    }
    // Signed, but not a manifest of this format: refused after the signature, as malformed.
    const signedJunk = await signManifest(MANIFEST, key.secretKey);
    const junk = { ...MANIFEST, files: { '/../etc/passwd': 'sha256-x' } } as unknown as IntegrityManifest;
    expect(await codeOf(signManifest(junk, key.secretKey))).toBe('MANIFEST_MALFORMED');
    expect(await verifySignedManifest(JSON.stringify(signedJunk), [key.publicKey])).toEqual(MANIFEST);
  });

  it('compares versions by major, minor and patch', () => {
    expect(isOlderThan('v1.2.3', 'v1.3.0')).toBe(true);
    expect(isOlderThan('v1.10.0', 'v1.9.9')).toBe(false);
    expect(isOlderThan('v2.0.0', 'v2.0.0')).toBe(false);
    expect(isOlderThan('garbage', 'v1.0.0')).toBe(true);
  });
});
