import { concatBytes } from '../../src/lib/concat-bytes.ts';
import { encodeHeader } from '../../src/lib/header.ts';
import { contentKey, keyCommitment, SEALED_CONTENT_CONTEXT } from '../../src/lib/key-schedule.ts';
import { wrapKey } from '../../src/lib/recipients.ts';
import type { Sodium } from '../../src/lib/sodium.ts';
import { fixedRandom } from './fixed-random.ts';
import type { TagName } from './forge-envelope.ts';
import { logicalData, padded } from './forge-envelope.ts';

/** Fixed randomness for {@link forgeSealedV2}: nothing is drawn from the CSPRNG, so the bytes are reproducible. */
export interface SealedForgeRandomness {
  /** 32 bytes: the key wrapped to the recipient, committed to, and under which the stream is sealed. */
  envelopeKey: Uint8Array;
  /** 32 bytes: the ephemeral X25519 private key of the one wrapped key. */
  ephemeral: Uint8Array;
  /** 24 bytes: the secretstream header. */
  streamHeader: Uint8Array;
}

/**
 * A version 2 (sealed) envelope to one recipient, built from the format's parts because no product writer makes
 * version 2 any more and none would make these: its one chunk holds `metadataJson` (any text, valid or not) and
 * `content`, padded to 1024 bytes, and is sealed with `tag`. The header, wrapped key and commitment are correct,
 * so a reader that refuses it does so for the chunk's tag or its contents.
 */
export function forgeSealedV2(
  sodium: Sodium,
  recipientPublicKey: Uint8Array,
  randomness: SealedForgeRandomness,
  metadataJson: string,
  tag: TagName = 'final',
  content: Uint8Array = new Uint8Array(),
): Uint8Array {
  const tags: Record<TagName, number> = { message: 0, push: 1, rekey: 2, final: 3 };
  const { envelopeKey, ephemeral, streamHeader } = randomness;
  const header = encodeHeader({
    version: 2,
    kdf: undefined,
    wrapped: [wrapKey(sodium, envelopeKey, recipientPublicKey, fixedRandom(ephemeral))],
    commitment: keyCommitment(sodium, envelopeKey),
    streamHeader,
  });
  // A pull state from the same key and header is the push state: secretstream derives both the same way.
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
    streamHeader,
    contentKey(sodium, envelopeKey, undefined, SEALED_CONTENT_CONTEXT),
  );
  const chunk = padded(logicalData(metadataJson, content), 1024);
  return concatBytes([
    header,
    sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, header, tags[tag]),
  ]);
}
