// Writes test/vectors/envelope-v3.json: `npm run vectors:generate -w @hushlink/envelope`. Every random byte, link
// key and PRF output comes from BLAKE2b of the case's name (random bytes through the encryptor's seam), so running
// this again writes the same file. Every case is checked against this implementation before it is written.
import { writeFileSync } from 'node:fs';
import type { EnvelopeErrorCode, Payload } from '../src/index.ts';
import {
  decodeLinkKey,
  deriveClaim,
  deriveRecipientKeyPair,
  deriveSenderSigningKeyPair,
  encodeLinkKey,
  hashClaim,
} from '../src/index.ts';
import { SEALED_CHUNK_BYTES } from '../src/lib/chunk.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import type { KdfParams } from '../src/lib/header.ts';
import { encodeHeader, PREFIX_BYTES, parseHeader } from '../src/lib/header.ts';
import { contentKey, contentKeyCommitment, V3_CONTENT_CONTEXT } from '../src/lib/key-schedule.ts';
import { sealPayload, sealPayloadTo } from '../src/lib/seal-payload.ts';
import { standardSodium } from '../src/lib/sodium.ts';
import type { TagName } from '../test/helpers/forge-envelope.ts';
import { logicalData, padded } from '../test/helpers/forge-envelope.ts';
import { fromHex, toHex } from '../test/helpers/hex.ts';
import { checkV3Vectors } from '../test/vectors/check-v3-vectors.ts';
import { sealedPayloadOf } from '../test/vectors/sealed-vectors.ts';
import type { V3InvalidVector, V3ValidVector, V3VectorFile } from '../test/vectors/v3-vectors.ts';

const OUTPUT = new URL('../test/vectors/envelope-v3.json', import.meta.url);
const CHEAP_ARGON2 = { opslimit: 1, memlimit: 8 * 1024 * 1024 };
const MiB = 1024 * 1024;
const sodium = await standardSodium();

const seeded = (label: string, length: number) =>
  sodium.crypto_generichash(length, `hushlink/v3/test-vectors/${label}`, null);
const pool = (name: string) => sodium.randombytes_buf_deterministic(4096, seeded(`random/${name}`, 32));

/** A random source that hands out `pool(name)` in order and records (copies of) what it handed out. */
function recording(name: string) {
  const bytes = pool(name);
  const drawn: Uint8Array[] = [];
  let offset = 0;
  const random = (length: number) => {
    const out = bytes.slice(offset, offset + length);
    offset += length;
    drawn.push(out.slice());
    return out;
  };
  return { random, drawn };
}

type VectorPayload = V3ValidVector['payload'];
const commitmentOf = (envelope: Uint8Array) => toHex(parseHeader(envelope).commitment ?? new Uint8Array());

async function link(
  name: string,
  payload: VectorPayload,
  options: { passphrase?: string; argon2?: { opslimit: number; memlimit: number }; large?: boolean } = {},
): Promise<V3ValidVector & { bytes: Uint8Array }> {
  const linkKey = seeded(`link-key/${name}`, 32);
  const { random, drawn } = recording(name);
  const argon2 = options.argon2 ?? CHEAP_ARGON2;
  const passphrase = options.passphrase === undefined ? {} : { passphrase: options.passphrase };
  const envelope = await sealPayload(sealedPayloadOf(payload), linkKey, passphrase, { random, argon2 });
  const claim = await deriveClaim(linkKey);
  return {
    name,
    kind: 'link',
    linkKey: encodeLinkKey(linkKey),
    ...passphrase,
    ...(options.passphrase === undefined ? {} : { argon2 }),
    random: toHex(concatBytes(drawn)),
    payload,
    commitment: commitmentOf(envelope),
    ...bodyOf(envelope, options.large),
    claim: toHex(claim),
    claimHash: toHex(await hashClaim(claim)),
    bytes: envelope,
  };
}

