// Runs in Node and, bundled by esbuild, in a Chromium page: the same Argon2id call in both.
import sumo from 'libsodium-wrappers-sumo';

/** Argon2id costs: `crypto_pwhash`'s operations limit and memory limit in bytes. */
export interface Argon2Costs {
  opslimit: number;
  memlimit: number;
}

/**
 * Loads the sumo build and returns one Argon2id v1.3 derivation (`crypto_pwhash`, ALG_ARGON2ID13, 32-byte
 * output, fixed random salt), which reports its wall-clock milliseconds: what the envelope does per passphrase.
 */
export async function prepareArgon2(): Promise<(costs: Argon2Costs) => number> {
  await sumo.ready;
  const salt = sumo.randombytes_buf(sumo.crypto_pwhash_SALTBYTES);
  return (costs) => {
    const start = performance.now();
    sumo.crypto_pwhash(
      32,
      'correct horse battery staple',
      salt,
      costs.opslimit,
      costs.memlimit,
      sumo.crypto_pwhash_ALG_ARGON2ID13,
    );
    return performance.now() - start;
  };
}
