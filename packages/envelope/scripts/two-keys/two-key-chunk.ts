// Builds one secretstream message that libsodium's pull accepts under two different keys: the attack of Len,
// Grubbs and Ristenpart ("Partitioning Oracle Attacks", USENIX Security 2021) on secretstream's
// XChaCha20-Poly1305, which a version 3 envelope's commitment to its content key defeats.
import { concatBytes } from '../../src/lib/concat-bytes.ts';
import type { SumoSodium } from '../../src/lib/sodium.ts';
import { collidingBlock, leBytes, poly1305Key, poly1305Tag } from './poly1305.ts';
import type { FirstMessageKeystream } from './secretstream-keystream.ts';
import { firstMessageKeystream } from './secretstream-keystream.ts';

/** What to forge: the first message of a stream under `firstKey`, that must also open under `secondKey`. */
export interface TwoKeyChunkInput {
  /** The associated data (an envelope's whole header). */
  ad: Uint8Array;
  streamHeader: Uint8Array;
  firstKey: Uint8Array;
  secondKey: Uint8Array;
  /** The plaintext the first key must read, except the free block and the filler block. */
  plaintext: Uint8Array;
  tag: number;
  /** Byte offsets (multiples of 16) of the block solved for, and of the block redrawn on each try. */
  freeOffset: number;
  fillerOffset: number;
  /** Deterministic bytes for the filler block on try `attempt`. */
  filler: (attempt: number) => Uint8Array;
}

/** The forged message and what it decrypts to under each key. */
export interface TwoKeyChunk {
  chunk: Uint8Array;
  firstPlaintext: Uint8Array;
  secondPlaintext: Uint8Array;
  attempts: number;
}

const xor = (a: Uint8Array, b: Uint8Array) => a.map((byte, i) => byte ^ (b[i] ?? 0));

/**
 * The first byte of block 1's keystream must agree for the two keys, so that the encrypted tag byte decrypts to
 * the same tag under both; the caller searches its second key until this holds (about 256 tries).
 */
export function tagBytesAgree(first: FirstMessageKeystream, second: FirstMessageKeystream): boolean {
  return first.block1[0] === second.block1[0];
}

/** The bytes Poly1305 runs over in secretstream's push: AD, pad, block 1, ciphertext, pad, two u64 LE lengths. */
function macInput(ad: Uint8Array, block1: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const lengths = concatBytes([
    leBytes(BigInt(ad.length), 8),
    leBytes(BigInt(block1.length + ciphertext.length), 8),
  ]);
  return concatBytes([
    ad,
    new Uint8Array((16 - (ad.length % 16)) % 16),
    block1,
    ciphertext,
    new Uint8Array((16 - ((block1.length + ciphertext.length) % 16)) % 16),
    lengths,
  ]);
}

/**
 * Solves for one ciphertext block so that the message's Poly1305 tag is the same under both keys, redrawing the
 * filler block until a solution exists (each try succeeds with probability about 1/2).
 *
 * @throws Error if the tag bytes disagree (pick another second key) or no solution is found in 64 tries.
 */
export function forgeTwoKeyChunk(sumo: SumoSodium, input: TwoKeyChunkInput): TwoKeyChunk {
  const { ad, streamHeader, firstKey, secondKey, plaintext, tag, freeOffset, fillerOffset } = input;
  const ks1 = firstMessageKeystream(sumo, firstKey, streamHeader, plaintext.length);
  const ks2 = firstMessageKeystream(sumo, secondKey, streamHeader, plaintext.length);
  if (!tagBytesAgree(ks1, ks2)) throw new Error('the keystreams encrypt the tag byte differently');
  const tagByte = tag ^ (ks1.block1[0] ?? 0);
  // What enters the MAC from block 1: the encrypted tag byte, then that key's keystream (pull does the same).
  const macBlock = (ks: FirstMessageKeystream) => Uint8Array.of(tagByte, ...ks.block1.subarray(1));
  const [key1, key2] = [poly1305Key(ks1.block0), poly1305Key(ks2.block0)];
  const freeBlock = (ad.length + ((16 - (ad.length % 16)) % 16) + 64 + freeOffset) / 16;
  for (let attempt = 0; attempt < 64; attempt++) {
    const wanted = plaintext.slice();
    wanted.set(input.filler(attempt), fillerOffset);
    const ciphertext = xor(wanted, ks1.message);
    const mac1 = macInput(ad, macBlock(ks1), ciphertext);
    const mac2 = macInput(ad, macBlock(ks2), ciphertext);
    // The two MAC inputs differ only in block 1's keystream bytes; the free block has the same index in both.
    const x = collidingBlock(key1, mac1, key2, mac2, freeBlock);
    if (x === undefined) continue;
    ciphertext.set(leBytes(x, 16), freeOffset);
    const mac = poly1305Tag(key1, macInput(ad, macBlock(ks1), ciphertext));
    if (!mac.every((byte, i) => byte === poly1305Tag(key2, macInput(ad, macBlock(ks2), ciphertext))[i]))
      throw new Error('the solved block does not give both keys the same tag');
    return {
      chunk: concatBytes([Uint8Array.of(tagByte), ciphertext, mac]),
      firstPlaintext: xor(ciphertext, ks1.message),
      secondPlaintext: xor(ciphertext, ks2.message),
      attempts: attempt + 1,
    };
  }
  throw new Error('no colliding block found in 64 tries');
}
