// Writes test/vectors/envelope-v1.json: `npm run vectors:generate -w @hushlink/envelope`.
// Randomness comes from BLAKE2b of each case's name through the encryptor's seam, so running this again writes the
// same file. Every case is checked against this implementation before it is written.
import { writeFileSync } from 'node:fs';
import type { EnvelopeErrorCode } from '../src/index.ts';
import {
  decodeLinkKey,
  decryptPayload,
  deriveClaim,
  EnvelopeError,
  encodeLinkKey,
  hashClaim,
} from '../src/index.ts';
import { SEALED_CHUNK_BYTES } from '../src/lib/chunk.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import { encodeHeader } from '../src/lib/header.ts';
import { CONTENT_CONTEXT, contentKey } from '../src/lib/key-schedule.ts';
import { sealPayload } from '../src/lib/seal-payload.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import { fixedRandom } from '../test/helpers/fixed-random.ts';
import type { TagName } from '../test/helpers/forge-envelope.ts';
import { logicalData, padded } from '../test/helpers/forge-envelope.ts';
import { fromHex, toHex } from '../test/helpers/hex.ts';
import type {
  EnvelopeVectorFile,
  InvalidVector,
  ValidVector,
  VectorPayload,
} from '../test/vectors/envelope-vectors.ts';
import { payloadOf } from '../test/vectors/envelope-vectors.ts';

const OUTPUT = new URL('../test/vectors/envelope-v1.json', import.meta.url);
const CHEAP_ARGON2 = { opslimit: 1, memlimit: 8 * 1024 * 1024 };
const sodium = await standardSodium();

const seeded = (label: string, length: number) =>
  sodium.crypto_generichash(length, `hushlink/v1/test-vectors/${label}`, null);

async function valid(name: string, payload: VectorPayload, passphrase?: string): Promise<ValidVector> {
  const linkKey = seeded(`link-key/${name}`, 32);
  const pool = seeded(`random/${name}`, 40);
  const draw = fixedRandom(pool);
  const drawn: Uint8Array[] = [];
  const random = (length: number) => {
    const bytes = draw(length);
    drawn.push(bytes);
    return bytes;
  };
  const options = passphrase === undefined ? {} : { passphrase };
  const seam = { random, argon2: CHEAP_ARGON2, version: 1 as const };
  const envelope = await sealPayload(payloadOf(payload), linkKey, options, seam);
  const claim = await deriveClaim(linkKey);
  return {
    name,
    linkKey: encodeLinkKey(linkKey),
    claim: toHex(claim),
    claimHash: toHex(await hashClaim(claim)),
    ...(passphrase === undefined ? {} : { passphrase, argon2: CHEAP_ARGON2 }),
    random: toHex(concatBytes(drawn)),
    payload,
    envelope: toHex(envelope),
  };
}

function invalid(
  base: ValidVector,
  name: string,
  tag: string,
  error: EnvelopeErrorCode,
  edit: (envelope: Uint8Array) => Uint8Array,
  keys: { linkKey?: string; passphrase?: string | null } = {},
): InvalidVector {
  const passphrase = keys.passphrase === null ? undefined : (keys.passphrase ?? base.passphrase);
  return {
    name,
    tag,
    linkKey: keys.linkKey ?? base.linkKey,
    ...(passphrase === undefined ? {} : { passphrase }),
    envelope: toHex(edit(fromHex(base.envelope))),
    error,
  };
}

const same = (envelope: Uint8Array) => envelope;
const setByte = (offset: number, value: (old: number) => number) => (envelope: Uint8Array) => {
  const copy = envelope.slice();
  copy[offset] = value(copy[offset] ?? 0);
  return copy;
};
const setU32 = (offset: number, value: number) => (envelope: Uint8Array) => {
  const copy = envelope.slice();
  new DataView(copy.buffer).setUint32(offset, value);
  return copy;
};

