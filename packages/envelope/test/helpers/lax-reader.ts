import type { EnvelopeMetadata, Payload } from '../../src/index.ts';
import { decodeLinkKey, deriveRecipientKeyPair } from '../../src/index.ts';
import { SEALED_CHUNK_BYTES } from '../../src/lib/chunk.ts';
import { concatBytes } from '../../src/lib/concat-bytes.ts';
import type { EnvelopeHeader } from '../../src/lib/header.ts';
import { parseHeader, SIGNATURE_BYTES } from '../../src/lib/header.ts';
import {
  contentKey,
  contentKeyCommitment,
  keyCommitment,
  passwordKey,
  SEALED_CONTENT_CONTEXT,
  V3_CONTENT_CONTEXT,
  V3_SEALED_CONTENT_CONTEXT,
} from '../../src/lib/key-schedule.ts';
import { readMetadata } from '../../src/lib/metadata.ts';
import { paddedLength } from '../../src/lib/padding.ts';
import { joinPayload } from '../../src/lib/payload-codec.ts';
import { unwrapKey } from '../../src/lib/recipients.ts';
import { startStreamHasher, verifyEnvelope } from '../../src/lib/signing.ts';
import { standardSodium } from '../../src/lib/sodium.ts';
import { fromHex } from './hex.ts';

/**
 * A check of FORMAT.md's "Reading" that a careless reader might leave out; `metadata` stands for the metadata
 * rules (I-JSON, known kinds and fields, integer sizes), which a careless reader replaces with `JSON.parse`.
 */
export type LaxCheck = 'final' | 'padding' | 'length' | 'commitment' | 'signature' | 'metadata';

/** Who reads: a link key as in a link, or a recipient's PRF output (hex). */
export type LaxReaderKey = { linkKey: string } | { prfOutput: string };

/** What {@link laxDecryptStream} opened: the header, the chunks' plaintext joined, and the stream's hash. */
export interface LaxStream {
  header: EnvelopeHeader;
  stream: Uint8Array;
  streamHash: Uint8Array;
  /** Where the chunks end (the signature, if any, follows). */
  end: number;
}

/**
 * The first half of the lax reader: derives the content key, checks the commitment (unless skipped), opens every
 * chunk with libsodium's secretstream and checks the tags (unless `final` is skipped). Returns the plaintext
 * stream, or undefined when it refuses; it reads nothing inside the stream.
 */
export async function laxDecryptStream(
  envelope: Uint8Array,
  reader: LaxReaderKey,
  passphrase: string | undefined,
  skip: ReadonlySet<LaxCheck>,
): Promise<LaxStream | undefined> {
  const sodium = await standardSodium();
  try {
    const header = parseHeader(envelope);
    let base: Uint8Array | undefined;
    if ('linkKey' in reader) base = decodeLinkKey(reader.linkKey);
    else base = unwrapKey(sodium, header.wrapped, await deriveRecipientKeyPair(fromHex(reader.prfOutput)));
    if (base === undefined || header.version === 1 || header.sealed === 'linkKey' in reader) return undefined;
    if (header.kdf && !passphrase) return undefined;
    const pwKey = header.kdf && passphrase ? await passwordKey(passphrase, header.kdf) : undefined;
    const v2 = header.version === 2;
    const context = v2
      ? SEALED_CONTENT_CONTEXT
      : header.sealed
        ? V3_SEALED_CONTENT_CONTEXT
        : V3_CONTENT_CONTEXT;
    const key = contentKey(sodium, base, pwKey, context);
    // Version 2 commits to the envelope key, version 3 to the content key.
    const commitment = v2 ? keyCommitment(sodium, base) : contentKeyCommitment(sodium, key);
    if (!skip.has('commitment') && !sodium.memcmp(commitment, header.commitment ?? key)) return undefined;
    const end = envelope.length - (header.signed ? SIGNATURE_BYTES : 0);
    const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header.streamHeader, key);
    const hasher = startStreamHasher(sodium);
    const plain: Uint8Array[] = [];
    const tags: number[] = [];
    for (let offset = header.bytes.length; offset < end; offset += SEALED_CHUNK_BYTES) {
      const sealed = envelope.subarray(offset, Math.min(end, offset + SEALED_CHUNK_BYTES));
      hasher.update(sealed);
      const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed, header.bytes);
      if (!opened) return undefined;
      plain.push(opened.message);
      tags.push(opened.tag);
    }
    if (!skip.has('final')) {
      // FINAL exactly last; before it, MESSAGE and at most one PUSH; never REKEY.
      if (tags.at(-1) !== 3 || tags.slice(0, -1).some((tag) => tag !== 0 && tag !== 1)) return undefined;
      if (tags.filter((tag) => tag === 1).length > 1) return undefined;
    }
    return { header, stream: concatBytes(plain), streamHash: hasher.digest(), end };
  } catch {
    return undefined;
  }
}

/**
 * A second, deliberately simple reader of versions 2 and 3 that opens the whole envelope at once and performs every check except
 * those in `skip`: it shows which vectors catch a reader that is careless in exactly those ways. With nothing
 * skipped it is a (non-streaming) reader of FORMAT.md; it returns the payload, or undefined when it refuses.
 */
export async function laxOpen(
  envelope: Uint8Array,
  reader: LaxReaderKey,
  passphrase: string | undefined,
  skip: ReadonlySet<LaxCheck>,
): Promise<Payload | undefined> {
  const sodium = await standardSodium();
  const opened = await laxDecryptStream(envelope, reader, passphrase, skip);
  if (opened === undefined) return undefined;
  const { header, stream, streamHash, end } = opened;
  try {
    let marker = stream.lastIndexOf(0x80);
    if (!skip.has('padding')) {
      let last = stream.length - 1;
      while (last >= 0 && stream[last] === 0) last--;
      if (last < 0 || stream[last] !== 0x80) return undefined;
      marker = last;
    }
    if (marker < 0) marker = stream.length;
    if (!skip.has('length') && stream.length !== paddedLength(marker)) return undefined;
    if (header.signed && !skip.has('signature')) {
      const signature = envelope.subarray(end);
      if (!verifyEnvelope(sodium, header.bytes, streamHash, signature, header.sender ?? streamHash))
        return undefined;
    }
    const data = stream.subarray(0, marker);
    const { metadata, contentOffset } = skip.has('metadata')
      ? carelessMetadata(data)
      : readMetadata(data, true);
    const content = data.subarray(contentOffset);
    if (metadata.kind === 'files' && metadata.files.reduce((sum, f) => sum + f.size, 0) !== content.length) {
      return undefined;
    }
    return joinPayload(metadata, [content]);
  } catch {
    return undefined;
  }
}

/** Metadata as a careless reader takes it: whatever `JSON.parse` makes of it, duplicates and `1.0` included. */
function carelessMetadata(data: Uint8Array): { metadata: EnvelopeMetadata; contentOffset: number } {
  const length = new DataView(data.buffer, data.byteOffset, 4).getUint32(0);
  const metadata = JSON.parse(new TextDecoder().decode(data.subarray(4, 4 + length))) as EnvelopeMetadata;
  return { metadata, contentOffset: 4 + length };
}
