import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecipientKeyPair } from '../src/index.ts';
import { createSealedDecryptor, decryptSealedText, encryptSealedPayload } from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { streamEncryptor } from '../src/lib/encryptor.ts';
import { encodeHeader, parseHeader } from '../src/lib/header.ts';
import { contentKey, keyCommitment, SEALED_CONTENT_CONTEXT } from '../src/lib/key-schedule.ts';
import { encodeMetadata } from '../src/lib/metadata.ts';
import { unwrapKey, wrapKey } from '../src/lib/recipients.ts';
import type { Sodium } from '../src/lib/sodium.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { errorCode } from './helpers/expect-error.ts';
import { text } from './helpers/fixtures.ts';
import { keyPairs } from './helpers/recipients.ts';

/**
 * A sealed text envelope built by hand from its parts: `entries` are the recipients block's wrapped keys as
 * given, `envelopeKey` the key the commitment and the stream use.
 */
function forgeSealed(
  sodium: Sodium,
  envelopeKey: Uint8Array,
  entries: Uint8Array[],
  value: string,
): Uint8Array {
  const header = encodeHeader({
    version: 2,
    kdf: undefined,
    wrapped: entries,
    commitment: keyCommitment(sodium, envelopeKey),
    streamHeader: sodium.randombytes_buf(24),
  });
  const metadata = { kind: 'text' as const };
  const key = contentKey(sodium, envelopeKey, undefined, SEALED_CONTENT_CONTEXT);
  const encryptor = streamEncryptor(sodium, metadata, encodeMetadata(metadata), header, key);
  return concatBytes([...encryptor.push(new TextEncoder().encode(value)), ...encryptor.finish()]);
}

let sodium: Sodium;
let alice: RecipientKeyPair;
let bob: RecipientKeyPair;

beforeAll(async () => {
  sodium = await standardSodium();
  [alice, bob] = (await keyPairs(2)) as [RecipientKeyPair, RecipientKeyPair];
});

describe('wrapped keys', () => {
  it('are crypto_box_seal: libsodium opens ours, and we open libsodium’s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (envelopeKey) => {
        const ours = wrapKey(sodium, envelopeKey, alice.publicKey, (n) => sodium.randombytes_buf(n));
        expect(ours).toHaveLength(80);
        expect(sodium.crypto_box_seal_open(ours, alice.publicKey, alice.privateKey)).toEqual(envelopeKey);
        const theirs = sodium.crypto_box_seal(envelopeKey, alice.publicKey);
        expect(unwrapKey(sodium, [theirs], alice)).toEqual(envelopeKey);
        expect(unwrapKey(sodium, [theirs], bob)).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  it('opens an envelope whose recipients block libsodium’s crypto_box_seal wrote', async () => {
    const envelopeKey = sodium.randombytes_buf(32);
    const entries = [bob, alice].map((pair) => sodium.crypto_box_seal(envelopeKey, pair.publicKey));
    const envelope = forgeSealed(sodium, envelopeKey, entries, 'interop');
    expect(await decryptSealedText(envelope, alice)).toBe('interop');
    expect(await decryptSealedText(envelope, bob)).toBe('interop');
  });

  it('hold the key their commitment names: an entry wrapping another key fails at the header', async () => {
    // A dishonest sender gives Bob a different key than Alice. Without the commitment, Bob's failure would depend
    // on the AEAD not being openable under two keys, which Poly1305 does not promise: test/two-key-vectors.test.ts
    // holds a real chunk that libsodium opens under two envelope keys.
    const envelopeKey = sodium.randombytes_buf(32);
    const otherKey = sodium.randombytes_buf(32);
    const entries = [
      sodium.crypto_box_seal(envelopeKey, alice.publicKey),
      sodium.crypto_box_seal(otherKey, bob.publicKey),
    ];
    const envelope = forgeSealed(sodium, envelopeKey, entries, 'for alice');
    expect(await decryptSealedText(envelope, alice)).toBe('for alice');
    const decryptor = await createSealedDecryptor(bob);
    const header = parseHeader(envelope).bytes;
    expect(await errorCode(() => decryptor.push(header))).toBe('DECRYPTION_FAILED');
  });

  it('are fresh each time: no ephemeral key or commitment repeats between two envelopes', async () => {
    // With the CSPRNG, two envelopes share nothing; the seam is what makes the vectors reproducible.
    const a = parseHeader(await encryptSealedPayload(text('x'), [alice.publicKey, bob.publicKey]));
    const b = parseHeader(await encryptSealedPayload(text('x'), [alice.publicKey, bob.publicKey]));
    const ephemeral = (header: typeof a) => header.wrapped.map((e) => e.slice(0, 32));
    for (const key of ephemeral(a)) for (const other of ephemeral(b)) expect(key).not.toEqual(other);
    expect(a.commitment).not.toEqual(b.commitment);
  });
});
