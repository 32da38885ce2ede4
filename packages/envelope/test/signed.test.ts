import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecipientKeyPair, SenderSigningKeyPair } from '../src/index.ts';
import {
  CHUNK_BYTES,
  createSealedDecryptor,
  decryptSealedPayload,
  decryptSealedPayloadWithSender,
  deriveSenderSigningKeyPair,
  encryptSealedPayload,
  envelopeLength,
  inspectEnvelope,
  keyFingerprint,
  signingKeyFingerprint,
} from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { streamEncryptor } from '../src/lib/encryptor.ts';
import { COUNT_BYTES, PREFIX_BYTES, parseHeader, WRAPPED_KEY_BYTES } from '../src/lib/header.ts';
import { contentKey, V3_SEALED_CONTENT_CONTEXT } from '../src/lib/key-schedule.ts';
import { encodeMetadata } from '../src/lib/metadata.ts';
import { unwrapKey } from '../src/lib/recipients.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { bytesEqual } from './helpers/bytes-equal.ts';
import { errorCode } from './helpers/expect-error.ts';
import { text } from './helpers/fixtures.ts';
import { keyPairs, prfOutput } from './helpers/recipients.ts';
import { sealTo } from './helpers/seal-to.ts';

let alice: SenderSigningKeyPair;
let mallory: SenderSigningKeyPair;
let bob: RecipientKeyPair;
let carol: RecipientKeyPair;

beforeAll(async () => {
  alice = await deriveSenderSigningKeyPair(prfOutput(100));
  mallory = await deriveSenderSigningKeyPair(prfOutput(101));
  [bob, carol] = (await keyPairs(2)) as [RecipientKeyPair, RecipientKeyPair];
});

const flip = (envelope: Uint8Array, offset: number, mask = 1) => {
  const copy = envelope.slice();
  const at = offset < 0 ? copy.length + offset : offset;
  copy[at] = (copy[at] ?? 0) ^ mask;
  return copy;
};

/** Offset of the sender key in a passphrase-less signed header with `n` recipients. */
const senderAt = (n: number) => PREFIX_BYTES + COUNT_BYTES + n * WRAPPED_KEY_BYTES;

describe('sender signing keys', () => {
  it('derive from the PRF output under their own context, as FORMAT.md spells out', async () => {
    const sodium = await standardSodium();
    const seed = sodium.crypto_generichash(32, 'hushlink/v1/sender-signing-key', prfOutput(100));
    const expected = sodium.crypto_sign_seed_keypair(seed);
    expect(bytesEqual(alice.publicKey, expected.publicKey)).toBe(true);
    expect(bytesEqual(alice.privateKey, expected.privateKey)).toBe(true);
    expect((await deriveSenderSigningKeyPair(prfOutput(100))).publicKey).toEqual(alice.publicKey);
    expect(await errorCode(() => deriveSenderSigningKeyPair(new Uint8Array(31)))).toBe('KEY_INVALID');
  });

  it('have a fingerprint of their own, never the sealing-key fingerprint of the same bytes', async () => {
    const fingerprint = await signingKeyFingerprint(alice.publicKey);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(fingerprint).not.toBe(await keyFingerprint(alice.publicKey));
    expect(await errorCode(() => signingKeyFingerprint(new Uint8Array(33)))).toBe('KEY_INVALID');
  });

  it('are refused when their halves do not belong together', async () => {
    const mixed = { publicKey: mallory.publicKey, privateKey: alice.privateKey };
    for (const signer of [
      mixed,
      { publicKey: alice.publicKey, privateKey: alice.privateKey.subarray(0, 32) },
    ]) {
      expect(await errorCode(() => encryptSealedPayload(text('x'), [bob.publicKey], { signer }))).toBe(
        'KEY_INVALID',
      );
    }
  });
});