async function sealed(
  name: string,
  payload: VectorPayload,
  recipients: number,
  options: { passphrase?: string; signed?: boolean; recipientsOf?: string } = {},
): Promise<V3ValidVector & { bytes: Uint8Array }> {
  const prfs = Array.from({ length: recipients }, (_, i) =>
    seeded(`prf/${options.recipientsOf ?? name}/${i}`, 32),
  );
  const keys = await Promise.all(prfs.map((prf) => deriveRecipientKeyPair(prf)));
  const signerPrf = seeded(`signer/${name}`, 32);
  const signer = options.signed ? await deriveSenderSigningKeyPair(signerPrf) : undefined;
  const { random, drawn } = recording(name);
  const envelope = await sealPayloadTo(
    sealedPayloadOf(payload),
    keys.map((key) => key.publicKey),
    {
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      ...(signer ? { signer } : {}),
    },
    { random, argon2: CHEAP_ARGON2 },
  );
  return {
    name,
    kind: 'sealed',
    recipients: prfs.map(toHex),
    ...(signer ? { signer: toHex(signerPrf), signerPublicKey: toHex(signer.publicKey) } : {}),
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase, argon2: CHEAP_ARGON2 }),
    random: toHex(concatBytes(drawn)),
    payload,
    commitment: commitmentOf(envelope),
    ...bodyOf(envelope),
    bytes: envelope,
  };
}

function bodyOf(envelope: Uint8Array, large = false) {
  if (!large) return { envelope: toHex(envelope) };
  return {
    large: { length: envelope.length, blake2b256: toHex(sodium.crypto_generichash(32, envelope, null)) },
  };
}

/** A v3 link envelope sealed correctly under `linkKey` from arbitrary chunks, with a stream header from `name`. */
/**
 * A v3 link envelope sealed correctly under `linkKey` from arbitrary chunks, with a stream header from `name`; its
 * header commits to the content key of `commitTo` (by default the same link key).
 */
function forgeLink(
  name: string,
  linkKey: Uint8Array,
  chunks: { plaintext: Uint8Array; tag: TagName }[],
  commitTo: Uint8Array = linkKey,
) {
  const tags: Record<TagName, number> = { message: 0, push: 1, rekey: 2, final: 3 };
  const key = contentKey(sodium, linkKey, undefined, V3_CONTENT_CONTEXT);
  const committed = contentKey(sodium, commitTo, undefined, V3_CONTENT_CONTEXT);
  const streamHeader = seeded(`stream-header/${name}`, 24);
  const commitment = contentKeyCommitment(sodium, committed);
  const header = encodeHeader({
    version: 3,
    kdf: undefined as KdfParams | undefined,
    commitment,
    streamHeader,
  });
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(streamHeader, key);
  const sealedChunks = chunks.map(({ plaintext, tag }) =>
    sodium.crypto_secretstream_xchacha20poly1305_push(state, plaintext, header, tags[tag]),
  );
  return concatBytes([header, ...sealedChunks]);
}

const text = (value: string): VectorPayload => ({ kind: 'text', text: value });
const edit = (bytes: Uint8Array, change: (copy: Uint8Array) => void) => {
  const copy = bytes.slice();
  change(copy);
  return copy;
};
const flip =
  (offset: number, mask = 1) =>
  (copy: Uint8Array) => {
    const at = offset < 0 ? copy.length + offset : offset;
    copy[at] = (copy[at] ?? 0) ^ mask;
  };

// Valid cases.
const empty = await link('link, empty text', text(''));
const short = await link('link, short text', text('postgres://app:hunter2@db.internal/prod'));
const unicode = await link('link, unicode text', text('\uFEFFpässwörd 🔑 秘密 cafe\u0301\n\t"\\'));
// 4 + 15 bytes of metadata + 65517 bytes of text fill a chunk exactly: the marker opens a second chunk.
const fullChunk = await link('link, data filling one chunk exactly', {
  kind: 'text',
  textRepeat: { unit: 'b', count: 65517 },
});
const multi = await link('link, two chunks 70 KiB', {
  kind: 'text',
  textRepeat: { unit: 'Hushlink v3 vector\n', count: 3700 },
});
const files = await link('link, files', {
  kind: 'files',
  files: [
    { name: 'db.env', type: 'text/plain', bytes: toHex(new TextEncoder().encode('PGPASSWORD=hunter2\n')) },
    { name: 'empty "quoted" name', type: '', bytes: '' },
  ],
});
const locked = await link('link, passphrase', text('two locks'), {
  passphrase: 'correct horse battery staple',
});
const opsCap = await link('link, passphrase, opslimit at the cap', text('ops 10'), {
  passphrase: 'p',
  argon2: { opslimit: 10, memlimit: 8 * MiB },
});
const memCap = await link('link, passphrase, memlimit at the cap', text('256 MiB'), {
  passphrase: 'p',
  argon2: { opslimit: 1, memlimit: 256 * MiB },
});
// 4 MiB + 1 byte of data pads to 66 chunks: 64 MESSAGE, the marker chunk tagged PUSH, one zero chunk FINAL.
const large = await link(
  'link, 4 MiB + 1 byte of data (PUSH, then padding)',
  { kind: 'text', textRepeat: { unit: 'L', count: 4 * MiB + 1 - 19 } },
  { large: true },
);
const one = await sealed('sealed, one recipient, unsigned', text('answered through a request link'), 1);
const signedTwo = await sealed('sealed, two recipients, signed', text('from Alice to Bob and Carol'), 2, {
  signed: true,
});
const signedLocked = await sealed('sealed, passphrase, signed', text('two locks, signed'), 1, {
  passphrase: 'staple',
  signed: true,
});
const signedMulti = await sealed(
  'sealed, two chunks 70 KiB, signed',
  { kind: 'text', textRepeat: { unit: 'Hushlink signed multi-chunk\n', count: 2500 } },
  1,
  { signed: true },
);
const signedFiles = await sealed(
  'sealed, files, signed',
  {
    kind: 'files',
    files: [
      {
        name: 'id_ed25519',
        type: 'application/octet-stream',
        bytes: toHex(sodium.randombytes_buf_deterministic(300, seeded('file', 32))),
      },
    ],
  },
  1,
  { signed: true },
);
const mallorySigned = await sealed('sealed, signed by someone else', text('trust me'), 1, { signed: true });

