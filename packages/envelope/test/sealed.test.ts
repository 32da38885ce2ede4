import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecipientKeyPair } from '../src/index.ts';
import {
  CHUNK_BYTES,
  createDecryptor,
  createSealedDecryptor,
  createSealedEncryptor,
  decryptPayload,
  decryptSealedPayload,
  decryptSealedText,
  EnvelopeError,
  encryptPayload,
  encryptSealedPayload,
  envelopeLength,
  inspectEnvelope,
  RECIPIENTS_MAX,
} from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { COMMITMENT_BYTES, parseHeader, WRAPPED_KEY_BYTES } from '../src/lib/header.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { bytesEqual } from './helpers/bytes-equal.ts';
import { errorCode } from './helpers/expect-error.ts';
import { LINK_KEY, text } from './helpers/fixtures.ts';
import { keyPairs } from './helpers/recipients.ts';
import { sealTo } from './helpers/seal-to.ts';

/** Offset of the recipient count in a passphrase-less v2 header. */
const COUNT_OFFSET = 6;

let pairs: RecipientKeyPair[];
let alice: RecipientKeyPair;
let bob: RecipientKeyPair;
let carol: RecipientKeyPair;
let mallory: RecipientKeyPair;

beforeAll(async () => {
  pairs = await keyPairs(6);
  [alice, bob, carol, mallory] = pairs as [
    RecipientKeyPair,
    RecipientKeyPair,
    RecipientKeyPair,
    RecipientKeyPair,
  ];
});

/** Cuts bytes into pieces whose sizes cycle through `sizes`. */
function cut(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    pieces.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return pieces;
}

