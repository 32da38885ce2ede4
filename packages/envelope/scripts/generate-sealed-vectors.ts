// Writes test/vectors/envelope-v2.json and test/vectors/prf-keys-v2.json:
// `npm run vectors:generate -w @hushlink/envelope`. PRF outputs and every random byte come from BLAKE2b of each
// case's name (random bytes through the encryptor's seam), so running this again writes the same files. Every case
// is checked against this implementation before it is written.
import { writeFileSync } from 'node:fs';
import type { EnvelopeErrorCode, RecipientKeyPair } from '../src/index.ts';
import {
  decryptSealedPayload,
  deriveRecipientKeyPair,
  EnvelopeError,
  keyFingerprint,
  PRF_SALT,
} from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { parseHeader, WRAPPED_KEY_BYTES } from '../src/lib/header.ts';
import { wrapKey } from '../src/lib/recipients.ts';
import { sealPayloadTo } from '../src/lib/seal-payload.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { bytesEqual } from '../test/helpers/bytes-equal.ts';
import { fixedRandom } from '../test/helpers/fixed-random.ts';
import type { TagName } from '../test/helpers/forge-envelope.ts';
import { forgeSealedV2 } from '../test/helpers/forge-sealed.ts';
import { fromHex, toHex } from '../test/helpers/hex.ts';
import type {
  PrfKeyVector,
  PrfKeyVectorFile,
  SealedInvalidVector,
  SealedValidVector,
  SealedVectorFile,
  SealedVectorPayload,
} from '../test/vectors/sealed-vectors.ts';
import { sealedPayloadOf } from '../test/vectors/sealed-vectors.ts';

const ENVELOPES = new URL('../test/vectors/envelope-v2.json', import.meta.url);
const PRF_KEYS = new URL('../test/vectors/prf-keys-v2.json', import.meta.url);
const CHEAP_ARGON2 = { opslimit: 1, memlimit: 8 * 1024 * 1024 };
const sodium = await standardSodium();

const seeded = (label: string, length: number) =>
  sodium.crypto_generichash(length, `hushlink/v2/test-vectors/${label}`, null);

// PRF keys.

async function prfKey(name: string, prfOutput: Uint8Array): Promise<PrfKeyVector> {
  const { publicKey, privateKey } = await deriveRecipientKeyPair(prfOutput);
  return {
    name,
    prfOutput: toHex(prfOutput),
    seed: toHex(sodium.crypto_generichash(32, 'hushlink/v1/recipient-key', prfOutput)),
    publicKey: toHex(publicKey),
    privateKey: toHex(privateKey),
    fingerprint: await keyFingerprint(publicKey),
  };
}

const prfFile: PrfKeyVectorFile = {
  description:
    'Hushlink recipient key derivation from a passkey PRF output: seed = BLAKE2b-256(key = prfOutput, ' +
    '"hushlink/v1/recipient-key"), key pair = crypto_box_seed_keypair(seed), fingerprint = BLAKE2b-64(key = ' +
    '"hushlink/v1/fingerprint", publicKey) as four groups of upper-case hex. Bytes are hex.',
  format: 'packages/envelope/FORMAT.md, version 2, "Recipient keys"',
  generator: 'packages/envelope/scripts/generate-sealed-vectors.ts',
  prfSalt: { input: 'hushlink/v1/prf-salt', hex: toHex(PRF_SALT) },
  keys: [
    await prfKey('all zeros', new Uint8Array(32)),
    await prfKey('all ones', new Uint8Array(32).fill(0xff)),
    await prfKey(
      'counting',
      Uint8Array.from({ length: 32 }, (_, i) => i),
    ),
    await prfKey('seeded', seeded('prf/seeded', 32)),
  ],
};
if (!bytesEqual(PRF_SALT, sodium.crypto_generichash(32, prfFile.prfSalt.input, null))) {
  throw new Error('PRF_SALT is not BLAKE2b-256 of its input');
}

// Envelopes.

const prfOf = (label: string) => seeded(`prf/${label}`, 32);

