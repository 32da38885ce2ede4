/**
 * A random source for the encryptor's seam that hands out the given bytes in order, and fails loudly if the
 * encryptor asks for more than was provided.
 */
export function fixedRandom(bytes: Uint8Array): (length: number) => Uint8Array {
  let offset = 0;
  return (length) => {
    if (offset + length > bytes.length) throw new Error('fixedRandom: out of bytes');
    const out = bytes.slice(offset, offset + length);
    offset += length;
    return out;
  };
}
