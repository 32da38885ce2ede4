// The keystream of a secretstream's first message, from libsodium's primitives (sumo build), as
// crypto_secretstream_xchacha20poly1305_push uses it (libsodium's secretstream/xchacha20poly1305.c).
import type { SumoSodium } from '../../src/lib/sodium.ts';

/** What the first `push` after `init_push`/`init_pull` encrypts and authenticates with. */
export interface FirstMessageKeystream {
  /** ChaCha20 block 0: its first 32 bytes are the Poly1305 one-time key. */
  block0: Uint8Array;
  /** ChaCha20 block 1: byte 0 encrypts the tag; all 64 bytes (the tag byte encrypted) enter the MAC. */
  block1: Uint8Array;
  /** ChaCha20 from block 2 on, `length` bytes: encrypts the message. */
  message: Uint8Array;
}

/**
 * The first message's keystream under `key` with secretstream header `streamHeader`: the state key is
 * HChaCha20(key, header[0..16]) and the IETF nonce is the 32-bit counter 1 (little-endian) ‖ header[16..24].
 */
export function firstMessageKeystream(
  sumo: SumoSodium,
  key: Uint8Array,
  streamHeader: Uint8Array,
  length: number,
): FirstMessageKeystream {
  const stateKey = sumo.crypto_core_hchacha20(streamHeader.subarray(0, 16), key, null);
  const nonce = new Uint8Array(12);
  nonce[0] = 1;
  nonce.set(streamHeader.subarray(16, 24), 4);
  const stream = (bytes: number, counter: number) =>
    sumo.crypto_stream_chacha20_ietf_xor_ic(new Uint8Array(bytes), nonce, counter, stateKey);
  return { block0: stream(64, 0), block1: stream(64, 1), message: stream(length, 2) };
}
