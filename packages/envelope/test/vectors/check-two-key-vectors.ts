// Checks test/vectors/two-keys-v3.json: libsodium's own secretstream pull opens each vector's chunk under both
// content keys, and this implementation refuses the second before any chunk. No Node APIs, so the generator and
// the unit test share it. Returns one line per failure.
import type { Payload } from '../../src/index.ts';
import {
  createDecryptor,
  createSealedDecryptor,
  decodeLinkKey,
  decryptPayload,
  decryptSealedPayload,
  deriveRecipientKeyPair,
  EnvelopeError,
} from '../../src/index.ts';
import { parseHeader } from '../../src/lib/header.ts';
import {
  contentKey,
  contentKeyCommitment,
  passwordKey,
  V3_CONTENT_CONTEXT,
  V3_SEALED_CONTENT_CONTEXT,
} from '../../src/lib/key-schedule.ts';
import { unwrapKey } from '../../src/lib/recipients.ts';
import { standardSodium } from '../../src/lib/sodium.ts';
import { fromHex, toHex } from '../helpers/hex.ts';
import { sealedPayloadOf } from './sealed-vectors.ts';
import type { TwoKeyReader, TwoKeyVector, TwoKeyVectorFile } from './two-key-vectors.ts';

const json = (payload: Payload) =>
  JSON.stringify(payload, (_, v) => (v instanceof Uint8Array ? toHex(v) : v));

/** The content key FORMAT.md's key schedule gives this reader for this envelope, or undefined if none. */
export async function readerContentKey(
  envelope: Uint8Array,
  reader: TwoKeyReader,
): Promise<Uint8Array | undefined> {
  const sodium = await standardSodium();
  const header = parseHeader(envelope);
  if ('prfOutput' in reader) {
    const base = unwrapKey(sodium, header.wrapped, await deriveRecipientKeyPair(fromHex(reader.prfOutput)));
    return base && contentKey(sodium, base, undefined, V3_SEALED_CONTENT_CONTEXT);
  }
  if (!header.kdf) return undefined;
  const pwKey = await passwordKey(reader.passphrase, header.kdf);
  return contentKey(sodium, decodeLinkKey(reader.linkKey), pwKey, V3_CONTENT_CONTEXT);
}

/** This implementation's verdict for a reader: the payload as JSON, or the error code. */
async function verdict(envelope: Uint8Array, reader: TwoKeyReader, headerOnly: boolean): Promise<string> {
  try {
    if ('prfOutput' in reader) {
      const pair = await deriveRecipientKeyPair(fromHex(reader.prfOutput));
      if (!headerOnly) return json(await decryptSealedPayload(envelope, pair));
      await (await createSealedDecryptor(pair)).push(parseHeader(envelope).bytes);
    } else {
      const key = decodeLinkKey(reader.linkKey);
      const options = { passphrase: reader.passphrase };
      if (!headerOnly) return json(await decryptPayload(envelope, key, options));
      await (await createDecryptor(key, options)).push(parseHeader(envelope).bytes);
    }
    return 'header accepted';
  } catch (error) {
    return error instanceof EnvelopeError ? error.code : String(error);
  }
}

async function checkOne(vector: TwoKeyVector, fail: (what: string) => void): Promise<void> {
  const sodium = await standardSodium();
  const envelope = fromHex(vector.envelope);
  const header = parseHeader(envelope);
  const chunk = envelope.subarray(header.bytes.length);
  const opened: Uint8Array[] = [];
  for (const [which, side] of [
    ['first', vector.first],
    ['second', vector.second],
  ] as const) {
    const key = await readerContentKey(envelope, side.reader);
    if (key === undefined || toHex(key) !== side.contentKey) {
      fail(`${which}: the key schedule does not give the recorded content key`);
      return;
    }
    // libsodium's own secretstream, nothing of ours: it must accept the chunk under this key, as the last one.
    const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header.streamHeader, key);
    const result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, header.bytes);
    if (!result) fail(`${which}: libsodium's pull refuses the chunk`);
    else if (result.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL)
      fail(`${which}: not FINAL`);
    else opened.push(result.message);
    const committed =
      toHex(contentKeyCommitment(sodium, key)) === toHex(header.commitment ?? new Uint8Array());
    if (committed !== (which === 'first')) fail(`${which}: commitment ${committed ? 'matches' : 'differs'}`);
  }
  if (opened.length === 2 && toHex(opened[0] ?? new Uint8Array()) === toHex(opened[1] ?? new Uint8Array()))
    fail('the two keys read the same plaintext');
  if (opened[1] && toHex(opened[1]) !== vector.second.stream)
    fail('second: the plaintext differs from `stream`');
  const expected = json(sealedPayloadOf(vector.first.payload));
  if ((await verdict(envelope, vector.first.reader, false)) !== expected) fail('first: payload differs');
  for (const headerOnly of [true, false]) {
    const code = await verdict(envelope, vector.second.reader, headerOnly);
    if (code !== vector.second.error)
      fail(`second${headerOnly ? ' (header only)' : ''}: ${code}, expected ${vector.second.error}`);
  }
}

/** Every vector: both keys open the chunk in libsodium; our reader opens the first and refuses the second. */
export async function checkTwoKeyVectors(file: TwoKeyVectorFile): Promise<string[]> {
  const failures: string[] = [];
  for (const vector of file.vectors) {
    try {
      await checkOne(vector, (what) => failures.push(`${vector.name}: ${what}`));
    } catch (error) {
      failures.push(`${vector.name}: ${String(error)}`);
    }
  }
  return failures;
}
