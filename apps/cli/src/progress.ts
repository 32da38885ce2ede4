import { isQuiet } from './output.ts';

/** How often the bar is redrawn at most. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/**
 * A progress bar on stderr (`Uploading  [#########---------]  37%  75.2/200.0 MiB`), drawn only when stderr is a
 * terminal and `--quiet` is off, so pipes, logs and CI output never receive it. Redrawn at most ten times a second
 * on one line; `done` clears it.
 */
export class Progress {
  private current = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = stream.isTTY === true && !isQuiet() && total > 0;
  }

  /** Adds `bytes` to the count and redraws when it is time. */
  add(bytes: number): void {
    this.set(this.current + bytes);
  }

  /** Sets the count (a resumed download starts from where it was). */
  set(bytes: number): void {
    this.current = Math.min(bytes, this.total);
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS && this.current < this.total) return;
    this.lastDraw = now;
    this.stream.write(`\r${formatProgress(this.label, this.current, this.total)}\u001b[K`);
  }

  /** Erases the bar, leaving the line free for what comes next. */
  done(): void {
    if (this.enabled && this.lastDraw > 0) this.stream.write('\r\u001b[K');
  }
}

/**
 * One line of progress: label, bar, percent and sizes.
 *
 * @example formatProgress('Uploading', 50, 200) // 'Uploading  [######------------------]  25%  50 B/200 B'
 */
export function formatProgress(label: string, current: number, total: number): string {
  const fraction = total > 0 ? current / total : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${label}  [${bar}] ${percent}  ${formatBytes(current, total)}/${formatBytes(total, total)}`;
}

/** A size in B, KiB, MiB or GiB, the unit chosen by `scale` so both numbers of a pair share it. */
export function formatBytes(bytes: number, scale = bytes): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'] as const;
  let unit = 0;
  let divisor = 1;
  while (unit < units.length - 1 && scale >= divisor * 1024) {
    unit++;
    divisor *= 1024;
  }
  return unit === 0 ? `${bytes} B` : `${(bytes / divisor).toFixed(1)} ${units[unit]}`;
}
