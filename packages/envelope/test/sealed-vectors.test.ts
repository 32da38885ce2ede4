import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decryptSealedPayload, deriveRecipientKeyPair, inspectEnvelope } from '../src/index.ts';
import { sealPayloadTo } from '../src/lib/seal-payload.ts';
import { errorCode } from './helpers/expect-error.ts';
import { fixedRandom } from './helpers/fixed-random.ts';
import { fromHex, toHex } from './helpers/hex.ts';
import type { LaxCheck } from './helpers/lax-reader.ts';
import { laxOpen } from './helpers/lax-reader.ts';
import type { SealedVectorFile } from './vectors/sealed-vectors.ts';
import { sealedPayloadOf } from './vectors/sealed-vectors.ts';

const file: SealedVectorFile = JSON.parse(
  readFileSync(new URL('./vectors/envelope-v2.json', import.meta.url), 'utf8'),
);
const optionsOf = (passphrase: string | undefined) => (passphrase === undefined ? {} : { passphrase });

describe('envelope v2 (sealed) vectors', () => {
  it('holds the cases it promises', () => {
    expect(file.valid.map((v) => v.name)).toEqual([
      'one recipient',
      'two recipients',
      'three recipients, unicode',
      'passphrase and two recipients',
      'multi-chunk 130 KiB, two recipients',
      'files, one recipient',
    ]);
    expect(file.invalid).toHaveLength(30);
    expect(new Set(file.invalid.map((v) => v.error))).toEqual(
      new Set([
        'NOT_A_RECIPIENT',
        'DECRYPTION_FAILED',
        'ENVELOPE_INVALID',
        'UNSUPPORTED_VERSION',
        'PASSPHRASE_REQUIRED',
        'PAYLOAD_INVALID',
      ]),
    );
  });

  describe.each(file.valid.map((vector) => [vector.name, vector] as const))('valid: %s', (_, vector) => {
    it('opens for every recipient, whose key pair derives from its PRF output', async () => {
      const envelope = fromHex(vector.envelope);
      expect(inspectEnvelope(envelope)).toEqual({
        version: 2,
        passphrase: vector.passphrase !== undefined,
        sealed: true,
        recipients: vector.recipients.length,
        signed: false,
      });
      for (const recipient of vector.recipients) {
        const pair = await deriveRecipientKeyPair(fromHex(recipient.prfOutput));
        expect(toHex(pair.publicKey)).toBe(recipient.publicKey);
        const payload = await decryptSealedPayload(envelope, pair, optionsOf(vector.passphrase));
        expect(payload).toEqual(sealedPayloadOf(vector.payload));
      }
    });

    it('re-encrypts to the same bytes from the same randomness', async () => {
      const seam = {
        random: fixedRandom(fromHex(vector.random)),
        ...(vector.argon2 ? { argon2: vector.argon2 } : {}),
        version: 2 as const,
      };
      const envelope = await sealPayloadTo(
        sealedPayloadOf(vector.payload),
        vector.recipients.map((recipient) => fromHex(recipient.publicKey)),
        optionsOf(vector.passphrase),
        seam,
      );
      expect(toHex(envelope) === vector.envelope).toBe(true);
    });
  });

  it.each(file.invalid.map((vector) => [vector.name, vector] as const))('invalid: %s', async (_, vector) => {
    const pair = await deriveRecipientKeyPair(fromHex(vector.prfOutput));
    const code = await errorCode(() =>
      decryptSealedPayload(fromHex(vector.envelope), pair, optionsOf(vector.passphrase)),
    );
    expect(code).toBe(vector.error);
  });
});

describe('a deliberately lax reader of the v2 vectors', () => {
  const open = (envelope: string, prfOutput: string, passphrase: string | undefined, skip: Set<LaxCheck>) =>
    laxOpen(fromHex(envelope), { prfOutput }, passphrase, skip);

  it('is a sound reader when it skips nothing: every valid vector opens, no invalid one does', async () => {
    for (const vector of file.valid) {
      for (const recipient of vector.recipients) {
        const payload = await open(vector.envelope, recipient.prfOutput, vector.passphrase, new Set());
        expect(payload, vector.name).toEqual(sealedPayloadOf(vector.payload));
      }
    }
    for (const vector of file.invalid) {
      expect(await open(vector.envelope, vector.prfOutput, vector.passphrase, new Set()), vector.name).toBe(
        undefined,
      );
    }
  });

  // Each forged case is refused for one rule only: a reader without that rule opens it, which also shows that the
  // forger sealed it under the right keys.
  it.each([
    ['final', ['a REKEY tag']],
    ['metadata', ['metadata of an unknown kind', 'metadata with a duplicate key', 'a size written 1.0']],
  ] as const)('is caught by the vectors when it skips the %s check', async (check, names) => {
    const fooled: string[] = [];
    for (const vector of file.invalid) {
      if ((await open(vector.envelope, vector.prfOutput, vector.passphrase, new Set([check]))) !== undefined)
        fooled.push(vector.name);
    }
    expect(fooled).toEqual(names);
  });
});
