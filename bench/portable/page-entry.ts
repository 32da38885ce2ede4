// The browser harness: bundled by esbuild into one classic script and added to a blank Chromium page, where the
// bench drives `globalThis.hushlinkBench` one operation per `page.evaluate`, reading the page thread's CPU time
// (DevTools `Performance.getMetrics`) around each.
import { type Argon2Costs, prepareArgon2 } from './argon2-timing.ts';
import {
  type CryptoLab,
  envelopeCase,
  labCase,
  type Operation,
  openCryptoLab,
  rawSecretstreamCase,
} from './crypto-throughput.ts';

let lab: CryptoLab | undefined;
let argon2: ((costs: Argon2Costs) => number) | undefined;

function openLab(): CryptoLab {
  if (!lab) throw new Error('call openLab first');
  return lab;
}

const api = {
  /** Envelope and raw libsodium (the browser has no native ChaCha20 API); returns the case names. */
  async openLab(bytes: number): Promise<string[]> {
    lab = await openCryptoLab(bytes, [labCase(envelopeCase()), labCase(rawSecretstreamCase())]);
    return lab.names;
  },
  run: (name: string, operation: Operation) => openLab().run(name, operation),
  check: (name: string) => openLab().check(name),
  closeLab: () => {
    lab = undefined;
  },
  async prepareArgon2(): Promise<void> {
    argon2 = await prepareArgon2();
  },
  argon2(costs: Argon2Costs): number {
    if (!argon2) throw new Error('call prepareArgon2 first');
    return argon2(costs);
  },
};

/** What the page exposes to the bench. */
export type PageBench = typeof api;

Object.assign(globalThis, { hushlinkBench: api });
