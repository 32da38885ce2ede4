// Bundled by esbuild (support/in-page-bundle.ts) and run in a Chromium page: the published vectors and the envelope
// vectors through the same libsodium builds and envelope code the web client ships. No Node APIs here.
import * as envelope from '@hushlink/envelope';
import standardBuild from 'libsodium-wrappers';
import sumoBuild from 'libsodium-wrappers-sumo';
import { toHex } from '../../../../packages/envelope/test/helpers/hex.ts';
import { checkPublished } from '../../../../packages/envelope/test/vectors/check-published.ts';
import { payloadOf } from '../../../../packages/envelope/test/vectors/envelope-vectors.ts';
import type { InPageChecks } from './checks-api.ts';

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** The error code a promise rejects with, or "resolved" when it does not reject. */
async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof envelope.EnvelopeError ? error.code : `not an EnvelopeError: ${String(error)}`;
  }
}

const checks: InPageChecks = {
  async published(vectors) {
    await standardBuild.ready;
    await sumoBuild.ready;
    return { standard: checkPublished(vectors, standardBuild), sumo: checkPublished(vectors, sumoBuild) };
  },

  async envelopeVectors(file) {
    const failures: string[] = [];
    for (const vector of file.valid) {
      const key = envelope.decodeLinkKey(vector.linkKey);
      const claim = await envelope.deriveClaim(key);
      if (toHex(claim) !== vector.claim) failures.push(`${vector.name}: claim`);
      if (toHex(await envelope.hashClaim(claim)) !== vector.claimHash)
        failures.push(`${vector.name}: claim hash`);
      const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
      try {
        const payload = await envelope.decryptPayload(fromHex(vector.envelope), key, options);
        if (JSON.stringify(payload) !== JSON.stringify(payloadOf(vector.payload))) {
          failures.push(`${vector.name}: payload`);
        }
      } catch (error) {
        failures.push(`${vector.name}: ${String(error)}`);
      }
    }
    for (const vector of file.invalid) {
      const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
      const key = envelope.decodeLinkKey(vector.linkKey);
      const code = await errorCodeOf(envelope.decryptPayload(fromHex(vector.envelope), key, options));
      if (code !== vector.error) failures.push(`${vector.name}: ${code}, expected ${vector.error}`);
    }
    return { failures, valid: file.valid.length, invalid: file.invalid.length };
  },

  async roundTrip(text, passphrase) {
    const key = await envelope.generateLinkKey();
    const plain = await envelope.encryptPayload({ kind: 'text', text }, key);
    const protectedEnvelope = await envelope.encryptPayload({ kind: 'text', text }, key, { passphrase });
    const otherKey = await envelope.generateLinkKey();
    const claim = await envelope.deriveClaim(key);
    const again = await envelope.deriveClaim(envelope.decodeLinkKey(envelope.encodeLinkKey(key)));
    return {
      plainText: await envelope.decryptText(plain, key),
      passphraseText: await envelope.decryptText(protectedEnvelope, key, { passphrase }),
      wrongPassphrase: await errorCodeOf(
        envelope.decryptPayload(protectedEnvelope, key, { passphrase: `${passphrase}x` }),
      ),
      missingPassphrase: await errorCodeOf(envelope.decryptPayload(protectedEnvelope, key)),
      wrongKey: await errorCodeOf(envelope.decryptPayload(plain, otherKey)),
      claimsEqual: toHex(claim) === toHex(again),
      claimHashBytes: (await envelope.hashClaim(claim)).length,
      linkKeyLength: envelope.encodeLinkKey(key).length,
    };
  },
};

window.hushlinkChecks = checks;
