import { readdirSync, readFileSync } from 'node:fs';

/** The resident set size of a process in bytes, or 0 once it has gone. Linux only (`/proc`). */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every process on the machine with its parent and command line (Linux `/proc`). */
function processes(): { pid: number; ppid: number; command: string }[] {
  const out: { pid: number; ppid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; the parent pid is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(entry), ppid, command });
    } catch {
      // It exited while we looked.
    }
  }
  return out;
}

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const all = processes();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const process of all) if (process.ppid === tree[i]) tree.push(process.pid);
  }
  return tree;
}

/** The pids whose command line contains `text` (e.g. `workerd`, `--type=renderer`). */
export function processesMatching(text: string): number[] {
  return processes()
    .filter((process) => process.command.includes(text))
    .map((process) => process.pid);
}

/**
 * Samples the summed RSS of the processes `select` returns every `intervalMs` until stopped, and returns the peak.
 * Sampling can miss a spike shorter than the interval; for the bench's minute-long transfers that is fine. The
 * processes are selected again only every `reselectMs`: `select` scans all of `/proc`, and doing that every 50 ms
 * took the bench 1 to 2 s of CPU per 256 MiB leg, a core's tenth taken from the transfer it measured.
 */
export function samplePeakRss(
  select: () => number[],
  intervalMs = 50,
  reselectMs = 1000,
): { stop(): number } {
  let peak = 0;
  let pids: number[] = [];
  let selectedAt = Number.NEGATIVE_INFINITY;
  const sample = (fresh = false) => {
    const now = performance.now();
    if (fresh || now - selectedAt >= reselectMs) {
      pids = select();
      selectedAt = now;
    }
    let sum = 0;
    for (const pid of pids) sum += rssOf(pid);
    peak = Math.max(peak, sum);
  };
  sample(true);
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample(true);
      return peak;
    },
  };
}
