import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CHUNK_BYTES } from '@hushlink/envelope';
import { type CryptoTimes, runRounds } from './crypto-rounds.ts';
import {
  type CipherCase,
  envelopeCase,
  labCase,
  openCryptoLab,
  rawSecretstreamCase,
} from './portable/crypto-throughput.ts';
import { collectNodeGarbage, onThisThread } from './timing.ts';

interface NativeChunk {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/**
 * Node's own ChaCha20-Poly1305 (node:crypto, OpenSSL), one AEAD message per 64 KiB chunk with a counter nonce, so
 * it does the same number of seals as secretstream. (OpenSSL has no XChaCha20; the 96-bit nonce is the only
 * difference in the cipher.)
 */
function nativeCase(): CipherCase<{ key: Buffer; chunks: NativeChunk[] }> {
  return {
    name: 'native',
    encrypt(data) {
      const key = randomBytes(32);
      const chunks: NativeChunk[] = [];
      for (let offset = 0, counter = 0; offset < data.length; offset += CHUNK_BYTES, counter++) {
        const nonce = Buffer.alloc(12);
        nonce.writeUInt32BE(counter, 8);
        const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
        const ciphertext = Buffer.concat([
          cipher.update(data.subarray(offset, offset + CHUNK_BYTES)),
          cipher.final(),
        ]);
        chunks.push({ nonce, ciphertext, tag: cipher.getAuthTag() });
      }
      return { key, chunks };
    },
    decrypt({ key, chunks }) {
      return chunks.map(({ nonce, ciphertext, tag }) => {
        const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
      });
    },
  };
}

/** Envelope, raw libsodium secretstream and native ChaCha20-Poly1305 in this Node process. */
export async function measureCryptoNode(bytes: number, rounds: number): Promise<CryptoTimes> {
  const lab = await openCryptoLab(bytes, [
    labCase(envelopeCase()),
    labCase(rawSecretstreamCase()),
    labCase(nativeCase()),
  ]);
  return runRounds(
    {
      names: lab.names,
      collectGarbage: async () => collectNodeGarbage(),
      measure: (name, operation) => onThisThread(() => lab.run(name, operation)),
      check: async (name) => lab.check(name),
    },
    rounds,
  );
}
