import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLinkKey, decryptPayload, deriveClaim, hashClaim, inspectEnvelope } from '../src/index.ts';
import { sealPayload } from '../src/lib/seal-payload.ts';
import { errorCode } from './helpers/expect-error.ts';
import { fixedRandom } from './helpers/fixed-random.ts';
import { fromHex, toHex } from './helpers/hex.ts';
import type { EnvelopeVectorFile } from './vectors/envelope-vectors.ts';
import { payloadOf } from './vectors/envelope-vectors.ts';

const file: EnvelopeVectorFile = JSON.parse(
  readFileSync(new URL('./vectors/envelope-v1.json', import.meta.url), 'utf8'),
);
const optionsOf = (passphrase: string | undefined) => (passphrase === undefined ? {} : { passphrase });

describe('envelope v1 vectors', () => {
  it('holds the cases it promises', () => {
    expect(file.valid.map((v) => v.name)).toEqual([
      'empty text',
      'short text',
      'unicode text',
      'exactly one chunk',
      'multi-chunk 130 KiB',
      'passphrase',
      'files',
    ]);
    expect(file.invalid).toHaveLength(25);
  });

  describe.each(file.valid.map((vector) => [vector.name, vector] as const))('valid: %s', (_, vector) => {
    const linkKey = decodeLinkKey(vector.linkKey);

    it('derives the claim and its hash', async () => {
      const claim = await deriveClaim(linkKey);
      expect(toHex(claim)).toBe(vector.claim);
      expect(toHex(await hashClaim(claim))).toBe(vector.claimHash);
    });

    it('decrypts to the payload', async () => {
      const envelope = fromHex(vector.envelope);
      expect(inspectEnvelope(envelope)).toEqual({
        version: 1,
        passphrase: vector.passphrase !== undefined,
        sealed: false,
        recipients: 0,
        signed: false,
      });
      const payload = await decryptPayload(envelope, linkKey, optionsOf(vector.passphrase));
      expect(payload).toEqual(payloadOf(vector.payload));
    });

    it('re-encrypts to the same bytes from the same randomness', async () => {
      const seam = {
        random: fixedRandom(fromHex(vector.random)),
        ...(vector.argon2 ? { argon2: vector.argon2 } : {}),
        version: 1 as const,
      };
      const envelope = await sealPayload(
        payloadOf(vector.payload),
        linkKey,
        optionsOf(vector.passphrase),
        seam,
      );
      expect(toHex(envelope) === vector.envelope).toBe(true);
    });
  });

  it.each(file.invalid.map((vector) => [vector.name, vector] as const))('invalid: %s', async (_, vector) => {
    const code = await errorCode(() =>
      decryptPayload(fromHex(vector.envelope), decodeLinkKey(vector.linkKey), optionsOf(vector.passphrase)),
    );
    expect(code).toBe(vector.error);
  });
});