const empty = await valid('empty text', { kind: 'text', text: '' });
const short = await valid('short text', { kind: 'text', text: 'postgres://app:hunter2@db.internal/prod' });
const unicode = await valid('unicode text', {
  kind: 'text',
  text: '\uFEFFpässwörd 🔑 秘密 Ω≈ç√ cafe\u0301\n\ttab',
});
// 4 + 15 bytes of metadata + 65516 bytes of text + the 0x80 marker fill exactly one chunk.
const boundary = await valid('exactly one chunk', { kind: 'text', textRepeat: { unit: 'b', count: 65516 } });
const multi = await valid('multi-chunk 130 KiB', {
  kind: 'text',
  textRepeat: { unit: 'Hushlink multi-chunk vector 01\n', count: 4300 },
});
const locked = await valid('passphrase', { kind: 'text', text: 'two locks' }, 'correct horse battery staple');
const files = await valid('files', {
  kind: 'files',
  files: [
    { name: 'db.env', type: 'text/plain', bytes: toHex(new TextEncoder().encode('PGPASSWORD=hunter2\n')) },
    { name: 'empty "quoted" name', type: '', bytes: '' },
  ],
});
const otherKey = encodeLinkKey(seeded('link-key/other', 32));

/**
 * A version 1 envelope of `short`'s link key whose one chunk holds `json` as metadata and is sealed with `tag`,
 * under a stream header drawn from `name`: what our writer never produced, for the reader's rules.
 */
function forged(name: string, json: string, tag: TagName = 'final', content = new Uint8Array()): ValidVector {
  const tags: Record<TagName, number> = { message: 0, push: 1, rekey: 2, final: 3 };
  const linkKey = decodeLinkKey(short.linkKey);
  const streamHeader = seeded(`stream-header/${name}`, 24);
  const header = encodeHeader({ version: 1, kdf: undefined, streamHeader });
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
    streamHeader,
    contentKey(sodium, linkKey, undefined, CONTENT_CONTEXT),
  );
  const chunk = padded(logicalData(json, content), 1024);
  const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, header, tags[tag]);
  return { ...short, envelope: toHex(concatBytes([header, sealed])) };
}

const last = (envelope: Uint8Array) => envelope.length - 1;

