// Writes test/vectors/two-keys-v3.json: `npm run vectors:generate -w @hushlink/envelope`. Each vector is a version 3
// envelope whose one chunk libsodium's secretstream opens under two content keys (Len, Grubbs and Ristenpart's
// multi-key collision of Poly1305, scripts/two-keys/), with a header that commits to the first. Every byte comes
// from BLAKE2b of a label, so running this again writes the same file; the file is checked before it is written.
import { writeFileSync } from 'node:fs';
import { deriveRecipientKeyPair, encodeLinkKey } from '../src/index.ts';
import { concatBytes } from '../src/lib/concat-bytes.ts';
import type { KdfParams } from '../src/lib/header.ts';
import { encodeHeader } from '../src/lib/header.ts';
import {
  contentKey,
  contentKeyCommitment,
  passwordKey,
  V3_CONTENT_CONTEXT,
  V3_SEALED_CONTENT_CONTEXT,
} from '../src/lib/key-schedule.ts';
import { wrapKey } from '../src/lib/recipients.ts';
import { standardSodium, sumoSodium } from '../src/lib/sodium.ts';
import { logicalData, padded } from '../test/helpers/forge-envelope.ts';
import { toHex } from '../test/helpers/hex.ts';
import { checkTwoKeyVectors } from '../test/vectors/check-two-key-vectors.ts';
import type { TwoKeyReader, TwoKeyVector, TwoKeyVectorFile } from '../test/vectors/two-key-vectors.ts';
import { firstMessageKeystream } from './two-keys/secretstream-keystream.ts';
import { forgeTwoKeyChunk, tagBytesAgree } from './two-keys/two-key-chunk.ts';

const OUTPUT = new URL('../test/vectors/two-keys-v3.json', import.meta.url);
const sodium = await standardSodium();
const sumo = await sumoSodium();
const seeded = (label: string, length = 32) =>
  sodium.crypto_generichash(length, `hushlink/v3/two-key-vectors/${label}`, null);

const FILE = { name: 'two-keys.bin', type: 'application/octet-stream', size: 256 };
const METADATA = `{"kind":"files","files":[{"name":"${FILE.name}","type":"${FILE.type}","size":${FILE.size}}]}`;
/** The content's first 16-byte-aligned stream offset: the solved block and the redrawn filler block follow it. */
const CONTENT_START = 4 + new TextEncoder().encode(METADATA).length;
const FREE_OFFSET = Math.ceil(CONTENT_START / 16) * 16 + 32;

/** The first key's plaintext stream: one files entry of seeded bytes, padded to 1024 bytes (one FINAL chunk). */
function firstStream(name: string): Uint8Array {
  const content = sodium.randombytes_buf_deterministic(FILE.size, seeded(`${name}/content`));
  return padded(logicalData(METADATA, content), 1024);
}

/** The first candidate (0, 1, 2…) whose content key encrypts the tag byte as `firstKey` does. */
async function searchSecondKey(
  name: string,
  streamHeader: Uint8Array,
  firstKey: Uint8Array,
  keyOf: (candidate: number) => Promise<Uint8Array>,
): Promise<{ candidate: number; key: Uint8Array }> {
  const first = firstMessageKeystream(sumo, firstKey, streamHeader, 0);
  for (let candidate = 0; candidate < 4096; candidate++) {
    const key = await keyOf(candidate);
    if (tagBytesAgree(first, firstMessageKeystream(sumo, key, streamHeader, 0))) return { candidate, key };
  }
  throw new Error(`${name}: no second key in 4096 candidates`);
}

/** Forges the chunk under `header` and assembles the vector. */
function assemble(
  name: string,
  header: Uint8Array,
  streamHeader: Uint8Array,
  first: { reader: TwoKeyReader; key: Uint8Array },
  second: { reader: TwoKeyReader; key: Uint8Array; error: TwoKeyVector['second']['error'] },
): TwoKeyVector {
  const forged = forgeTwoKeyChunk(sumo, {
    ad: header,
    streamHeader,
    firstKey: first.key,
    secondKey: second.key,
    plaintext: firstStream(name),
    tag: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    freeOffset: FREE_OFFSET,
    fillerOffset: FREE_OFFSET + 16,
    filler: (attempt) => seeded(`${name}/filler/${attempt}`, 16),
  });
  const content = forged.firstPlaintext.subarray(CONTENT_START, CONTENT_START + FILE.size);
  return {
    name,
    envelope: toHex(concatBytes([header, forged.chunk])),
    first: {
      reader: first.reader,
      contentKey: toHex(first.key),
      payload: { kind: 'files', files: [{ name: FILE.name, type: FILE.type, bytes: toHex(content) }] },
    },
    second: {
      reader: second.reader,
      contentKey: toHex(second.key),
      stream: toHex(forged.secondPlaintext),
      error: second.error,
    },
  };
}