async function valid(
  name: string,
  payload: SealedVectorPayload,
  recipientCount: number,
  passphrase?: string,
): Promise<SealedValidVector> {
  const prfOutputs = Array.from({ length: recipientCount }, (_, i) => prfOf(`${name}/${i}`));
  const pairs = await Promise.all(prfOutputs.map((prf) => deriveRecipientKeyPair(prf)));
  const poolLength = 32 + (passphrase === undefined ? 0 : 16) + 32 * recipientCount + 24;
  const draw = fixedRandom(sodium.randombytes_buf_deterministic(poolLength, seeded(`random/${name}`, 32)));
  const drawn: Uint8Array[] = [];
  const random = (length: number) => {
    const bytes = draw(length);
    // A copy: the encryptor wipes the envelope key and the ephemeral keys once it has used them.
    drawn.push(bytes.slice());
    return bytes;
  };
  const options = passphrase === undefined ? {} : { passphrase };
  const envelope = await sealPayloadTo(
    sealedPayloadOf(payload),
    pairs.map((pair) => pair.publicKey),
    options,
    { random, argon2: CHEAP_ARGON2, version: 2 },
  );
  return {
    name,
    recipients: prfOutputs.map((prf, i) => ({
      prfOutput: toHex(prf),
      publicKey: toHex(pairs[i]?.publicKey ?? new Uint8Array()),
    })),
    ...(passphrase === undefined ? {} : { passphrase, argon2: CHEAP_ARGON2 }),
    random: toHex(concatBytes(drawn)),
    payload,
    envelope: toHex(envelope),
  };
}

/** A vector's recipient by index, as a key pair. */
async function readerOf(
  vector: SealedValidVector,
  index: number,
): Promise<{ prf: string; pair: RecipientKeyPair }> {
  const prf = vector.recipients[index]?.prfOutput ?? '';
  return { prf, pair: await deriveRecipientKeyPair(fromHex(prf)) };
}

/** The index in the header of the entry that `pair` opens. */
function entryOf(envelope: Uint8Array, pair: RecipientKeyPair): number {
  const wrapped = parseHeader(envelope).wrapped;
  return wrapped.findIndex((entry) => {
    try {
      sodium.crypto_box_seal_open(entry, pair.publicKey, pair.privateKey);
      return true;
    } catch {
      return false;
    }
  });
}

function invalid(
  base: SealedValidVector,
  name: string,
  tag: string,
  error: EnvelopeErrorCode,
  edit: (envelope: Uint8Array) => Uint8Array,
  reader: { prf: string; passphrase?: string | null },
): SealedInvalidVector {
  const passphrase = reader.passphrase === null ? undefined : (reader.passphrase ?? base.passphrase);
  return {
    name,
    tag,
    prfOutput: reader.prf,
    ...(passphrase === undefined ? {} : { passphrase }),
    envelope: toHex(edit(fromHex(base.envelope))),
    error,
  };
}

const same = (envelope: Uint8Array) => envelope;
const flip =
  (offset: number, mask = 0x01) =>
  (envelope: Uint8Array) => {
    const copy = envelope.slice();
    copy[offset] = (copy[offset] ?? 0) ^ mask;
    return copy;
  };
const setU16 = (offset: number, value: number) => (envelope: Uint8Array) => {
  const copy = envelope.slice();
  new DataView(copy.buffer).setUint16(offset, value);
  return copy;
};
/** Offset of the first wrapped key without and with a passphrase. */
const ENTRIES = 8;
const ENTRIES_LOCKED = 32;

const one = await valid(
  'one recipient',
  { kind: 'text', text: 'postgres://app:hunter2@db.internal/prod' },
  1,
);
const two = await valid('two recipients', { kind: 'text', text: 'for both of you' }, 2);
const three = await valid('three recipients, unicode', { kind: 'text', text: 'pässwörd 🔑 秘密\n' }, 3);
const locked = await valid('passphrase and two recipients', { kind: 'text', text: 'two locks' }, 2, 'staple');
const multi = await valid(
  'multi-chunk 130 KiB, two recipients',
  { kind: 'text', textRepeat: { unit: 'Hushlink sealed multi-chunk vector\n', count: 3800 } },
  2,
);
const files = await valid(
  'files, one recipient',
  {
    kind: 'files',
    files: [
      { name: '.env', type: 'text/plain', bytes: toHex(new TextEncoder().encode('API_KEY=abc123\n')) },
      { name: 'empty', type: '', bytes: '' },
    ],
  },
  1,
);

const outsider = toHex(prfOf('outsider'));
const twoEnvelope = fromHex(two.envelope);
const twoReader = await readerOf(two, 0);
const readerEntry = entryOf(twoEnvelope, twoReader.pair);
const otherEntry = 1 - readerEntry;
const entryAt = (index: number, base = ENTRIES) => base + index * WRAPPED_KEY_BYTES;
const commitmentAt = entryAt(2);
const headerOfTwo = commitmentAt + 32 + 24;
const lockedReader = await readerOf(locked, 1);
const multiReader = await readerOf(multi, 1);
const someoneElse = (await deriveRecipientKeyPair(fromHex(outsider))).publicKey;

