// Poly1305 (RFC 8439 §2.5) in BigInt arithmetic, written out so that the two-key forger can treat a tag as the
// linear function of one message block that it is. Only the vector generator uses it; the generator checks every
// tag it computes against libsodium's own.

/** The Poly1305 prime, 2^130 − 5. */
export const P = (1n << 130n) - 5n;
const TWO_128 = 1n << 128n;
const CLAMP = 0x0ffffffc0ffffffc0ffffffc0fffffffn;

/** A little-endian integer from bytes. */
export function leInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  return value;
}

/** `length` little-endian bytes of a non-negative integer below 2^(8·length). */
export function leBytes(value: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let rest = value;
  for (let i = 0; i < length; i++) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  if (rest !== 0n) throw new Error('value does not fit');
  return out;
}

/** base^exponent mod P. */
export function powMod(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = ((base % P) + P) % P;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

/** A one-time key split into its clamped r and its s. */
export interface Poly1305Key {
  r: bigint;
  s: bigint;
}

/** r (clamped) and s from the 32-byte one-time key. */
export function poly1305Key(key: Uint8Array): Poly1305Key {
  return { r: leInt(key.subarray(0, 16)) & CLAMP, s: leInt(key.subarray(16, 32)) };
}

/**
 * The accumulator h before s is added: Σ (block_i + 2^(8·len_i)) · r^(n−i+1) mod P over the message's 16-byte
 * blocks (the last may be shorter).
 */
export function poly1305Accumulator(key: Poly1305Key, message: Uint8Array): bigint {
  let h = 0n;
  for (let offset = 0; offset < message.length; offset += 16) {
    const block = message.subarray(offset, Math.min(message.length, offset + 16));
    h = ((h + leInt(block) + (1n << BigInt(8 * block.length))) * key.r) % P;
  }
  return h;
}

/** The 16-byte tag (h + s) mod 2^128, little-endian. */
export function poly1305Tag(key: Poly1305Key, message: Uint8Array): Uint8Array {
  return leBytes((poly1305Accumulator(key, message) + key.s) % TWO_128, 16);
}

/**
 * The value x of the full 16-byte block at `blockIndex` that gives `firstMessage` under `first` and
 * `secondMessage` under `second` the same tag (with that block set to x in both), or
 * undefined when none of the candidate differences yields an x below 2^128 whose tags really agree (the caller
 * then changes another block and tries again).
 *
 * With that block set to x, h_k = h_k(0) + x · r_k^e mod P where e = n − blockIndex, so h_1 − h_2 is linear in x.
 * The tags agree when (h_1 + s_1) ≡ (h_2 + s_2) mod 2^128, i.e. when the integer h_1 − h_2 (in (−P, P)) is one of
 * d = (s_2 − s_1 mod 2^128) + k·2^128; each d gives one x mod P, kept if it fits in 128 bits and the actual
 * reduced accumulators differ by exactly d.
 */
export function collidingBlock(
  first: Poly1305Key,
  firstMessage: Uint8Array,
  second: Poly1305Key,
  secondMessage: Uint8Array,
  blockIndex: number,
): bigint | undefined {
  if (firstMessage.length !== secondMessage.length) throw new Error('the messages differ in length');
  const zeroed = (message: Uint8Array) => {
    const copy = message.slice();
    copy.fill(0, blockIndex * 16, blockIndex * 16 + 16);
    return copy;
  };
  const e = BigInt(Math.ceil(firstMessage.length / 16) - blockIndex);
  const h1 = poly1305Accumulator(first, zeroed(firstMessage));
  const h2 = poly1305Accumulator(second, zeroed(secondMessage));
  const [p1, p2] = [powMod(first.r, e), powMod(second.r, e)];
  const inverse = powMod(p1 - p2, P - 2n);
  const base = (((second.s - first.s) % TWO_128) + TWO_128) % TWO_128;
  for (let k = -4n; k <= 3n; k++) {
    const d = base + k * TWO_128;
    if (d <= -P || d >= P) continue;
    const x = (((((d - (h1 - h2)) % P) + P) % P) * inverse) % P;
    if (x >= TWO_128) continue;
    const a = (h1 + x * p1) % P;
    const b = (h2 + x * p2) % P;
    if ((a + first.s) % TWO_128 === (b + second.s) % TWO_128) return x;
  }
  return undefined;
}
