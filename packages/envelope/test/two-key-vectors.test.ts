import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './helpers/hex.ts';
import type { LaxCheck, LaxReaderKey } from './helpers/lax-reader.ts';
import { laxDecryptStream, laxOpen } from './helpers/lax-reader.ts';
import { checkTwoKeyVectors } from './vectors/check-two-key-vectors.ts';
import { sealedPayloadOf } from './vectors/sealed-vectors.ts';
import type { TwoKeyReader, TwoKeyVectorFile } from './vectors/two-key-vectors.ts';

const file: TwoKeyVectorFile = JSON.parse(
  readFileSync(new URL('./vectors/two-keys-v3.json', import.meta.url), 'utf8'),
);

/** The lax reader's arguments for a vector's reader. */
function lax(reader: TwoKeyReader): [LaxReaderKey, string | undefined] {
  return 'prfOutput' in reader
    ? [{ prfOutput: reader.prfOutput }, undefined]
    : [{ linkKey: reader.linkKey }, reader.passphrase];
}

const skipCommitment = new Set<LaxCheck>(['commitment']);

describe('a ciphertext that two keys open', () => {
  it('holds a sealed case (two envelope keys) and a passphrase case (two passphrases)', () => {
    expect(file.vectors.map((v) => v.second.error)).toEqual(['COMMITMENT_MISMATCH', 'DECRYPTION_FAILED']);
    for (const vector of file.vectors) expect(vector.first.contentKey).not.toBe(vector.second.contentKey);
  });

  it.each(file.vectors.map((v) => [v.name, v] as const))(
    '%s: libsodium’s own pull opens the chunk under both content keys; our reader opens only the committed one, and refuses the other from the header alone',
    async (_, vector) => {
      expect(await checkTwoKeyVectors({ ...file, vectors: [vector] })).toEqual([]);
    },
  );

  it.each(file.vectors.map((v) => [v.name, v] as const))(
    '%s: a reader without the commitment check decrypts it under both keys to two different plaintexts',
    async (_, vector) => {
      const envelope = fromHex(vector.envelope);
      const first = await laxDecryptStream(envelope, ...lax(vector.first.reader), skipCommitment);
      const second = await laxDecryptStream(envelope, ...lax(vector.second.reader), skipCommitment);
      expect(first?.stream).toBeDefined();
      expect(toHex(second?.stream ?? new Uint8Array())).toBe(vector.second.stream);
      expect(toHex(first?.stream ?? new Uint8Array())).not.toBe(vector.second.stream);
      // The first key reads the committed payload in full; the second key's stream authenticates but does not
      // parse, so such a reader answers differently for the two keys: the partitioning oracle of Len et al.
      expect(await laxOpen(envelope, ...lax(vector.first.reader), skipCommitment)).toEqual(
        sealedPayloadOf(vector.first.payload),
      );
      expect(await laxOpen(envelope, ...lax(vector.second.reader), skipCommitment)).toBeUndefined();
      // With the commitment checked, the second key never reaches the chunk.
      expect(await laxDecryptStream(envelope, ...lax(vector.second.reader), new Set())).toBeUndefined();
    },
  );
});