describe('sealed envelopes (version 3, unsigned)', () => {
  it('round-trips text sealed to one recipient, with the header and length FORMAT.md gives', async () => {
    const envelope = await encryptSealedPayload(text('hunter2'), [alice.publicKey]);
    expect(Array.from(envelope.subarray(0, 8))).toEqual([0x48, 0x4c, 0x4e, 0x4b, 3, 2, 0, 1]);
    expect(inspectEnvelope(envelope)).toEqual({
      version: 3,
      passphrase: false,
      sealed: true,
      recipients: 1,
      signed: false,
    });
    expect(envelope.length).toBe(
      envelopeLength({ kind: 'text' }, { passphrase: false, contentLength: 7, recipients: 1 }),
    );
    // 6 + 2 + 80 + 32 + 24 bytes of header, then one 1 KiB chunk.
    expect(envelope.length).toBe(144 + 1024 + 17);
    expect(await decryptSealedText(envelope, alice)).toBe('hunter2');
  });

  it('opens for each of several recipients, and for nobody else', async () => {
    const recipients = pairs.slice(0, 5);
    const envelope = await encryptSealedPayload(
      text('shared'),
      recipients.map((pair) => pair.publicKey),
    );
    expect(inspectEnvelope(envelope).recipients).toBe(5);
    for (const pair of recipients) expect(await decryptSealedText(envelope, pair)).toBe('shared');
    const outsider = pairs[5] as RecipientKeyPair;
    expect(await errorCode(() => decryptSealedText(envelope, outsider))).toBe('NOT_A_RECIPIENT');
  });

  it('decides NOT_A_RECIPIENT from the header alone, before any content is decrypted', async () => {
    const envelope = await encryptSealedPayload(text('x'.repeat(3 * CHUNK_BYTES)), [alice.publicKey]);
    const headerLength = parseHeader(envelope).bytes.length;
    const decryptor = await createSealedDecryptor(mallory);
    // Only the header, not one byte of a chunk: the decision cannot depend on content.
    expect(await errorCode(() => decryptor.push(envelope.subarray(0, headerLength)))).toBe('NOT_A_RECIPIENT');
    expect(decryptor.metadata).toBeUndefined();
    // And it stays failed.
    expect(await errorCode(() => decryptor.push(envelope.subarray(headerLength)))).toBe('NOT_A_RECIPIENT');
  });

  it('refuses any non-recipient key pair with NOT_A_RECIPIENT', async () => {
    const sodium = await standardSodium();
    const envelope = await encryptSealedPayload(text('for two'), [alice.publicKey, bob.publicKey]);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (seed) => {
        const { publicKey, privateKey } = sodium.crypto_box_seed_keypair(seed);
        expect(await errorCode(() => decryptSealedPayload(envelope, { publicKey, privateKey }))).toBe(
          'NOT_A_RECIPIENT',
        );
      }),
      { numRuns: 30 },
    );
  });

  it('breaks for every recipient when any byte of the recipients block changes', async () => {
    const envelope = await encryptSealedPayload(text('block'), [alice.publicKey, bob.publicKey]);
    const blockEnd = COUNT_OFFSET + 2 + 2 * WRAPPED_KEY_BYTES + COMMITMENT_BYTES;
    for (let offset = COUNT_OFFSET; offset < blockEnd; offset++) {
      const changed = envelope.slice();
      changed[offset] = (changed[offset] ?? 0) ^ (((offset * 37) % 255) + 1);
      for (const pair of [alice, bob]) {
        const code = await errorCode(() => decryptSealedPayload(changed, pair));
        // The count is structure; an entry no longer opens; a header with the reader's entry intact but another
        // commitment (a count that reads it from elsewhere) is not this envelope's; anything else fails every chunk.
        expect(
          ['ENVELOPE_INVALID', 'NOT_A_RECIPIENT', 'COMMITMENT_MISMATCH', 'DECRYPTION_FAILED'],
          `byte ${offset}`,
        ).toContain(code);
        if (offset >= COUNT_OFFSET + 2 + 2 * WRAPPED_KEY_BYTES) expect(code).toBe('COMMITMENT_MISMATCH');
      }
    }
  });

  it('breaks when two entries swap places, though each still opens for its recipient', async () => {
    const envelope = await encryptSealedPayload(text('order'), [alice.publicKey, bob.publicKey]);
    const first = COUNT_OFFSET + 2;
    const swapped = concatBytes([
      envelope.subarray(0, first),
      envelope.subarray(first + WRAPPED_KEY_BYTES, first + 2 * WRAPPED_KEY_BYTES),
      envelope.subarray(first, first + WRAPPED_KEY_BYTES),
      envelope.subarray(first + 2 * WRAPPED_KEY_BYTES),
    ]);
    for (const pair of [alice, bob]) {
      expect(await errorCode(() => decryptSealedPayload(swapped, pair))).toBe('DECRYPTION_FAILED');
    }
  });

  it('writes the wrapped keys sorted, whatever order the recipients were given in', async () => {
    const keys = pairs.map((pair) => pair.publicKey);
    for (const order of [keys, [...keys].reverse()]) {
      const wrapped = parseHeader(await encryptSealedPayload(text('s'), order)).wrapped;
      expect(wrapped).toHaveLength(keys.length);
      const hex = wrapped.map((entry) => Buffer.from(entry).toString('hex'));
      expect(hex).toEqual([...hex].sort());
    }
  });

  it('encrypts the same text to the same people differently each time', async () => {
    const a = await encryptSealedPayload(text('same'), [alice.publicKey]);
    const b = await encryptSealedPayload(text('same'), [alice.publicKey]);
    expect(bytesEqual(a, b)).toBe(false);
  });

  it('refuses recipient keys of the wrong shape, listed twice, unusable or too many', async () => {
    const refuse = (recipients: unknown) =>
      // @ts-expect-error: JavaScript callers can pass anything.
      errorCode(() => encryptSealedPayload(text('a'), recipients));
    expect(await refuse([new Uint8Array(31)])).toBe('KEY_INVALID');
    expect(await refuse([new Uint8Array(33)])).toBe('KEY_INVALID');
    expect(await refuse([alice.publicKey, 'not bytes'])).toBe('KEY_INVALID');
    expect(await refuse([])).toBe('KEY_INVALID');
    expect(await refuse(alice.publicKey)).toBe('KEY_INVALID');
    expect(await refuse([alice.publicKey, bob.publicKey, alice.publicKey.slice()])).toBe('KEY_INVALID');
    // All zeros is a low-order point: no private key could open what is sealed to it.
    expect(await refuse([alice.publicKey, new Uint8Array(32)])).toBe('KEY_INVALID');
    const many = Array.from({ length: RECIPIENTS_MAX + 1 }, (_, i) => new Uint8Array(32).fill(i % 256, 0, 1));
    expect(await refuse(many)).toBe('LIMIT_EXCEEDED');
    await expect(createSealedEncryptor({ kind: 'text' }, [new Uint8Array(16)])).rejects.toMatchObject({
      code: 'KEY_INVALID',
    });
  });

  it('refuses key pairs of the wrong shape, or whose halves do not belong together', async () => {
    const envelope = await encryptSealedPayload(text('a'), [alice.publicKey]);
    const bad: unknown[] = [
      { publicKey: alice.publicKey, privateKey: new Uint8Array(31) },
      { publicKey: new Uint8Array(33), privateKey: alice.privateKey },
      { publicKey: alice.publicKey },
      null,
      { publicKey: alice.publicKey, privateKey: bob.privateKey },
    ];
    for (const keyPair of bad) {
      // @ts-expect-error: JavaScript callers can pass anything.
      expect(await errorCode(() => createSealedDecryptor(keyPair))).toBe('KEY_INVALID');
      // @ts-expect-error: as above.
      expect(await errorCode(() => decryptSealedPayload(envelope, keyPair))).toBe('KEY_INVALID');
    }
  });

  it('refuses a sealed envelope to a link key, and a link envelope to a key pair, before any crypto', async () => {
    const sealed = await encryptSealedPayload(text('a'), [alice.publicKey]);
    const linked = await encryptPayload(text('a'), LINK_KEY);
    const sealedError = await decryptPayload(sealed, LINK_KEY).catch((error: unknown) => error);
    expect(sealedError).toBeInstanceOf(EnvelopeError);
    expect(sealedError).toMatchObject({ code: 'ENVELOPE_INVALID', message: expect.stringMatching(/sealed/) });
    const linkedError = await decryptSealedPayload(linked, alice).catch((error: unknown) => error);
    expect(linkedError).toMatchObject({ code: 'ENVELOPE_INVALID', message: expect.stringMatching(/link/) });
    // Decided from the first six bytes.
    const link = await createDecryptor(LINK_KEY);
    expect(await errorCode(() => link.push(sealed.subarray(0, 6)))).toBe('ENVELOPE_INVALID');
    const pair = await createSealedDecryptor(alice);
    expect(await errorCode(() => pair.push(linked.subarray(0, 6)))).toBe('ENVELOPE_INVALID');
  });

  it('needs both the recipient key and the passphrase when sealed with one', async () => {
    const envelope = await sealTo(text('two locks'), [alice.publicKey, bob.publicKey], { passphrase: 'pw' });
    expect(inspectEnvelope(envelope)).toMatchObject({
      version: 3,
      passphrase: true,
      sealed: true,
      recipients: 2,
    });
    expect(envelope.length).toBe(
      envelopeLength({ kind: 'text' }, { passphrase: true, contentLength: 9, recipients: 2 }),
    );
    expect(await decryptSealedText(envelope, bob, { passphrase: 'pw' })).toBe('two locks');
    expect(await errorCode(() => decryptSealedText(envelope, bob))).toBe('PASSPHRASE_REQUIRED');
    expect(await errorCode(() => decryptSealedText(envelope, bob, { passphrase: 'PW' }))).toBe(
      'DECRYPTION_FAILED',
    );
    // A non-recipient is told so, not asked for a passphrase.
    expect(await errorCode(() => decryptSealedText(envelope, carol))).toBe('NOT_A_RECIPIENT');
    expect(
      await errorCode(() => encryptSealedPayload(text('a'), [alice.publicKey], { passphrase: '' })),
    ).toBe('KEY_INVALID');
  });

  it('seals files, checked on both sides', async () => {
    const files = [
      { name: '.env', type: 'text/plain', bytes: new TextEncoder().encode('DB_PASSWORD=hunter2\n') },
      { name: 'empty', type: '', bytes: new Uint8Array(0) },
      { name: 'key.bin', type: 'application/octet-stream', bytes: new Uint8Array(70_000).fill(7) },
    ];
    const envelope = await encryptSealedPayload({ kind: 'files', files }, [alice.publicKey, bob.publicKey]);
    const metadata = {
      kind: 'files' as const,
      files: files.map(({ name, type, bytes }) => ({ name, type, size: bytes.length })),
    };
    expect(envelope.length).toBe(envelopeLength(metadata, { passphrase: false, recipients: 2 }));
    expect(await decryptSealedPayload(envelope, bob)).toEqual({ kind: 'files', files });
    expect(await errorCode(() => decryptSealedText(envelope, bob))).toBe('PAYLOAD_INVALID');
    const encryptor = await createSealedEncryptor(metadata, [alice.publicKey]);
    encryptor.push(new Uint8Array(5));
    expect(() => encryptor.finish()).toThrow(EnvelopeError);
  });

  it('streams across chunk boundaries, in pieces that cut the header and the chunks anywhere', async () => {
    const sodium = await standardSodium();
    const content = sodium.randombytes_buf_deterministic(3 * CHUNK_BYTES + 777, new Uint8Array(32).fill(5));
    const keys = pairs.slice(0, 4).map((pair) => pair.publicKey);
    const metadata = { kind: 'files' as const, files: [{ name: 'blob', type: '', size: content.length }] };
    const encryptor = await createSealedEncryptor(metadata, keys);
    const written = cut(content, [1, 65_535, 70_000, 3]).flatMap((piece) => encryptor.push(piece));
    const envelope = concatBytes([...written, ...encryptor.finish()]);
    expect(envelope.length).toBe(envelopeLength(metadata, { passphrase: false, recipients: 4 }));
    const header = parseHeader(envelope).bytes.length;
    const ways = [
      [...cut(envelope.subarray(0, header + 10), [1]), envelope.subarray(header + 10)],
      cut(envelope, [7, 100, 3]),
      cut(envelope, [5000]),
      cut(envelope, [65_553, 13]),
      [envelope],
    ];
    for (const pieces of ways) {
      const decryptor = await createSealedDecryptor(carol);
      const out: Uint8Array[] = [];
      for (const piece of pieces) out.push(...(await decryptor.push(piece)));
      out.push(...(await decryptor.finish()));
      expect(decryptor.metadata).toEqual(metadata);
      expect(bytesEqual(concatBytes(out), content), `${pieces.length} pieces`).toBe(true);
      for (const piece of out) expect(piece.length).toBeLessThanOrEqual(CHUNK_BYTES);
    }
  });

  it('refuses a header cut short, and a count of 0 or over the cap, as ENVELOPE_INVALID', async () => {
    const envelope = await encryptSealedPayload(text('a'), [alice.publicKey, bob.publicKey]);
    const header = parseHeader(envelope).bytes.length;
    for (const length of [5, 7, 8, 100, header - 1]) {
      expect(await errorCode(() => inspectEnvelope(envelope.subarray(0, length)))).toBe('ENVELOPE_INVALID');
      expect(await errorCode(() => decryptSealedPayload(envelope.subarray(0, length), alice))).toBe(
        'ENVELOPE_INVALID',
      );
    }
    for (const count of [0, RECIPIENTS_MAX + 1, 0xffff]) {
      const changed = envelope.slice();
      new DataView(changed.buffer).setUint16(COUNT_OFFSET, count);
      expect(await errorCode(() => inspectEnvelope(changed))).toBe('ENVELOPE_INVALID');
      expect(await errorCode(() => decryptSealedPayload(changed, alice))).toBe('ENVELOPE_INVALID');
    }
  });

  it('round-trips any text to any set of recipients, for each of them (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
        fc.nat(),
        async (value, chosen, pick) => {
          const recipients = chosen.map((n) => (pairs[n] as RecipientKeyPair).publicKey);
          const envelope = await encryptSealedPayload(text(value), recipients);
          expect(envelope.length).toBe(
            envelopeLength(
              { kind: 'text' },
              {
                passphrase: false,
                contentLength: new TextEncoder().encode(value).length,
                recipients: recipients.length,
              },
            ),
          );
          const reader = pairs[chosen[pick % chosen.length] ?? 0] as RecipientKeyPair;
          expect(await decryptSealedText(envelope, reader)).toBe(value);
          const outsider = pairs.find((_, n) => !chosen.includes(n));
          if (outsider) {
            expect(await errorCode(() => decryptSealedText(envelope, outsider))).toBe('NOT_A_RECIPIENT');
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('seals to the full 256 keys, and every reader tries at most that many', async () => {
    const many = await keyPairs(RECIPIENTS_MAX);
    const envelope = await encryptSealedPayload(
      text('all hands'),
      many.map((pair) => pair.publicKey),
    );
    expect(inspectEnvelope(envelope).recipients).toBe(RECIPIENTS_MAX);
    for (const pair of [many[0], many[RECIPIENTS_MAX - 1]]) {
      expect(await decryptSealedText(envelope, pair as RecipientKeyPair)).toBe('all hands');
    }
    const outsider = (await keyPairs(RECIPIENTS_MAX + 1))[RECIPIENTS_MAX] as RecipientKeyPair;
    expect(await errorCode(() => decryptSealedText(envelope, outsider))).toBe('NOT_A_RECIPIENT');
  });

  it('never opens for a recipient after random edits, and fails only with typed errors', async () => {
    const envelope = await encryptSealedPayload(text('x'.repeat(CHUNK_BYTES + 100)), [
      alice.publicKey,
      bob.publicKey,
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(envelope.length - 1),
        fc.integer({ min: 1, max: 255 }),
        fc.nat(envelope.length),
        async (at, mask, cutAt) => {
          const changed = envelope.slice(0, Math.max(cutAt, at + 1));
          changed[at] = (changed[at] ?? 0) ^ mask;
          const outcome = await decryptSealedPayload(changed, alice).then(
            () => 'opened',
            (error: unknown) => {
              if (!(error instanceof EnvelopeError)) throw error;
              return error.code;
            },
          );
          expect(outcome).not.toBe('opened');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps envelopeLength exact for every recipient count and refuses counts it cannot write', async () => {
    for (const recipients of [0, 1, 2, 17, RECIPIENTS_MAX]) {
      const v1 = envelopeLength({ kind: 'text' }, { passphrase: false, contentLength: 10 });
      const length = envelopeLength({ kind: 'text' }, { passphrase: false, contentLength: 10, recipients });
      // A v3 link header already holds the commitment; sealing adds the count and the wrapped keys.
      expect(length - v1).toBe(recipients === 0 ? 0 : 2 + 80 * recipients);
    }
    // The largest header FORMAT.md promises a reader will ever buffer: passphrase and 256 recipients.
    const largest = envelopeLength({ kind: 'text' }, { passphrase: true, recipients: RECIPIENTS_MAX });
    expect(largest - (1024 + 17)).toBe(20_568);
    for (const recipients of [-1, 1.5, RECIPIENTS_MAX + 1]) {
      expect(() => envelopeLength({ kind: 'text' }, { passphrase: false, recipients })).toThrow(
        EnvelopeError,
      );
    }
  });
});
