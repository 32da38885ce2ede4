import { standardSodium } from './lib/sodium.ts';

/**
 * Loads libsodium's standard build ahead of time, so that the first encryption or reveal does not wait for the
 * WebAssembly to compile. Optional: every operation loads what it needs. The sumo build (Argon2id) is loaded only
 * when a passphrase is used.
 *
 * @throws whatever the dynamic import throws if the library cannot be fetched; a later call retries.
 */
export async function loadSodium(): Promise<void> {
  await standardSodium();
}
