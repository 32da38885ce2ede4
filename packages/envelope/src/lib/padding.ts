/** The smallest padded plaintext: every short secret looks the same size. */
export const PADDED_MIN_BYTES = 1024;

/** The ISO/IEC 7816-4 padding marker that ends the data; only zeros follow it. */
export const PADDING_MARKER = 0x80;

/**
 * Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with PURBs", 2019):
 * rounds `length` up so that only its top ⌊log2 E⌋ + 1 bits vary, where E = ⌊log2 length⌋. The result leaks
 * O(log log length) bits and costs at most about 12% more. Exact for every safe integer.
 *
 * @throws RangeError if `length` is not a non-negative safe integer.
 */
export function padme(length: number): number {
  if (!Number.isSafeInteger(length) || length < 0)
    throw new RangeError('padme: length must be a safe integer');
  if (length < 2) return length;
  const e = bitLength(length) - 1;
  const s = bitLength(e);
  const step = 2 ** (e - s);
  return Math.ceil(length / step) * step;
}

/**
 * The padded length of the logical plaintext stream for `dataLength` bytes of data (metadata length, metadata,
 * content): Padmé of the data plus its 0x80 marker, and never less than {@link PADDED_MIN_BYTES}.
 */
export function paddedLength(dataLength: number): number {
  return Math.max(PADDED_MIN_BYTES, padme(dataLength + 1));
}

/**
 * Finds the 0x80 marker that ends the data in a chunk whose tail is padding, or -1 if the last non-zero byte is
 * not 0x80 (or the chunk is all zeros).
 */
export function paddingMarkerIndex(chunk: Uint8Array): number {
  let i = chunk.length - 1;
  while (i >= 0 && chunk[i] === 0) i--;
  return i >= 0 && chunk[i] === PADDING_MARKER ? i : -1;
}

/**
 * Whether every byte is zero: the check on a chunk of pure padding, after the marker. Reads four bytes at a time
 * where the bytes are 4-byte aligned (libsodium's output always is), one at a time for the rest.
 */
export function isZero(bytes: Uint8Array): boolean {
  let acc = 0;
  let i = 0;
  const words = bytes.byteOffset % 4 === 0 ? bytes.length >>> 2 : 0;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    for (let w = 0; w < words; w++) acc |= view[w] ?? 0;
    i = words * 4;
  }
  for (; i < bytes.length; i++) acc |= bytes[i] ?? 0;
  return acc === 0;
}

function bitLength(n: number): number {
  // toString(2) is exact for safe integers, unlike Math.log2 near powers of two.
  return n.toString(2).length;
}
