/**
 * Cuts the content of a files secret (the files' bytes one after another) back into files: returns a function
 * to feed content pieces to, which calls `write(index, bytes)` with the part of each piece that belongs to file
 * `index`. A size of `Infinity` takes everything that is left (an uploaded text).
 *
 * @example const feed = splitContent([3, 2], (index, bytes) => parts[index].push(bytes)); await feed(piece);
 */
export function splitContent(
  sizes: readonly number[],
  write: (index: number, bytes: Uint8Array) => Promise<void> | void,
): (bytes: Uint8Array) => Promise<void> {
  let index = 0;
  let left = sizes[0] ?? 0;
  return async (bytes) => {
    let offset = 0;
    while (offset < bytes.length) {
      while (left === 0 && index < sizes.length - 1) {
        index += 1;
        left = sizes[index] ?? 0;
      }
      // More content than the sizes promise cannot pass the decryptor's own check; stop here anyway.
      if (left === 0) return;
      const n = Math.min(left, bytes.length - offset);
      await write(index, bytes.subarray(offset, offset + n));
      offset += n;
      left -= n;
    }
  };
}