/**
 * An envelope no writer made, sealed to `one`'s recipient, whose one chunk holds `json` as metadata and is sealed
 * with `tag`; its randomness is drawn from `name`. For the reader's rules on tags and metadata.
 */
function forged(
  name: string,
  tag: string,
  error: EnvelopeErrorCode,
  json: string,
  streamTag: TagName = 'final',
  content = new Uint8Array(),
): SealedInvalidVector {
  const recipient = one.recipients[0] ?? { prfOutput: '', publicKey: '' };
  const randomness = {
    envelopeKey: seeded(`forged/${name}/envelope-key`, 32),
    ephemeral: seeded(`forged/${name}/ephemeral`, 32),
    streamHeader: seeded(`forged/${name}/stream-header`, 24),
  };
  const envelope = forgeSealedV2(sodium, fromHex(recipient.publicKey), randomness, json, streamTag, content);
  return { name, tag, prfOutput: recipient.prfOutput, envelope: toHex(envelope), error };
}

const envelopeFile: SealedVectorFile = {
  description:
    'Hushlink envelope v2 (sealed) test vectors. In valid cases every recipient derives its key pair from its ' +
    'PRF output and must decrypt the payload, and re-encrypting from `random` and `argon2` must give the same ' +
    'bytes; invalid cases must fail with `error` for the reader whose PRF output is given. Bytes are hex.',
  format: 'packages/envelope/FORMAT.md, version 2',
  generator: 'packages/envelope/scripts/generate-sealed-vectors.ts',
  valid: [one, two, three, locked, multi, files],
  invalid: [
    invalid(one, 'not a recipient', 'not-a-recipient', 'NOT_A_RECIPIENT', same, { prf: outsider }),
    invalid(
      two,
      "reader's wrapped key modified",
      'recipients-block',
      'NOT_A_RECIPIENT',
      flip(entryAt(readerEntry) + 40),
      twoReader,
    ),
    invalid(
      two,
      "reader's wrapped key replaced by one for someone else",
      'recipients-block',
      'NOT_A_RECIPIENT',
      (e) => {
        const copy = e.slice();
        const random = fixedRandom(seeded('random/replaced entry', 32));
        copy.set(
          wrapKey(sodium, seeded('replaced entry key', 32), someoneElse, random),
          entryAt(readerEntry),
        );
        return copy;
      },
      twoReader,
    ),
    invalid(
      two,
      "another recipient's wrapped key modified",
      'recipients-block',
      'DECRYPTION_FAILED',
      flip(entryAt(otherEntry) + 5),
      twoReader,
    ),
    invalid(
      two,
      'wrapped keys swapped',
      'recipients-block',
      'DECRYPTION_FAILED',
      (e) =>
        concatBytes([
          e.subarray(0, entryAt(0)),
          e.subarray(entryAt(1), entryAt(2)),
          e.subarray(entryAt(0), entryAt(1)),
          e.subarray(entryAt(2)),
        ]),
      twoReader,
    ),
    invalid(
      two,
      "another recipient's wrapped key removed, count lowered",
      'recipients-block',
      'DECRYPTION_FAILED',
      (e) =>
        setU16(6, 1)(concatBytes([e.subarray(0, entryAt(otherEntry)), e.subarray(entryAt(otherEntry + 1))])),
      twoReader,
    ),
    invalid(
      two,
      'key commitment modified',
      'recipients-block',
      'DECRYPTION_FAILED',
      flip(commitmentAt + 7),
      twoReader,
    ),
    invalid(two, 'count raised by one', 'count', 'DECRYPTION_FAILED', setU16(6, 3), twoReader),
    invalid(two, 'count zero', 'count', 'ENVELOPE_INVALID', setU16(6, 0), twoReader),
    invalid(two, 'count over the cap', 'count', 'ENVELOPE_INVALID', setU16(6, 257), twoReader),
    invalid(
      two,
      'truncated inside the recipients block',
      'truncated',
      'ENVELOPE_INVALID',
      (e) => e.subarray(0, entryAt(1) + 10),
      twoReader,
    ),
    invalid(
      two,
      'truncated to the header',
      'truncated',
      'DECRYPTION_FAILED',
      (e) => e.subarray(0, headerOfTwo),
      twoReader,
    ),
    invalid(
      two,
      'truncated by one byte',
      'truncated',
      'DECRYPTION_FAILED',
      (e) => e.subarray(0, e.length - 1),
      twoReader,
    ),
    invalid(
      two,
      'appended byte',
      'appended',
      'DECRYPTION_FAILED',
      (e) => concatBytes([e, new Uint8Array(1)]),
      twoReader,
    ),
    invalid(
      two,
      'modified tag',
      'modified-tag',
      'DECRYPTION_FAILED',
      (e) => flip(e.length - 1)(e),
      twoReader,
    ),
    invalid(two, 'modified stream header', 'header', 'DECRYPTION_FAILED', flip(headerOfTwo - 3), twoReader),
    invalid(
      two,
      'version 1 given a key pair',
      'header',
      'ENVELOPE_INVALID',
      (e) => flip(4, 0x03)(e),
      twoReader,
    ),
    invalid(two, 'version 4', 'header', 'UNSUPPORTED_VERSION', flip(4, 0x06), twoReader),
    invalid(two, 'unknown flag set', 'header', 'ENVELOPE_INVALID', flip(5, 0x02), twoReader),
    invalid(locked, 'passphrase missing', 'passphrase', 'PASSPHRASE_REQUIRED', same, {
      ...lockedReader,
      passphrase: null,
    }),
    invalid(locked, 'wrong passphrase', 'passphrase', 'DECRYPTION_FAILED', same, {
      ...lockedReader,
      passphrase: 'Staple',
    }),
    invalid(locked, 'not a recipient, passphrase given', 'not-a-recipient', 'NOT_A_RECIPIENT', same, {
      prf: outsider,
    }),
    invalid(
      locked,
      "reader's wrapped key modified, passphrase given",
      'recipients-block',
      'NOT_A_RECIPIENT',
      flip(ENTRIES_LOCKED + entryOf(fromHex(locked.envelope), lockedReader.pair) * WRAPPED_KEY_BYTES + 60),
      lockedReader,
    ),
    invalid(
      multi,
      'first two chunks swapped',
      'reordered',
      'DECRYPTION_FAILED',
      (e) => {
        const header = parseHeader(e).bytes.length;
        const chunk = (i: number) => e.subarray(header + i * 65553, header + (i + 1) * 65553);
        return concatBytes([e.subarray(0, header), chunk(1), chunk(0), e.subarray(header + 2 * 65553)]);
      },
      multiReader,
    ),
    invalid(
      multi,
      'truncated at a chunk boundary',
      'truncated',
      'DECRYPTION_FAILED',
      (e) => e.subarray(0, parseHeader(e).bytes.length + 65553),
      multiReader,
    ),
    invalid(locked, 'empty passphrase', 'passphrase', 'PASSPHRASE_REQUIRED', same, {
      ...lockedReader,
      passphrase: '',
    }),
    forged('a REKEY tag', 'tag', 'DECRYPTION_FAILED', '{"kind":"text"}', 'rekey'),
    forged('metadata of an unknown kind', 'metadata', 'PAYLOAD_INVALID', '{"kind":"note"}'),
    forged('metadata with a duplicate key', 'metadata', 'PAYLOAD_INVALID', '{"kind":"text","kind":"text"}'),
    forged(
      'a size written 1.0',
      'metadata',
      'PAYLOAD_INVALID',
      '{"kind":"files","files":[{"name":"a","type":"","size":1.0}]}',
      'final',
      Uint8Array.of(0x61),
    ),
  ],
};