// Invalid cases.
const linkKeyOf = (vector: V3ValidVector) => (vector.kind === 'link' ? vector.linkKey : '');
const L = (vector: V3ValidVector, linkKey = linkKeyOf(vector)) => ({ linkKey });
const R = (vector: V3ValidVector, index = 0, senders?: string[]) => ({
  prfOutput: (vector as { recipients: string[] }).recipients[index] ?? '',
  ...(senders ? { senders } : {}),
});
function invalid(
  name: string,
  tag: string,
  error: EnvelopeErrorCode,
  envelope: Uint8Array,
  reader: V3InvalidVector['reader'],
  passphrase?: string,
): V3InvalidVector {
  return {
    name,
    tag,
    reader,
    ...(passphrase === undefined ? {} : { passphrase }),
    envelope: toHex(envelope),
    error,
  };
}

const shortKey = fromHex(toHex(seeded('link-key/link, short text', 32)));
const forge = (name: string, json: string, content = new Uint8Array(), tag: TagName = 'final') => {
  const data = logicalData(json, content);
  return forgeLink(name, shortKey, [{ plaintext: padded(data, 1024), tag }]);
};
const FILE_JSON = '{"kind":"files","files":[{"name":"a","type":"","size":1}]}';
// The 43rd character carries 6 bits of which the last 2 are unused: setting one gives a second text for the key.
const shortText = linkKeyOf(short);
const lastValue = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(
  shortText.charAt(42),
);
const nonCanonicalKey = `${shortText.slice(0, 42)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charAt(lastValue ^ 1)}`;
const multiHeader = parseHeader(multi.bytes).bytes.length;
const alice = signedTwo.signerPublicKey ?? '';
const signedTwoHeader = parseHeader(signedTwo.bytes);
const senderAt = signedTwoHeader.bytes.length - 24 - 32 - 32;
const otherBlock = (
  await sealed('sealed, two recipients, signed, again', text('another'), 2, {
    signed: true,
    recipientsOf: 'sealed, two recipients, signed',
  })
).bytes;

