// No Node or DOM APIs beyond what both have (performance, crypto.getRandomValues): this runs in Node and, bundled
// by esbuild, in a Chromium page, so both measure exactly the same code. The driver outside (Node) calls one
// operation at a time, so that it can read the CPU time of the thread around each one.
import { CHUNK_BYTES, createDecryptor, createEncryptor, generateLinkKey } from '@hushlink/envelope';
import sodium from 'libsodium-wrappers';

/** The two timed operations of every case. */
export type Operation = 'encrypt' | 'decrypt';

/** One implementation under test: encrypt all the data, then decrypt what it made. */
export interface CipherCase<Sealed> {
  name: string;
  encrypt(data: Uint8Array): Promise<Sealed> | Sealed;
  /** Returns the plaintext pieces, in order, so the lab can check the round trip outside the timing. */
  decrypt(sealed: Sealed): Promise<Uint8Array[]> | Uint8Array[];
}

/** A case bound to its data, holding what the last operation made; the type of the sealed form is hidden. */
export interface BoundCase {
  name: string;
  encrypt(): Promise<void>;
  decrypt(): Promise<void>;
  /** Checks that the last decryption gave the data back, then drops both results. */
  check(): void;
}

/** Binds a case to data (typed here, so cases with different sealed forms can share a list). */
export function labCase<Sealed>(cipher: CipherCase<Sealed>): (data: Uint8Array) => BoundCase {
  return (data) => {
    let sealed: { value: Sealed } | undefined;
    let opened: Uint8Array[] | undefined;
    return {
      name: cipher.name,
      async encrypt() {
        sealed = { value: await cipher.encrypt(data) };
      },
      async decrypt() {
        if (!sealed) throw new Error(`${cipher.name}: decrypt before encrypt`);
        opened = await cipher.decrypt(sealed.value);
      },
      check() {
        if (!opened || !sameBytes(data, opened))
          throw new Error(`${cipher.name}: the round trip lost the data`);
        sealed = undefined;
        opened = undefined;
      },
    };
  };
}

/** The envelope's streaming API is fed 1 MiB pieces, as a file reader or a fetch stream would feed it. */
export const PIECE_BYTES = 1024 * 1024;

/**
 * packages/envelope: `createEncryptor` / `createDecryptor`, the path files take (`encryptPayload` is the same
 * encryptor fed the whole text at once). The data is the content; the envelope pads it (Padmé) and seals it.
 */
export function envelopeCase(): CipherCase<{ key: Uint8Array; pieces: Uint8Array[] }> {
  return {
    name: 'envelope',
    async encrypt(data) {
      const key = await generateLinkKey();
      const encryptor = await createEncryptor({ kind: 'text' }, key);
      const pieces: Uint8Array[] = [];
      for (let offset = 0; offset < data.length; offset += PIECE_BYTES) {
        for (const piece of encryptor.push(data.subarray(offset, offset + PIECE_BYTES))) pieces.push(piece);
      }
      for (const piece of encryptor.finish()) pieces.push(piece);
      return { key, pieces };
    },
    async decrypt({ key, pieces }) {
      const decryptor = await createDecryptor(key);
      const out: Uint8Array[] = [];
      for (const piece of pieces) for (const content of await decryptor.push(piece)) out.push(content);
      for (const content of await decryptor.finish()) out.push(content);
      return out;
    },
  };
}

/**
 * The floor: libsodium's `crypto_secretstream_xchacha20poly1305` called directly on 64 KiB chunks of the same
 * data, from the same build (libsodium-wrappers) the envelope uses, with no header, padding or associated data.
 */
export function rawSecretstreamCase(): CipherCase<{
  key: Uint8Array;
  header: Uint8Array;
  chunks: Uint8Array[];
}> {
  return {
    name: 'libsodium',
    encrypt(data) {
      const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
      const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
      const chunks: Uint8Array[] = [];
      for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
        const tag =
          offset + CHUNK_BYTES >= data.length
            ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
            : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        const chunk = data.subarray(offset, offset + CHUNK_BYTES);
        chunks.push(sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, null, tag));
      }
      return { key, header, chunks };
    },
    decrypt({ key, header, chunks }) {
      const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
      return chunks.map((chunk) => {
        const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, null);
        if (!opened) throw new Error('libsodium: a chunk failed to open');
        return opened.message;
      });
    },
  };
}

/** `bytes` of random data (filled 64 KiB at a time, the most `getRandomValues` gives in one call). */
export function randomData(bytes: number): Uint8Array {
  const data = new Uint8Array(bytes);
  for (let offset = 0; offset < bytes; offset += 65536) {
    crypto.getRandomValues(data.subarray(offset, Math.min(bytes, offset + 65536)));
  }
  return data;
}

/** Cases bound to the same random data, run one operation at a time by a driver. */
export interface CryptoLab {
  names: string[];
  /** Runs one operation of one case; returns its wall-clock milliseconds on this runtime's clock. */
  run(name: string, operation: Operation): Promise<number>;
  /** Checks the case's last round trip (untimed). */
  check(name: string): void;
}

/**
 * Loads libsodium, warms every case up on 256 KiB (code compiled, buffers grown), then binds the cases to `bytes`
 * of fresh random data.
 */
export async function openCryptoLab(
  bytes: number,
  cases: readonly ((data: Uint8Array) => BoundCase)[],
): Promise<CryptoLab> {
  await sodium.ready;
  const warmUp = randomData(4 * CHUNK_BYTES);
  for (const bind of cases) {
    const bound = bind(warmUp);
    await bound.encrypt();
    await bound.decrypt();
    bound.check();
  }
  const data = randomData(bytes);
  const bound = new Map(cases.map((bind) => bind(data)).map((item) => [item.name, item]));
  const find = (name: string): BoundCase => {
    const item = bound.get(name);
    if (!item) throw new Error(`no case named ${name}`);
    return item;
  };
  return {
    names: [...bound.keys()],
    async run(name, operation) {
      const item = find(name);
      const start = performance.now();
      await (operation === 'encrypt' ? item.encrypt() : item.decrypt());
      return performance.now() - start;
    },
    check(name) {
      find(name).check();
    },
  };
}

function sameBytes(data: Uint8Array, pieces: readonly Uint8Array[]): boolean {
  let offset = 0;
  for (const piece of pieces) {
    if (offset + piece.length > data.length) return false;
    for (let i = 0; i < piece.length; i++) if (piece[i] !== data[offset + i]) return false;
    offset += piece.length;
  }
  return offset === data.length;
}