const file: EnvelopeVectorFile = {
  description:
    'Hushlink envelope v1 test vectors. Valid cases must decrypt to their payload and re-encrypt, from `random` and ' +
    '`argon2`, to the same bytes; invalid cases must fail with `error`. Bytes are hex; link keys are base64url.',
  format: 'packages/envelope/FORMAT.md, version 1',
  generator: 'packages/envelope/scripts/generate-vectors.ts',
  valid: [empty, short, unicode, boundary, multi, locked, files],
  invalid: [
    invalid(short, 'modified tag', 'modified-tag', 'DECRYPTION_FAILED', (e) =>
      setByte(last(e), (b) => b ^ 0x01)(e),
    ),
    invalid(
      short,
      'modified ciphertext',
      'modified-ciphertext',
      'DECRYPTION_FAILED',
      setByte(40, (b) => b ^ 0x80),
    ),
    invalid(
      short,
      'modified stream header',
      'header',
      'DECRYPTION_FAILED',
      setByte(10, (b) => b ^ 0x01),
    ),
    invalid(short, 'truncated by one byte', 'truncated', 'DECRYPTION_FAILED', (e) => e.subarray(0, last(e))),
    invalid(boundary, 'truncated to the header', 'truncated', 'DECRYPTION_FAILED', (e) => e.subarray(0, 30)),
    invalid(short, 'truncated inside the header', 'truncated', 'ENVELOPE_INVALID', (e) => e.subarray(0, 20)),
    invalid(short, 'appended byte', 'appended', 'DECRYPTION_FAILED', (e) =>
      concatBytes([e, new Uint8Array(1)]),
    ),
    invalid(short, 'wrong link key', 'wrong-key', 'DECRYPTION_FAILED', same, { linkKey: otherKey }),
    invalid(
      short,
      'header flag flipped: passphrase bit set',
      'header',
      'ENVELOPE_INVALID',
      setByte(5, (b) => b ^ 1),
    ),
    invalid(
      short,
      'header flag flipped: unknown bit set',
      'header',
      'ENVELOPE_INVALID',
      setByte(5, (b) => b | 2),
    ),
    invalid(
      locked,
      'header flag flipped: passphrase bit cleared',
      'header',
      'DECRYPTION_FAILED',
      setByte(5, () => 0),
    ),
    invalid(
      short,
      'wrong magic',
      'header',
      'ENVELOPE_INVALID',
      setByte(0, () => 0x68),
    ),
    invalid(
      short,
      'version 4',
      'header',
      'UNSUPPORTED_VERSION',
      setByte(4, () => 4),
    ),
    invalid(
      short,
      'version 2 (sealed) given a link key',
      'header',
      'ENVELOPE_INVALID',
      setByte(4, () => 2),
    ),
    invalid(locked, 'Argon2id opslimit over the cap', 'header', 'ENVELOPE_INVALID', setU32(22, 11)),
    invalid(
      locked,
      'Argon2id memlimit over the cap',
      'header',
      'ENVELOPE_INVALID',
      setU32(26, 512 * 1024 * 1024),
    ),
    invalid(locked, 'passphrase missing', 'passphrase', 'PASSPHRASE_REQUIRED', same, { passphrase: null }),
    invalid(locked, 'wrong passphrase', 'passphrase', 'DECRYPTION_FAILED', same, {
      passphrase: 'correct horse',
    }),
    invalid(multi, 'first two chunks swapped', 'reordered', 'DECRYPTION_FAILED', (e) => {
      const chunk = (i: number) => e.subarray(30 + i * SEALED_CHUNK_BYTES, 30 + (i + 1) * SEALED_CHUNK_BYTES);
      return concatBytes([e.subarray(0, 30), chunk(1), chunk(0), e.subarray(30 + 2 * SEALED_CHUNK_BYTES)]);
    }),
    invalid(multi, 'truncated at a chunk boundary', 'truncated', 'DECRYPTION_FAILED', (e) =>
      e.subarray(0, 30 + SEALED_CHUNK_BYTES),
    ),
    invalid(locked, 'empty passphrase', 'passphrase', 'PASSPHRASE_REQUIRED', same, { passphrase: '' }),
    invalid(
      forged('a REKEY tag', '{"kind":"text"}', 'rekey'),
      'a REKEY tag',
      'tag',
      'DECRYPTION_FAILED',
      same,
    ),
    invalid(
      forged('metadata of an unknown kind', '{"kind":"note"}'),
      'metadata of an unknown kind',
      'metadata',
      'PAYLOAD_INVALID',
      same,
    ),
    invalid(
      forged('metadata with a duplicate key', '{"kind":"text","kind":"text"}'),
      'metadata with a duplicate key',
      'metadata',
      'PAYLOAD_INVALID',
      same,
    ),
    invalid(
      forged(
        'a size written 1.0',
        '{"kind":"files","files":[{"name":"a","type":"","size":1.0}]}',
        'final',
        Uint8Array.of(0x61),
      ),
      'a size written 1.0',
      'metadata',
      'PAYLOAD_INVALID',
      same,
    ),
  ],
};

for (const vector of file.valid) {
  const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
  const payload = await decryptPayload(fromHex(vector.envelope), decodeLinkKey(vector.linkKey), options);
  const hex = (value: unknown) => JSON.stringify(value, (_, v) => (v instanceof Uint8Array ? toHex(v) : v));
  if (hex(payload) !== hex(payloadOf(vector.payload))) throw new Error(`${vector.name}: does not round-trip`);
}
for (const vector of file.invalid) {
  const options = vector.passphrase === undefined ? {} : { passphrase: vector.passphrase };
  const code = await decryptPayload(fromHex(vector.envelope), decodeLinkKey(vector.linkKey), options).then(
    () => 'decrypted',
    (error: unknown) => (error instanceof EnvelopeError ? error.code : String(error)),
  );
  if (code !== vector.error) throw new Error(`${vector.name}: expected ${vector.error}, got ${code}`);
}

const json = `${JSON.stringify(file, null, 2)}\n`;
writeFileSync(OUTPUT, json);
console.log(
  `wrote ${OUTPUT.pathname}: ${file.valid.length} valid, ${file.invalid.length} invalid, ${json.length} bytes`,
);
