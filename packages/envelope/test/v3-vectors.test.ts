import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectEnvelope } from '../src/index.ts';
import { fromHex } from './helpers/hex.ts';
import type { LaxCheck } from './helpers/lax-reader.ts';
import { laxOpen } from './helpers/lax-reader.ts';
import { checkV3Vectors, reencrypt } from './vectors/check-v3-vectors.ts';
import { sealedPayloadOf } from './vectors/sealed-vectors.ts';
import type { V3InvalidVector, V3ValidVector, V3VectorFile } from './vectors/v3-vectors.ts';

const file: V3VectorFile = JSON.parse(
  readFileSync(new URL('./vectors/envelope-v3.json', import.meta.url), 'utf8'),
);
const only = (vector: V3ValidVector | V3InvalidVector, valid: boolean): V3VectorFile => ({
  ...file,
  valid: valid ? [vector as V3ValidVector] : [],
  invalid: valid ? [] : [vector as V3InvalidVector],
});

describe('envelope v3 vectors', () => {
  it('hold every kind of case the format promises', () => {
    expect(file.valid).toHaveLength(16);
    expect(file.invalid).toHaveLength(42);
    expect(new Set(file.invalid.map((v) => v.error))).toEqual(
      new Set([
        'DECRYPTION_FAILED',
        'ENVELOPE_INVALID',
        'UNSUPPORTED_VERSION',
        'KEY_INVALID',
        'PASSPHRASE_REQUIRED',
        'PAYLOAD_INVALID',
        'NOT_A_RECIPIENT',
        'SENDER_MISMATCH',
        'COMMITMENT_MISMATCH',
        'SIGNATURE_INVALID',
      ]),
    );
    const large = file.valid.filter((v) => v.large);
    expect(large).toHaveLength(1);
    expect(large[0]?.large?.length).toBeGreaterThan(4 * 1024 * 1024);
  });

  it.each(file.valid.map((v) => [v.name, v] as const))(
    'valid: %s opens and re-encrypts byte for byte',
    async (_, vector) => {
      expect(await checkV3Vectors(only(vector, true))).toEqual([]);
      if (vector.envelope) {
        const info = inspectEnvelope(fromHex(vector.envelope));
        expect(info).toMatchObject({
          version: 3,
          sealed: vector.kind === 'sealed',
          signed: vector.signerPublicKey !== undefined,
        });
      }
    },
  );

  it.each(file.invalid.map((v) => [v.name, v] as const))('invalid: %s', async (_, vector) => {
    expect(await checkV3Vectors(only(vector, false))).toEqual([]);
  });
});

describe('a deliberately lax reader', () => {
  const checks: LaxCheck[] = ['final', 'padding', 'length', 'commitment', 'signature', 'metadata'];
  const readable = file.invalid.filter((v) => !('linkKey' in v.reader) || !/KEY_INVALID/.test(v.error));
  const open = (vector: V3InvalidVector | V3ValidVector, envelope: Uint8Array, skip: Set<LaxCheck>) => {
    const reader =
      'reader' in vector
        ? vector.reader
        : vector.kind === 'link'
          ? { linkKey: vector.linkKey }
          : { prfOutput: vector.recipients[0] ?? '' };
    return laxOpen(envelope, reader, vector.passphrase, skip);
  };

  it('is a sound reader when it skips nothing: every small valid vector opens, no invalid one does', async () => {
    for (const vector of file.valid.filter(
      (v) => v.envelope && !v.argon2?.memlimit.toString().startsWith('268'),
    )) {
      expect(await open(vector, fromHex(vector.envelope ?? ''), new Set()), vector.name).toEqual(
        sealedPayloadOf(vector.payload),
      );
    }
    for (const vector of readable) {
      // It takes no expected senders, so it cannot refuse a sender; everything else it refuses.
      if (vector.error === 'SENDER_MISMATCH') continue;
      expect(await open(vector, fromHex(vector.envelope), new Set()), vector.name).toBeUndefined();
    }
  });

  it.each(checks)('is caught by the vectors when it skips the %s check', async (check) => {
    const fooled: string[] = [];
    for (const vector of readable) {
      if (vector.error === 'SENDER_MISMATCH') continue;
      if ((await open(vector, fromHex(vector.envelope), new Set([check]))) !== undefined)
        fooled.push(vector.name);
    }
    expect(fooled.length, `vectors that catch a reader skipping ${check}`).toBeGreaterThan(0);
  });

  it('re-creates the large PUSH vector and opens it', async () => {
    const vector = file.valid.find((v) => v.large) as V3ValidVector;
    const envelope = await reencrypt(vector);
    expect(await open(vector, envelope, new Set())).toEqual(sealedPayloadOf(vector.payload));
  });
});