// Check every case against this implementation before writing anything.
for (const vector of envelopeFile.valid) {
  const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
  const expected = JSON.stringify(sealedPayloadOf(vector.payload), (_, v) =>
    v instanceof Uint8Array ? toHex(v) : v,
  );
  for (const recipient of vector.recipients) {
    const pair = await deriveRecipientKeyPair(fromHex(recipient.prfOutput));
    const payload = await decryptSealedPayload(fromHex(vector.envelope), pair, options);
    const actual = JSON.stringify(payload, (_, v) => (v instanceof Uint8Array ? toHex(v) : v));
    if (actual !== expected) throw new Error(`${vector.name}: does not round-trip`);
  }
}
for (const vector of envelopeFile.invalid) {
  const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
  const pair = await deriveRecipientKeyPair(fromHex(vector.prfOutput));
  const code = await decryptSealedPayload(fromHex(vector.envelope), pair, options).then(
    () => 'decrypted',
    (error: unknown) => (error instanceof EnvelopeError ? error.code : String(error)),
  );
  if (code !== vector.error) throw new Error(`${vector.name}: expected ${vector.error}, got ${code}`);
}

for (const [url, file] of [
  [ENVELOPES, envelopeFile],
  [PRF_KEYS, prfFile],
] as const) {
  const json = `${JSON.stringify(file, null, 2)}\n`;
  writeFileSync(url, json);
  console.log(`wrote ${url.pathname}: ${json.length} bytes`);
}
