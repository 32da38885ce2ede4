// Checks published vectors against a libsodium build. No Node APIs here, so the same module can be bundled and run
// in Chromium against the build the web app ships.
import type { Sodium, SumoSodium } from '../../src/lib/sodium.ts';
import { fromHex, toHex } from '../helpers/hex.ts';

/** Wycheproof's aead_test_schema_v1, the fields we use. */
export interface WycheproofFile {
  testGroups: {
    ivSize: number;
    tests: {
      tcId: number;
      flags: string[];
      key: string;
      iv: string;
      aad: string;
      msg: string;
      ct: string;
      tag: string;
      result: 'valid' | 'invalid' | 'acceptable';
    }[];
  }[];
}

/** draft-irtf-cfrg-xchacha-03 vectors as transcribed. */
export interface DraftXChaChaFile {
  hchacha20: { section: string; key: string; nonce16: string; subkey: string }[];
  aead_xchacha20_poly1305: {
    section: string;
    plaintext: string;
    aad: string;
    key: string;
    nonce: string;
    ciphertext: string;
    tag: string;
  }[];
  xchacha20: {
    section: string;
    counter: number;
    plaintext: string;
    key: string;
    nonce: string;
    keystream: string;
    ciphertext: string;
  }[];
}

/** PyNaCl's secretstream vectors: streams of chunks under one key and header. */
export type PynaclSecretstreamFile = {
  key: string;
  header: string;
  chunks: { tag: number; ad: string | null; message: string; ciphertext: string }[];
}[];

/** The three published files, parsed. */
export interface PublishedVectors {
  wycheproof: WycheproofFile;
  draft: DraftXChaChaFile;
  pynacl: PynaclSecretstreamFile;
}

/** What was checked, what failed, and what this build does not expose. */
export interface PublishedReport {
  failures: string[];
  checked: {
    wycheproofValid: number;
    wycheproofInvalid: number;
    draftAead: number;
    draftHChaCha20: number;
    draftXChaCha20: number;
    secretstreamChunks: number;
  };
  skipped: string[];
}

/**
 * Runs every published vector the given build can run: Wycheproof XChaCha20-Poly1305 in both directions (invalid
 * cases must fail), the draft's AEAD example (and HChaCha20/XChaCha20 where the build exposes them), and PyNaCl's
 * secretstream streams pulled and, from a state made by init_pull, pushed.
 */
export function checkPublished(vectors: PublishedVectors, sodium: Sodium | SumoSodium): PublishedReport {
  const report: PublishedReport = {
    failures: [],
    checked: {
      wycheproofValid: 0,
      wycheproofInvalid: 0,
      draftAead: 0,
      draftHChaCha20: 0,
      draftXChaCha20: 0,
      secretstreamChunks: 0,
    },
    skipped: [],
  };
  const fail = (what: string) => report.failures.push(what);
  const throws = (action: () => unknown) => {
    try {
      action();
      return false;
    } catch {
      return true;
    }
  };

  for (const group of vectors.wycheproof.testGroups) {
    for (const test of group.tests) {
      const name = `wycheproof tcId ${test.tcId}`;
      const [key, iv, aad, msg] = [fromHex(test.key), fromHex(test.iv), fromHex(test.aad), fromHex(test.msg)];
      const sealed = fromHex(test.ct + test.tag);
      const open = () => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, aad, iv, key);
      if (test.result === 'valid') {
        report.checked.wycheproofValid++;
        if (throws(open) || toHex(open()) !== test.msg) fail(`${name}: does not decrypt to msg`);
        const ct = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(msg, aad, null, iv, key);
        if (toHex(ct) !== test.ct + test.tag) fail(`${name}: does not encrypt to ct||tag`);
      } else {
        report.checked.wycheproofInvalid++;
        if (!throws(open)) fail(`${name}: invalid case decrypts`);
        const seal = () => sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(msg, aad, null, iv, key);
        if (test.flags.includes('InvalidNonceSize') && !throws(seal))
          fail(`${name}: wrong nonce size accepted`);
      }
    }
  }

  for (const v of vectors.draft.aead_xchacha20_poly1305) {
    report.checked.draftAead++;
    const [key, nonce, aad] = [fromHex(v.key), fromHex(v.nonce), fromHex(v.aad)];
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      fromHex(v.plaintext),
      aad,
      null,
      nonce,
      key,
    );
    if (toHex(sealed) !== v.ciphertext + v.tag) fail(`draft ${v.section}: encryption differs`);
    const opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, aad, nonce, key);
    if (toHex(opened) !== v.plaintext) fail(`draft ${v.section}: decryption differs`);
  }

  // Not in the standard build (the type declarations list them anyway), so look before calling.
  const hchacha20 =
    typeof sodium.crypto_core_hchacha20 === 'function' ? sodium.crypto_core_hchacha20 : undefined;
  for (const v of vectors.draft.hchacha20) {
    if (!hchacha20) {
      report.skipped.push(`draft ${v.section} HChaCha20`);
      continue;
    }
    report.checked.draftHChaCha20++;
    if (toHex(hchacha20(fromHex(v.nonce16), fromHex(v.key), null)) !== v.subkey)
      fail(`draft ${v.section}: subkey`);
  }
  const xor =
    typeof sodium.crypto_stream_xchacha20_xor_ic === 'function'
      ? sodium.crypto_stream_xchacha20_xor_ic
      : undefined;
  for (const v of vectors.draft.xchacha20) {
    if (!xor) {
      report.skipped.push(`draft ${v.section} XChaCha20`);
      continue;
    }
    report.checked.draftXChaCha20++;
    const [key, nonce, plaintext] = [fromHex(v.key), fromHex(v.nonce), fromHex(v.plaintext)];
    if (toHex(xor(plaintext, nonce, v.counter, key)) !== v.ciphertext) fail(`draft ${v.section}: ciphertext`);
    const keystream = xor(new Uint8Array(plaintext.length), nonce, v.counter, key);
    if (toHex(keystream) !== v.keystream) fail(`draft ${v.section}: keystream`);
  }

  vectors.pynacl.forEach((stream, s) => {
    const [key, header] = [fromHex(stream.key), fromHex(stream.header)];
    const pull = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
    const push = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
    stream.chunks.forEach((chunk, c) => {
      report.checked.secretstreamChunks++;
      const name = `pynacl stream ${s} chunk ${c}`;
      const ad = chunk.ad ? fromHex(chunk.ad) : null;
      const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(pull, fromHex(chunk.ciphertext), ad);
      if (!opened || toHex(opened.message) !== chunk.message || opened.tag !== chunk.tag)
        fail(`${name}: pull`);
      const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(
        push,
        fromHex(chunk.message),
        ad,
        chunk.tag,
      );
      if (toHex(sealed) !== chunk.ciphertext) fail(`${name}: push`);
    });
  });
  return report;
}
