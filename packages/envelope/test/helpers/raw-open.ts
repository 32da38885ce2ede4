import { SEALED_CHUNK_BYTES } from '../../src/lib/chunk.ts';
import { parseHeader } from '../../src/lib/header.ts';
import { contentKey } from '../../src/lib/key-schedule.ts';
import { standardSodium } from '../../src/lib/sodium.ts';

/** One opened chunk. */
export interface RawChunk {
  tag: number;
  plaintext: Uint8Array;
}

/**
 * Opens a passphrase-less envelope with libsodium directly, without the package's decryptor, so tests can check
 * what the encryptor wrote against FORMAT.md chunk by chunk.
 */
export async function rawOpen(envelope: Uint8Array, linkKey: Uint8Array): Promise<RawChunk[]> {
  const sodium = await standardSodium();
  const header = parseHeader(envelope);
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
    header.streamHeader,
    contentKey(sodium, linkKey),
  );
  const chunks: RawChunk[] = [];
  for (let offset = header.bytes.length; offset < envelope.length; offset += SEALED_CHUNK_BYTES) {
    const sealed = envelope.subarray(offset, offset + SEALED_CHUNK_BYTES);
    const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed, header.bytes);
    if (!opened) throw new Error(`chunk at ${offset} does not open`);
    chunks.push({ tag: opened.tag, plaintext: opened.message });
  }
  return chunks;
}
