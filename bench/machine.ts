import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { ROOT } from './paths.ts';

/** What the figures were measured on and of: they mean little without it. */
export interface Machine {
  cpuModel: string;
  cores: number;
  node: string;
  chromium: string | null;
  commit: string;
  /** Uncommitted changes in the working tree (other work in progress is part of what was measured). */
  dirty: boolean;
  /** 1-minute load average when the bench started and ended: how busy the (shared) machine was. */
  loadAverage: { start: number; end: number | null };
  startedAt: string;
  finishedAt: string | null;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return match?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Describes this machine and checkout at the start of a run; `finish` fills in the rest. */
export function describeMachine(): Machine {
  return {
    cpuModel: cpuModel(),
    cores: availableParallelism(),
    node: process.version,
    chromium: null,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain']) !== '',
    loadAverage: { start: loadavg()[0] ?? 0, end: null },
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
}

/** Records the end of the run. */
export function finishMachine(machine: Machine): void {
  machine.finishedAt = new Date().toISOString();
  machine.loadAverage.end = loadavg()[0] ?? 0;
}
