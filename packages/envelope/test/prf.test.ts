import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRecipientKeyPair, keyFingerprint, PRF_SALT } from '../src/index.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { errorCode } from './helpers/expect-error.ts';
import { fromHex, toHex } from './helpers/hex.ts';
import type { PrfKeyVectorFile } from './vectors/sealed-vectors.ts';

const file: PrfKeyVectorFile = JSON.parse(
  readFileSync(new URL('./vectors/prf-keys-v2.json', import.meta.url), 'utf8'),
);

describe('PRF salt', () => {
  it('is the 32-byte BLAKE2b-256 of "hushlink/v1/prf-salt", as the vectors record', async () => {
    const sodium = await standardSodium();
    expect(PRF_SALT).toHaveLength(32);
    expect(toHex(PRF_SALT)).toBe(toHex(sodium.crypto_generichash(32, 'hushlink/v1/prf-salt', null)));
    expect(file.prfSalt).toEqual({ input: 'hushlink/v1/prf-salt', hex: toHex(PRF_SALT) });
  });
});

describe('recipient key pairs from a PRF output', () => {
  it('holds the cases it promises', () => {
    expect(file.keys.map((key) => key.name)).toEqual(['all zeros', 'all ones', 'counting', 'seeded']);
  });

  it.each(file.keys.map((vector) => [vector.name, vector] as const))(
    'match the vector: %s',
    async (_, vector) => {
      const pair = await deriveRecipientKeyPair(fromHex(vector.prfOutput));
      expect(toHex(pair.publicKey)).toBe(vector.publicKey);
      expect(toHex(pair.privateKey)).toBe(vector.privateKey);
      expect(await keyFingerprint(pair.publicKey)).toBe(vector.fingerprint);
    },
  );

  it.each(file.keys.map((vector) => [vector.name, vector] as const))(
    'follow FORMAT.md step by step, outside the package: %s',
    async (_, vector) => {
      const sodium = await standardSodium();
      const seed = sodium.crypto_generichash(32, 'hushlink/v1/recipient-key', fromHex(vector.prfOutput));
      expect(toHex(seed)).toBe(vector.seed);
      // crypto_box_seed_keypair: the private key is the first half of SHA-512(seed), the public key its multiple.
      const privateKey = sodium.crypto_hash(seed).subarray(0, 32);
      expect(toHex(privateKey)).toBe(vector.privateKey);
      expect(toHex(sodium.crypto_scalarmult_base(privateKey))).toBe(vector.publicKey);
      const digest = sodium.crypto_generichash(8, fromHex(vector.publicKey), 'hushlink/v1/fingerprint');
      expect(vector.fingerprint).toBe(
        toHex(digest)
          .toUpperCase()
          .replace(/(.{4})(?=.)/g, '$1 '),
      );
    },
  );

  it('is deterministic, and different PRF outputs give different, matching key pairs', async () => {
    const sodium = await standardSodium();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        async (a, b) => {
          fc.pre(toHex(a) !== toHex(b));
          const first = await deriveRecipientKeyPair(a);
          const again = await deriveRecipientKeyPair(a.slice());
          const other = await deriveRecipientKeyPair(b);
          expect(again).toEqual(first);
          expect(toHex(other.publicKey)).not.toBe(toHex(first.publicKey));
          expect(first.publicKey).toEqual(sodium.crypto_scalarmult_base(first.privateKey));
          expect(Object.keys(first).sort()).toEqual(['privateKey', 'publicKey']);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('does not change the caller’s PRF output', async () => {
    const prf = new Uint8Array(32).fill(9);
    await deriveRecipientKeyPair(prf);
    expect(prf).toEqual(new Uint8Array(32).fill(9));
  });

  it('refuses a PRF output that is not 32 bytes with KEY_INVALID', async () => {
    for (const bad of [new Uint8Array(0), new Uint8Array(31), new Uint8Array(33), new Uint8Array(64)]) {
      expect(await errorCode(() => deriveRecipientKeyPair(bad))).toBe('KEY_INVALID');
    }
    // @ts-expect-error: JavaScript callers can pass anything.
    expect(await errorCode(() => deriveRecipientKeyPair(new ArrayBuffer(32)))).toBe('KEY_INVALID');
  });
});

describe('key fingerprints', () => {
  it('are four groups of four upper-case hex digits, and differ between keys', async () => {
    const seen = new Set<string>();
    for (const vector of file.keys) {
      const fingerprint = await keyFingerprint(fromHex(vector.publicKey));
      expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
      seen.add(fingerprint);
    }
    expect(seen.size).toBe(file.keys.length);
  });

  it('refuses a key that is not 32 bytes with KEY_INVALID', async () => {
    for (const bad of [new Uint8Array(31), new Uint8Array(33)]) {
      expect(await errorCode(() => keyFingerprint(bad))).toBe('KEY_INVALID');
    }
  });
});
