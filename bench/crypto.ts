import type { CryptoTimes } from './crypto-rounds.ts';
import type { Operation } from './portable/crypto-throughput.ts';
import { type Budget, budget, messageOf, notMeasured, type Section } from './section.ts';
import { percent, percentText, round } from './stats.ts';
import type { Timing } from './timing.ts';

/** The envelope must keep at least this share of raw libsodium's throughput. */
const MIN_SHARE_OF_LIBSODIUM = 0.9;

const OPERATIONS: readonly Operation[] = ['encrypt', 'decrypt'];
const CASES = ['envelope', 'libsodium', 'native'] as const;

/** One case's throughput for one operation, by both clocks. */
interface Throughput {
  /** 10^6 bytes of content per second of the thread's CPU time (fastest run): the budgeted figure. */
  cpuMbPerSecond: number;
  /** 10^6 bytes of content per wall-clock second, from the fastest run (the least disturbed by other work). */
  wallMbPerSecond: number;
  cpuMs: number[];
  wallMs: number[];
}

function throughput(bytes: number, timings: readonly Timing[]): Throughput {
  const cpuMs = timings.map((timing) => timing.cpuMs);
  const wallMs = timings.map((timing) => timing.wallMs);
  return {
    cpuMbPerSecond: round(bytes / 1e3 / Math.min(...cpuMs)),
    wallMbPerSecond: round(bytes / 1e3 / Math.min(...wallMs)),
    cpuMs: cpuMs.map((ms) => round(ms)),
    wallMs: wallMs.map((ms) => round(ms)),
  };
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a / b;
}

function budgetText(runtime: string, operation: string): string {
  return `envelope ≥ ${percent(MIN_SHARE_OF_LIBSODIUM)}% of raw libsodium (${runtime}, ${operation}, CPU time)`;
}

/**
 * Item 1: MB/s of the envelope next to raw libsodium secretstream (both runtimes) and node:crypto's
 * ChaCha20-Poly1305 (Node only), by CPU time and by wall clock, and the budget envelope ≥ 90% of raw libsodium
 * for each runtime and direction, judged on CPU time (the wall clock of a shared machine is mostly its load).
 */
export function cryptoSection(
  bytes: number,
  rounds: number,
  runtimes: Record<string, CryptoTimes | Error>,
): Section {
  const rows: string[][] = [];
  const budgets: Budget[] = [];
  const notes = [
    `${bytes / 2 ** 20} MiB of random content, best of ${rounds} interleaved rounds after a warm-up, each operation after a full GC; MB = 10^6 bytes of content.`,
    'clock cpu: CPU time of the thread that ran it (Node: process.threadCpuUsage; Chromium: DevTools ThreadTime of the page); budgets use it, because on a shared machine the wall clock mostly measures waiting for a core.',
    'clock wall: wall-clock time of the operation on its own runtime clock.',
    'envelope: createEncryptor/createDecryptor fed 1 MiB pieces; its Padmé padding makes it seal 66 MiB for 64 MiB of content.',
    'libsodium: crypto_secretstream_xchacha20poly1305 push/pull on 64 KiB chunks, libsodium-wrappers (the build the envelope uses).',
    'native: node:crypto chacha20-poly1305 (OpenSSL), one AEAD message per 64 KiB chunk; Node only.',
  ];
  const figures: Record<string, unknown> = { bytes, rounds };
  for (const [runtime, times] of Object.entries(runtimes)) {
    if (times instanceof Error) {
      notes.push(`${runtime}: error: ${messageOf(times)}`);
      figures[runtime] = { error: messageOf(times) };
      for (const operation of OPERATIONS) {
        budgets.push(notMeasured(`crypto.${runtime}.${operation}`, budgetText(runtime, operation), 'error'));
      }
      continue;
    }
    const perRuntime: Record<string, unknown> = {};
    for (const operation of OPERATIONS) {
      const of: Partial<Record<(typeof CASES)[number], Throughput>> = {};
      for (const name of CASES) {
        const timings = times[name]?.[operation];
        if (timings && timings.length > 0) of[name] = throughput(bytes, timings);
      }
      const cpuToLibsodium = ratio(of.envelope?.cpuMbPerSecond, of.libsodium?.cpuMbPerSecond);
      const cpuToNative = ratio(of.envelope?.cpuMbPerSecond, of.native?.cpuMbPerSecond);
      const wallToLibsodium = ratio(of.envelope?.wallMbPerSecond, of.libsodium?.wallMbPerSecond);
      const wallToNative = ratio(of.envelope?.wallMbPerSecond, of.native?.wallMbPerSecond);
      perRuntime[operation] = {
        ...of,
        envelopeToLibsodium: { cpu: roundOrNull(cpuToLibsodium), wall: roundOrNull(wallToLibsodium) },
        envelopeToNative: { cpu: roundOrNull(cpuToNative), wall: roundOrNull(wallToNative) },
      };
      const cell = (value: number | undefined) => (value === undefined ? '—' : String(value));
      const share = (value: number | undefined) => (value === undefined ? '—' : `${percent(value)}%`);
      rows.push(
        [
          runtime,
          operation,
          'cpu',
          cell(of.envelope?.cpuMbPerSecond),
          cell(of.libsodium?.cpuMbPerSecond),
          cell(of.native?.cpuMbPerSecond),
          share(cpuToLibsodium),
          share(cpuToNative),
        ],
        [
          '',
          '',
          'wall',
          cell(of.envelope?.wallMbPerSecond),
          cell(of.libsodium?.wallMbPerSecond),
          cell(of.native?.wallMbPerSecond),
          share(wallToLibsodium),
          share(wallToNative),
        ],
      );
      const id = `crypto.${runtime}.${operation}`;
      budgets.push(
        cpuToLibsodium === undefined
          ? notMeasured(id, budgetText(runtime, operation), 'missing')
          : budget(
              id,
              budgetText(runtime, operation),
              `${percentText(cpuToLibsodium)} (wall clock: ${wallToLibsodium === undefined ? '—' : percentText(wallToLibsodium)})`,
              cpuToLibsodium >= MIN_SHARE_OF_LIBSODIUM,
            ),
      );
    }
    figures[runtime] = perRuntime;
  }
  return {
    id: 'crypto',
    title: '1. Crypto throughput (64 MiB)',
    status: Object.values(runtimes).some((times) => times instanceof Error) ? 'error' : 'ran',
    table: {
      head: [
        'runtime',
        'op',
        'clock',
        'envelope MB/s',
        'libsodium MB/s',
        'native MB/s',
        'env/libsodium',
        'env/native',
      ],
      rows,
    },
    budgets,
    notes,
    figures,
  };
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : round(value, 3);
}