/** Alice's wrapped key holds E1, Bob's E2: a dishonest sender shows each recipient other content. */
async function sealedCase(): Promise<TwoKeyVector> {
  const name = 'sealed: one chunk that two envelope keys open (Alice committed, Bob not)';
  const [alicePrf, bobPrf] = [seeded('sealed/prf/alice'), seeded('sealed/prf/bob')];
  const [alice, bob] = await Promise.all([deriveRecipientKeyPair(alicePrf), deriveRecipientKeyPair(bobPrf)]);
  const streamHeader = seeded('sealed/stream-header', 24);
  const keyOf = (envelopeKey: Uint8Array) =>
    contentKey(sodium, envelopeKey, undefined, V3_SEALED_CONTENT_CONTEXT);
  const firstEnvelopeKey = seeded('sealed/envelope-key/first');
  const firstKey = keyOf(firstEnvelopeKey);
  const { candidate } = await searchSecondKey(name, streamHeader, firstKey, async (i) =>
    keyOf(seeded(`sealed/envelope-key/second/${i}`)),
  );
  const secondEnvelopeKey = seeded(`sealed/envelope-key/second/${candidate}`);
  const ephemeral = (who: string) => () => seeded(`sealed/ephemeral/${who}`);
  const wrapped = [
    wrapKey(sodium, firstEnvelopeKey, alice.publicKey, ephemeral('alice')),
    wrapKey(sodium, secondEnvelopeKey, bob.publicKey, ephemeral('bob')),
  ].sort((a, b) => Buffer.compare(a, b));
  const commitment = contentKeyCommitment(sodium, firstKey);
  const header = encodeHeader({ version: 3, kdf: undefined, wrapped, commitment, streamHeader });
  return assemble(
    name,
    header,
    streamHeader,
    { reader: { prfOutput: toHex(alicePrf) }, key: firstKey },
    { reader: { prfOutput: toHex(bobPrf) }, key: keyOf(secondEnvelopeKey), error: 'COMMITMENT_MISMATCH' },
  );
}

/** One link key, two passphrases: the partitioning oracle's case. */
async function passphraseCase(): Promise<TwoKeyVector> {
  const name = 'link: one chunk that two passphrases open (the first committed)';
  const linkKey = seeded('link/link-key');
  const kdf: KdfParams = { salt: seeded('link/salt', 16), opslimit: 1, memlimit: 8 * 1024 * 1024 };
  const streamHeader = seeded('link/stream-header', 24);
  const keyOf = async (passphrase: string) =>
    contentKey(sodium, linkKey, await passwordKey(passphrase, kdf), V3_CONTENT_CONTEXT);
  const firstPassphrase = 'correct horse battery staple';
  const firstKey = await keyOf(firstPassphrase);
  const { candidate, key } = await searchSecondKey(name, streamHeader, firstKey, (i) =>
    keyOf(`second passphrase ${i}`),
  );
  const commitment = contentKeyCommitment(sodium, firstKey);
  const header = encodeHeader({ version: 3, kdf, commitment, streamHeader });
  const reader = (passphrase: string) => ({ linkKey: encodeLinkKey(linkKey), passphrase });
  return assemble(
    name,
    header,
    streamHeader,
    { reader: reader(firstPassphrase), key: firstKey },
    { reader: reader(`second passphrase ${candidate}`), key, error: 'DECRYPTION_FAILED' },
  );
}

const file: TwoKeyVectorFile = {
  description:
    'Version 3 envelopes whose one chunk libsodium’s crypto_secretstream_xchacha20poly1305_pull accepts under two ' +
    'different content keys, each derived through FORMAT.md’s key schedule from its reader (a recipient’s PRF ' +
    'output, or a link key and passphrase). The header commits to the first: a reader must open the first to ' +
    '`payload`, and refuse the second with `error` from the header alone, before any chunk. `stream` is what ' +
    'the second key’s pull yields. Bytes are hex; link keys are base64url as in a link.',
  format: 'packages/envelope/FORMAT.md, version 3 ("Keys", and "Test vectors")',
  generator: 'packages/envelope/scripts/generate-two-key-vectors.ts',
  vectors: [await sealedCase(), await passphraseCase()],
};

const failures = await checkTwoKeyVectors(file);
if (failures.length > 0) throw new Error(`vectors do not check:\n${failures.join('\n')}`);
writeFileSync(OUTPUT, `${JSON.stringify(file, null, 2)}\n`);
console.log(`wrote ${OUTPUT.pathname}: ${file.vectors.length} vectors`);
