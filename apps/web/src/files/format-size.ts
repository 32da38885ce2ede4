const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * A byte count as people read it, with the exact count for anyone comparing: `9.5 MiB (9,961,472 bytes)`.
 *
 * @example formatSize(1536) // '1.5 KiB (1,536 bytes)'
 */
export function formatSize(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024) return exact;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]} (${exact})`;
}

/** A limit in the short form used in sentences: `512 MiB`, `1 GiB`. */
export function formatLimit(bytes: number): string {
  const [number = '', unit = ''] = formatSize(bytes).split(' ');
  return bytes < 1024 ? `${bytes} bytes` : `${Number(number)} ${unit}`;
}
