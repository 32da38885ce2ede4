/**
 * Holds back the last `length` bytes of a stream given in pieces of any size, so that a reader can treat
 * everything before them as chunks and, once the input ends, what is held as the trailer (the signature that
 * ends a signed v3 envelope, whose chunks carry no length to say where they stop). Pieces of at least `length`
 * bytes are passed on without copying; only the held bytes are copied.
 */
export interface TrailerDelay {
  /** Takes a piece and returns, in order, the bytes that are now known not to be part of the trailer. */
  pass(piece: Uint8Array): Uint8Array[];
  /** The held bytes once the input has ended: the trailer if there are `length` of them, else fewer. */
  held(): Uint8Array;
  /** Wipes what is held. */
  wipe(): void;
}

/** Starts a {@link TrailerDelay} that holds back `length` bytes. */
export function startTrailerDelay(length: number): TrailerDelay {
  let buffer = new Uint8Array(length);
  let fill = 0;
  return {
    pass(piece) {
      if (piece.length >= length) {
        // Everything held, and all of this piece but its last `length` bytes, is before the trailer.
        const out = [buffer.slice(0, fill), piece.subarray(0, piece.length - length)];
        buffer = piece.slice(piece.length - length);
        fill = length;
        return out.filter((part) => part.length > 0);
      }
      // A small piece: only held bytes can be released, as many as the piece pushes past `length`.
      const release = Math.max(0, fill + piece.length - length);
      const out = buffer.slice(0, release);
      buffer.copyWithin(0, release, fill);
      fill -= release;
      buffer.set(piece, fill);
      fill += piece.length;
      return out.length > 0 ? [out] : [];
    },
    held() {
      return buffer.slice(0, fill);
    },
    wipe() {
      buffer.fill(0);
      fill = 0;
    },
  };
}