describe('signed sealed envelopes (version 3)', () => {
  it('name the sender, end with the signature, and report the verified sender', async () => {
    const envelope = await encryptSealedPayload(text('from Alice'), [bob.publicKey, carol.publicKey], {
      signer: alice,
    });
    expect(envelope[5]).toBe(0x06);
    expect(inspectEnvelope(envelope)).toEqual({
      version: 3,
      passphrase: false,
      sealed: true,
      recipients: 2,
      signed: true,
    });
    expect(envelope.length).toBe(
      envelopeLength({ kind: 'text' }, { passphrase: false, contentLength: 10, recipients: 2, signed: true }),
    );
    expect(envelope.length - envelopeLength({ kind: 'text' }, { passphrase: false, recipients: 2 })).toBe(96);
    expect(bytesEqual(envelope.subarray(senderAt(2), senderAt(2) + 32), alice.publicKey)).toBe(true);
    for (const reader of [bob, carol]) {
      const opened = await decryptSealedPayloadWithSender(envelope, reader, { senders: [alice.publicKey] });
      expect(opened.payload).toEqual(text('from Alice'));
      expect(opened.sender).toEqual({
        signed: true,
        publicKey: alice.publicKey,
        fingerprint: await signingKeyFingerprint(alice.publicKey),
      });
    }
  });

  it('report an unsigned envelope as such, and refuse it when a sender is expected', async () => {
    const envelope = await encryptSealedPayload(text('anonymous answer'), [bob.publicKey]);
    expect(await decryptSealedPayloadWithSender(envelope, bob)).toEqual({
      payload: text('anonymous answer'),
      sender: { signed: false },
    });
    expect(await errorCode(() => decryptSealedPayload(envelope, bob, { senders: [alice.publicKey] }))).toBe(
      'SENDER_MISMATCH',
    );
  });

  it('refuse a signer not among the expected senders before any crypto, and report it otherwise', async () => {
    // What a server could do: seal its own secret to Bob's published key and sign it with a key of its own.
    const forged = await encryptSealedPayload(text('rotate to this key'), [bob.publicKey], {
      signer: mallory,
    });
    const decryptor = await createSealedDecryptor(bob, { senders: [alice.publicKey] });
    expect(await errorCode(() => decryptor.push(parseHeader(forged).bytes))).toBe('SENDER_MISMATCH');
    const opened = await decryptSealedPayloadWithSender(forged, bob);
    expect(opened.sender.signed && opened.sender.publicKey).toEqual(mallory.publicKey);
    expect(
      (await decryptSealedPayloadWithSender(forged, bob, { senders: [alice.publicKey, mallory.publicKey] }))
        .sender.signed,
    ).toBe(true);
  });

  it('fail SIGNATURE_INVALID for a flipped signature bit, and DECRYPTION_FAILED for a cut or extended one', async () => {
    const envelope = await encryptSealedPayload(text('signed'), [bob.publicKey], { signer: alice });
    for (const offset of [-64, -33, -1]) {
      expect(await errorCode(() => decryptSealedPayload(flip(envelope, offset), bob))).toBe(
        'SIGNATURE_INVALID',
      );
    }
    for (const cut of [1, 63, 64, 65]) {
      expect(
        await errorCode(() => decryptSealedPayload(envelope.subarray(0, envelope.length - cut), bob)),
      ).toBe('DECRYPTION_FAILED');
    }
    const extended = concatBytes([envelope, new Uint8Array(1)]);
    expect(await errorCode(() => decryptSealedPayload(extended, bob))).toBe('DECRYPTION_FAILED');
  });

  it('fail when the sender key in the header is swapped: SENDER_MISMATCH if expected, else every chunk fails', async () => {
    const envelope = await encryptSealedPayload(text('signed'), [bob.publicKey], { signer: alice });
    const swapped = envelope.slice();
    swapped.set(mallory.publicKey, senderAt(1));
    expect(await errorCode(() => decryptSealedPayload(swapped, bob, { senders: [alice.publicKey] }))).toBe(
      'SENDER_MISMATCH',
    );
    expect(await errorCode(() => decryptSealedPayload(swapped, bob))).toBe('DECRYPTION_FAILED');
  });

  it('catch a co-recipient who re-encrypts other content under the same header and key', async () => {
    // Bob holds the content key, so he can seal any stream under Alice's header; only the signature stops him.
    const sodium = await standardSodium();
    const original = await encryptSealedPayload(text('pay 10'), [bob.publicKey, carol.publicKey], {
      signer: alice,
    });
    const header = parseHeader(original);
    const envelopeKey = unwrapKey(sodium, header.wrapped, bob) as Uint8Array;
    const key = contentKey(sodium, envelopeKey, undefined, V3_SEALED_CONTENT_CONTEXT);
    const metadata = { kind: 'text' as const };
    const encryptor = streamEncryptor(sodium, metadata, encodeMetadata(metadata), header.bytes, key);
    const body = [...encryptor.push(new TextEncoder().encode('pay 1000')), ...encryptor.finish()];
    const forged = concatBytes([...body, original.subarray(original.length - 64)]);
    expect(await errorCode(() => decryptSealedPayload(forged, carol))).toBe('SIGNATURE_INVALID');
  });

  it('fail COMMITMENT_MISMATCH for a recipients block taken from another envelope', async () => {
    const a = await encryptSealedPayload(text('first'), [bob.publicKey], { signer: alice });
    const b = await encryptSealedPayload(text('second'), [bob.publicKey], { signer: alice });
    const spliced = a.slice();
    spliced.set(b.subarray(PREFIX_BYTES, senderAt(1)), PREFIX_BYTES);
    expect(await errorCode(() => decryptSealedPayload(spliced, bob))).toBe('COMMITMENT_MISMATCH');
    // With a passphrase a mismatch may be a wrong passphrase, so it is the one decryption failure.
    const c = await sealTo(text('first'), [bob.publicKey], { passphrase: 'pw' });
    const d = await sealTo(text('second'), [bob.publicKey], { passphrase: 'pw' });
    const splicedLocked = c.slice();
    splicedLocked.set(d.subarray(30, 30 + 2 + WRAPPED_KEY_BYTES), 30);
    expect(await errorCode(() => decryptSealedPayload(splicedLocked, bob, { passphrase: 'pw' }))).toBe(
      'DECRYPTION_FAILED',
    );
  });

  it('need the passphrase too when signed with one', async () => {
    const envelope = await sealTo(text('two locks'), [bob.publicKey], { passphrase: 'pw', signer: alice });
    expect(inspectEnvelope(envelope)).toMatchObject({ passphrase: true, signed: true });
    expect(await errorCode(() => decryptSealedPayload(envelope, bob))).toBe('PASSPHRASE_REQUIRED');
    expect(await errorCode(() => decryptSealedPayload(envelope, bob, { passphrase: 'PW' }))).toBe(
      'DECRYPTION_FAILED',
    );
    const opened = await decryptSealedPayloadWithSender(envelope, bob, { passphrase: 'pw' });
    expect(opened.sender.signed).toBe(true);
  });

  it('stream in pieces of any size and hold the last piece of content until the signature is checked', async () => {
    const content = new Uint8Array(2 * CHUNK_BYTES + 777).fill(0x61);
    const envelope = await encryptSealedPayload(
      { kind: 'files', files: [{ name: 'a.bin', type: '', bytes: content }] },
      [bob.publicKey],
      { signer: alice },
    );
    const broken = flip(envelope, -5);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 5 }),
        async (sizes) => {
          for (const [bytes, good] of [
            [envelope, true],
            [broken, false],
          ] as const) {
            const decryptor = await createSealedDecryptor(bob);
            const out: Uint8Array[] = [];
            for (let offset = 0, i = 0; offset < bytes.length; i++) {
              const size = sizes[i % sizes.length] ?? 1;
              out.push(...(await decryptor.push(bytes.subarray(offset, offset + size))));
              offset += size;
            }
            // Whatever was released before finish, the end of the content was not.
            expect(concatBytes(out).length).toBeLessThan(content.length);
            if (good) {
              out.push(...(await decryptor.finish()));
              expect(bytesEqual(concatBytes(out), content)).toBe(true);
              expect(decryptor.signer).toEqual(alice.publicKey);
            } else {
              expect(await errorCode(() => decryptor.finish())).toBe('SIGNATURE_INVALID');
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
