import { CHUNK_BYTES } from '../constants.ts';

/** Bytes secretstream adds to each message: a 1-byte encrypted tag and a 16-byte Poly1305 MAC. */
export const CHUNK_OVERHEAD = 17;

/** The size of every sealed chunk except the last, which is how a reader finds chunk boundaries. */
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + CHUNK_OVERHEAD;
