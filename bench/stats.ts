/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (0..100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}

/** Rounds to `digits` decimals, for figures in the report. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A ratio as a whole percentage, e.g. 0.934 → 93. */
export function percent(ratio: number): number {
  return Math.round(ratio * 100);
}

/** A ratio as a percentage with one decimal, for verdict lines where 89.6% must not read as 90%. */
export function percentText(ratio: number): string {
  return `${round(ratio * 100, 1)}%`;
}
