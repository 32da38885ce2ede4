import { SEALED_CHUNK_BYTES } from '../../src/lib/chunk.ts';
import { parseHeader } from '../../src/lib/header.ts';
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
  // FORMAT.md's key schedule, spelt out: BLAKE2b-256 keyed with the link key, of the version's context.
  const context = header.version === 1 ? 'hushlink/v1/content' : 'hushlink/v3/content';
  const key = sodium.crypto_generichash(32, context, linkKey);
  if (header.version === 3) {
    const commitment = sodium.crypto_generichash(32, 'hushlink/v3/commitment', key);
    if (!sodium.memcmp(commitment, header.commitment ?? new Uint8Array()))
      throw new Error('commitment differs');
  }
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header.streamHeader, key);
  const chunks: RawChunk[] = [];
  for (let offset = header.bytes.length; offset < envelope.length; offset += SEALED_CHUNK_BYTES) {
    const sealed = envelope.subarray(offset, offset + SEALED_CHUNK_BYTES);
    const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed, header.bytes);
    if (!opened) throw new Error(`chunk at ${offset} does not open`);
    chunks.push({ tag: opened.tag, plaintext: opened.message });
  }
  return chunks;
}
