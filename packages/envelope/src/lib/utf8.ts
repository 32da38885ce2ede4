const encoder = new TextEncoder();
// fatal: malformed UTF-8 is an error, not U+FFFD; ignoreBOM: a leading U+FEFF is part of the text and survives.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Encodes a string as UTF-8, or returns undefined if it holds a lone surrogate (which UTF-8 cannot carry). */
export function encodeUtf8(text: string): Uint8Array | undefined {
  return LONE_SURROGATE.test(text) ? undefined : encoder.encode(text);
}

/** Decodes UTF-8 strictly, or returns undefined if the bytes are not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes UTF-8 given in pieces, strictly, as if they were joined (a character may be cut between two pieces),
 * without joining them first; or returns undefined if the bytes are not well-formed UTF-8.
 */
export function decodeUtf8Pieces(pieces: readonly Uint8Array[]): string | undefined {
  if (pieces.length === 1 && pieces[0] !== undefined) return decodeUtf8(pieces[0]);
  // Its own decoder: a streaming decoder keeps state between calls.
  const streaming = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  try {
    for (const piece of pieces) parts.push(streaming.decode(piece, { stream: true }));
    parts.push(streaming.decode());
  } catch {
    return undefined;
  }
  return parts.join('');
}
