import type { Operation } from './portable/crypto-throughput.ts';
import type { Timing } from './timing.ts';

/** Every timing of every case, by case name and operation. */
export type CryptoTimes = Record<string, Record<Operation, Timing[]>>;

/** Runs the cases of a crypto lab one operation at a time, in Node or in a page. */
export interface CryptoDriver {
  names: readonly string[];
  /** A full garbage collection, so that no operation pays for the garbage of the one before it. */
  collectGarbage(): Promise<void>;
  measure(name: string, operation: Operation): Promise<Timing>;
  check(name: string): Promise<void>;
}

/**
 * `rounds` rounds; each encrypts then decrypts with every case in turn (interleaved, so that changes in the
 * machine's load hit all cases alike), after a full garbage collection each time, and checks each round trip
 * outside the timing.
 */
export async function runRounds(driver: CryptoDriver, rounds: number): Promise<CryptoTimes> {
  const times: CryptoTimes = {};
  for (const name of driver.names) times[name] = { encrypt: [], decrypt: [] };
  for (let round = 0; round < rounds; round++) {
    for (const name of driver.names) {
      const entry = times[name];
      if (!entry) continue;
      await driver.collectGarbage();
      entry.encrypt.push(await driver.measure(name, 'encrypt'));
      await driver.collectGarbage();
      entry.decrypt.push(await driver.measure(name, 'decrypt'));
      await driver.check(name);
    }
  }
  return times;
}
