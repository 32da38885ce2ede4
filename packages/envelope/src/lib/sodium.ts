import type StandardBuild from 'libsodium-wrappers';
import type SumoBuild from 'libsodium-wrappers-sumo';

/** The standard libsodium build: everything the format needs except Argon2id. */
export type Sodium = typeof StandardBuild;

/** The sumo build, loaded only for Argon2id (`crypto_pwhash`), which the standard build leaves out. */
export type SumoSodium = typeof SumoBuild;

let standard: Promise<Sodium> | undefined;
let sumo: Promise<SumoSodium> | undefined;

/**
 * Loads and initialises the standard build once. A failed load (a network error in a browser) is forgotten, so
 * the next call tries again.
 */
export function standardSodium(): Promise<Sodium> {
  standard ??= ready(import('libsodium-wrappers')).catch((error: unknown) => {
    standard = undefined;
    throw error;
  });
  return standard;
}

/**
 * Loads and initialises the sumo build once, only when a passphrase is used. Its output keys are copied out as
 * plain bytes; secretstream state never crosses between the two builds.
 */
export function sumoSodium(): Promise<SumoSodium> {
  sumo ??= ready(import('libsodium-wrappers-sumo')).catch((error: unknown) => {
    sumo = undefined;
    throw error;
  });
  return sumo;
}

async function ready<T extends { ready: Promise<void> }>(module: Promise<{ default: T }>): Promise<T> {
  const { default: sodium } = await module;
  await sodium.ready;
  return sodium;
}