const invalidCases: V3InvalidVector[] = [
  invalid('link: modified tag', 'modified-tag', 'DECRYPTION_FAILED', edit(short.bytes, flip(-1)), L(short)),
  invalid('link: wrong link key', 'wrong-key', 'DECRYPTION_FAILED', short.bytes, L(short, linkKeyOf(empty))),
  invalid(
    'link: commitment modified',
    'commitment',
    'DECRYPTION_FAILED',
    edit(short.bytes, flip(20)),
    L(short),
  ),
  invalid(
    'link: non-canonical link key (trailing bits set)',
    'key',
    'KEY_INVALID',
    short.bytes,
    L(short, nonCanonicalKey),
  ),
  invalid(
    'link: truncated at a chunk boundary',
    'truncated',
    'DECRYPTION_FAILED',
    multi.bytes.subarray(0, multiHeader + SEALED_CHUNK_BYTES),
    L(multi),
  ),
  invalid(
    'link: truncated to the header',
    'truncated',
    'DECRYPTION_FAILED',
    multi.bytes.subarray(0, multiHeader),
    L(multi),
  ),
  invalid(
    'link: truncated inside the header',
    'truncated',
    'ENVELOPE_INVALID',
    short.bytes.subarray(0, 61),
    L(short),
  ),
  invalid(
    'link: appended byte',
    'appended',
    'DECRYPTION_FAILED',
    concatBytes([short.bytes, new Uint8Array(1)]),
    L(short),
  ),
  invalid('link: sealed flag set', 'header', 'ENVELOPE_INVALID', edit(short.bytes, flip(5, 0x02)), L(short)),
  invalid(
    'link: signed flag set without sealed',
    'header',
    'ENVELOPE_INVALID',
    edit(short.bytes, flip(5, 0x04)),
    L(short),
  ),
  invalid('link: unknown flag set', 'header', 'ENVELOPE_INVALID', edit(short.bytes, flip(5, 0x08)), L(short)),
  invalid('link: version 4', 'header', 'UNSUPPORTED_VERSION', edit(short.bytes, flip(4, 0x07)), L(short)),
  invalid('link: passphrase missing', 'passphrase', 'PASSPHRASE_REQUIRED', locked.bytes, L(locked)),
  invalid('link: empty passphrase', 'passphrase', 'PASSPHRASE_REQUIRED', locked.bytes, L(locked), ''),
  invalid(
    'link: wrong passphrase',
    'passphrase',
    'DECRYPTION_FAILED',
    locked.bytes,
    L(locked),
    'correct horse',
  ),
  invalid(
    'link: opslimit past the cap',
    'header',
    'ENVELOPE_INVALID',
    edit(opsCap.bytes, (c) => new DataView(c.buffer).setUint32(22, 11)),
    L(opsCap),
    'p',
  ),
  invalid(
    'link: memlimit past the cap',
    'header',
    'ENVELOPE_INVALID',
    edit(memCap.bytes, (c) => new DataView(c.buffer).setUint32(26, 256 * MiB + 1024)),
    L(memCap),
    'p',
  ),
  invalid(
    'link: a REKEY tag',
    'tags',
    'DECRYPTION_FAILED',
    forge('rekey', '{"kind":"text"}', new Uint8Array(), 'rekey'),
    L(short),
  ),
  invalid(
    // What a non-committing AEAD allows and the commitment stops: the header commits to one key (short's) while
    // the chunks open under another (this reader's). A reader that skips the commitment opens it.
    'link: chunks that open under a key other than the committed one',
    'commitment',
    'DECRYPTION_FAILED',
    forgeLink(
      'other-key',
      decodeLinkKey(linkKeyOf(empty)),
      [
        {
          plaintext: padded(logicalData('{"kind":"text"}', new TextEncoder().encode('second key')), 1024),
          tag: 'final',
        },
      ],
      shortKey,
    ),
    L(empty),
  ),
  invalid(
    'link: a non-zero byte after the marker',
    'padding',
    'DECRYPTION_FAILED',
    forgeLink('pad-nonzero', shortKey, [
      { plaintext: padded(logicalData('{"kind":"text"}'), 1024).fill(1, 1023), tag: 'final' },
    ]),
    L(short),
  ),
  invalid(
    'link: padding one byte past the Padmé length',
    'padding',
    'DECRYPTION_FAILED',
    forgeLink('pad-long', shortKey, [
      { plaintext: padded(logicalData('{"kind":"text"}'), 1025), tag: 'final' },
    ]),
    L(short),
  ),
  invalid(
    'link: no FINAL (a lone PUSH)',
    'tags',
    'DECRYPTION_FAILED',
    forge('push', '{"kind":"text"}', new Uint8Array(), 'push'),
    L(short),
  ),
  invalid(
    'link: metadata of an unknown kind',
    'metadata',
    'PAYLOAD_INVALID',
    forge('kind', '{"kind":"note"}'),
    L(short),
  ),
  invalid(
    'link: metadata with a duplicate key',
    'metadata',
    'PAYLOAD_INVALID',
    forge('dup', '{"kind":"text","kind":"text"}'),
    L(short),
  ),
  invalid(
    'link: a size written 1.0',
    'metadata',
    'PAYLOAD_INVALID',
    forge('1.0', FILE_JSON.replace(':1}', ':1.0}'), new Uint8Array(1)),
    L(short),
  ),
  invalid(
    'link: a size written 1e0',
    'metadata',
    'PAYLOAD_INVALID',
    forge('1e0', FILE_JSON.replace(':1}', ':1e0}'), new Uint8Array(1)),
    L(short),
  ),
  invalid(
    'link: a lone surrogate in a name',
    'metadata',
    'PAYLOAD_INVALID',
    forge('lone', FILE_JSON.replace('"a"', '"\\ud800"'), new Uint8Array(1)),
    L(short),
  ),
  invalid(
    'link: metadata with whitespace',
    'metadata',
    'PAYLOAD_INVALID',
    forge('space', '{"kind": "text"}'),
    L(short),
  ),
  invalid(
    'link: files shorter than their sizes',
    'metadata',
    'PAYLOAD_INVALID',
    forge('sizes', FILE_JSON),
    L(short),
  ),
  invalid('sealed: not a recipient', 'not-a-recipient', 'NOT_A_RECIPIENT', one.bytes, {
    prfOutput: toHex(seeded('outsider', 32)),
  }),
  invalid(
    'sealed: signature bit flipped',
    'signature',
    'SIGNATURE_INVALID',
    edit(signedTwo.bytes, flip(-40)),
    R(signedTwo, 1),
  ),
  invalid(
    'sealed: signature cut short',
    'signature',
    'DECRYPTION_FAILED',
    signedTwo.bytes.subarray(0, signedTwo.bytes.length - 1),
    R(signedTwo),
  ),
  invalid(
    'sealed: byte after the signature',
    'appended',
    'DECRYPTION_FAILED',
    concatBytes([signedTwo.bytes, new Uint8Array(1)]),
    R(signedTwo),
  ),
  invalid(
    'sealed: valid signature by a sender other than the expected one',
    'sender',
    'SENDER_MISMATCH',
    mallorySigned.bytes,
    R(mallorySigned, 0, [alice]),
  ),
  invalid('sealed: unsigned, a sender expected', 'sender', 'SENDER_MISMATCH', one.bytes, R(one, 0, [alice])),
  invalid(
    'sealed: sender key swapped, no sender expected',
    'sender',
    'DECRYPTION_FAILED',
    edit(signedTwo.bytes, (c) => c.set(fromHex(mallorySigned.signerPublicKey ?? ''), senderAt)),
    R(signedTwo),
  ),
  invalid(
    'sealed: recipients block from another envelope',
    'recipients-block',
    'COMMITMENT_MISMATCH',
    edit(signedTwo.bytes, (c) => c.set(otherBlock.subarray(PREFIX_BYTES, senderAt), PREFIX_BYTES)),
    R(signedTwo),
  ),
  invalid(
    'sealed: commitment modified',
    'commitment',
    'COMMITMENT_MISMATCH',
    edit(signedTwo.bytes, flip(senderAt + 40)),
    R(signedTwo),
  ),
  invalid(
    'sealed: commitment modified, passphrase given',
    'commitment',
    'DECRYPTION_FAILED',
    edit(signedLocked.bytes, flip(parseHeader(signedLocked.bytes).bytes.length - 30)),
    R(signedLocked),
    'staple',
  ),
  invalid(
    'sealed: passphrase missing',
    'passphrase',
    'PASSPHRASE_REQUIRED',
    signedLocked.bytes,
    R(signedLocked),
  ),
  invalid('sealed: given a link key', 'header', 'ENVELOPE_INVALID', one.bytes, L(short)),
  invalid('link: given a key pair', 'header', 'ENVELOPE_INVALID', short.bytes, R(one)),
];

