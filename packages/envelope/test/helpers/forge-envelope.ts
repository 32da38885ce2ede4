import { concatBytes } from '../../src/lib/concat-bytes.ts';
import type { KdfParams } from '../../src/lib/header.ts';
import { encodeHeader } from '../../src/lib/header.ts';
import {
  CONTENT_CONTEXT,
  contentKey,
  contentKeyCommitment,
  V3_CONTENT_CONTEXT,
} from '../../src/lib/key-schedule.ts';
import { standardSodium } from '../../src/lib/sodium.ts';

/** A secretstream tag by name. */
export type TagName = 'message' | 'push' | 'rekey' | 'final';

/** One chunk to forge: its plaintext and tag. */
export interface ForgedChunk {
  plaintext: Uint8Array;
  tag: TagName;
}

/**
 * Seals arbitrary chunks under a correct header and content key of a link envelope (version 1 unless told), so
 * that tests can check the decryptor's rules on envelopes our encryptor would never write (wrong tags, bad
 * padding, wrong lengths).
 */
export async function forgeEnvelope(
  linkKey: Uint8Array,
  chunks: ForgedChunk[],
  kdf?: KdfParams,
  passwordKey?: Uint8Array,
  version: 1 | 3 = 1,
): Promise<Uint8Array> {
  const sodium = await standardSodium();
  const tags: Record<TagName, number> = {
    message: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    push: sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH,
    rekey: sodium.crypto_secretstream_xchacha20poly1305_TAG_REKEY,
    final: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
  };
  const key = contentKey(sodium, linkKey, passwordKey, version === 1 ? CONTENT_CONTEXT : V3_CONTENT_CONTEXT);
  const { state, header: streamHeader } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const commitment = version === 1 ? undefined : contentKeyCommitment(sodium, key);
  const header = encodeHeader({ version, kdf, commitment, streamHeader });
  const sealed = chunks.map(({ plaintext, tag }) =>
    sodium.crypto_secretstream_xchacha20poly1305_push(state, plaintext, header, tags[tag]),
  );
  return concatBytes([header, ...sealed]);
}

/** The logical plaintext stream's data: u32 big-endian metadata length, metadata JSON, content. */
export function logicalData(metadataJson: string, content: Uint8Array = new Uint8Array()): Uint8Array {
  const json = new TextEncoder().encode(metadataJson);
  const out = new Uint8Array(4 + json.length + content.length);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  out.set(content, 4 + json.length);
  return out;
}

/** Data followed by 0x80 and zeros up to `length` bytes: a chunk that ends the data. */
export function padded(data: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set(data);
  out[data.length] = 0x80;
  return out;
}
