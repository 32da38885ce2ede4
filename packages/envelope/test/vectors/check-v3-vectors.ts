// Checks test/vectors/envelope-v3.json against this implementation, both ways. No Node APIs, so the generator, the
// unit test and a browser bundle can all run it. Returns one line per failure.
import type { Payload } from '../../src/index.ts';
import {
  decodeLinkKey,
  decryptPayload,
  decryptSealedPayloadWithSender,
  deriveClaim,
  deriveRecipientKeyPair,
  deriveSenderSigningKeyPair,
  EnvelopeError,
  hashClaim,
} from '../../src/index.ts';
import { sealPayload, sealPayloadTo } from '../../src/lib/seal-payload.ts';
import { standardSodium } from '../../src/lib/sodium.ts';
import { fixedRandom } from '../helpers/fixed-random.ts';
import { fromHex, toHex } from '../helpers/hex.ts';
import { sealedPayloadOf } from './sealed-vectors.ts';
import type { V3ValidVector, V3VectorFile } from './v3-vectors.ts';

const same = (a: Payload, b: Payload) =>
  JSON.stringify(a, (_, v) => (v instanceof Uint8Array ? toHex(v) : v)) ===
  JSON.stringify(b, (_, v) => (v instanceof Uint8Array ? toHex(v) : v));

/** Re-creates a valid vector's envelope from its recorded randomness. */
export async function reencrypt(vector: V3ValidVector): Promise<Uint8Array> {
  const seam = {
    random: fixedRandom(fromHex(vector.random)),
    ...(vector.argon2 ? { argon2: vector.argon2 } : {}),
  };
  const passphrase = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
  const payload = sealedPayloadOf(vector.payload);
  if (vector.kind === 'link') return sealPayload(payload, decodeLinkKey(vector.linkKey), passphrase, seam);
  const keys = await Promise.all(
    vector.recipients.map(async (prf) => (await deriveRecipientKeyPair(fromHex(prf))).publicKey),
  );
  const signer =
    vector.signer === undefined ? {} : { signer: await deriveSenderSigningKeyPair(fromHex(vector.signer)) };
  return sealPayloadTo(payload, keys, { ...passphrase, ...signer }, seam);
}

/** Every valid case opens and re-encrypts byte for byte; every invalid case fails with its code. */
export async function checkV3Vectors(file: V3VectorFile): Promise<string[]> {
  const sodium = await standardSodium();
  const failures: string[] = [];
  for (const vector of file.valid) {
    const fail = (what: string) => failures.push(`${vector.name}: ${what}`);
    try {
      const again = await reencrypt(vector);
      const envelope = vector.envelope === undefined ? again : fromHex(vector.envelope);
      if (vector.large) {
        const hash = toHex(sodium.crypto_generichash(32, again, null));
        if (again.length !== vector.large.length || hash !== vector.large.blake2b256)
          fail('large envelope differs');
      } else if (toHex(again) !== vector.envelope) fail('re-encryption differs');
      const expected = sealedPayloadOf(vector.payload);
      const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
      if (vector.kind === 'link') {
        const key = decodeLinkKey(vector.linkKey);
        if (!same(await decryptPayload(envelope, key, options), expected)) fail('payload differs');
        const claim = await deriveClaim(key);
        if (toHex(claim) !== vector.claim || toHex(await hashClaim(claim)) !== vector.claimHash)
          fail('claim');
        continue;
      }
      for (const prf of vector.recipients) {
        const pair = await deriveRecipientKeyPair(fromHex(prf));
        const { payload, sender } = await decryptSealedPayloadWithSender(envelope, pair, options);
        if (!same(payload, expected)) fail('payload differs');
        const signer = sender.signed ? toHex(sender.publicKey) : undefined;
        if (signer !== vector.signerPublicKey) fail(`signer ${signer}`);
      }
    } catch (error) {
      fail(String(error));
    }
  }
  for (const vector of file.invalid) {
    let code: string;
    try {
      const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
      const envelope = fromHex(vector.envelope);
      if ('linkKey' in vector.reader) {
        await decryptPayload(envelope, decodeLinkKey(vector.reader.linkKey), options);
      } else {
        const pair = await deriveRecipientKeyPair(fromHex(vector.reader.prfOutput));
        const senders = vector.reader.senders?.map(fromHex);
        await decryptSealedPayloadWithSender(envelope, pair, { ...options, ...(senders ? { senders } : {}) });
      }
      code = 'decrypted';
    } catch (error) {
      code = error instanceof EnvelopeError ? error.code : String(error);
    }
    if (code !== vector.error) failures.push(`${vector.name}: ${code}, expected ${vector.error}`);
  }
  return failures;
}