const file: V3VectorFile = {
  description:
    'Hushlink envelope v3 test vectors. Valid cases must open to their payload for every reader (link key, or each ' +
    "recipient's key pair derived from its PRF output; a signed case reports the signer's public key) and " +
    're-encrypt, from `random` and `argon2` (and the signer), to the same bytes; a `large` case is not stored: ' +
    're-create it and compare its length and BLAKE2b-256. Invalid cases must fail with `error` for their reader ' +
    '(and `senders`, the expected signers). Bytes are hex; link keys are base64url as in a link.',
  format: 'packages/envelope/FORMAT.md, version 3',
  generator: 'packages/envelope/scripts/generate-v3-vectors.ts',
  valid: [
    empty,
    short,
    unicode,
    fullChunk,
    multi,
    files,
    locked,
    opsCap,
    memCap,
    large,
    one,
    signedTwo,
    signedLocked,
    signedMulti,
    signedFiles,
    mallorySigned,
  ].map(({ bytes: _, ...vector }) => vector),
  invalid: invalidCases,
};

const failures = await checkV3Vectors(file);
if (failures.length > 0) throw new Error(`vectors do not check:\n${failures.join('\n')}`);
const json = `${JSON.stringify(file, null, 2)}\n`;
writeFileSync(OUTPUT, json);
console.log(
  `wrote ${OUTPUT.pathname}: ${file.valid.length} valid, ${file.invalid.length} invalid, ${json.length} bytes`,
);

export type { Payload };
