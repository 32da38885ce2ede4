import { describe, expect, it } from 'vitest';
import { formatBytes, formatProgress } from './progress.ts';

describe('progress', () => {
  it('formats sizes in the unit of the larger number', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200.0 MiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatBytes(10, 200 * 1024 * 1024)).toBe('0.0 MiB');
  });

  it('draws the bar, the percent and both sizes', () => {
    expect(formatProgress('Uploading', 50 * 1024 * 1024, 200 * 1024 * 1024)).toBe(
      'Uploading  [######------------------]  25%  50.0 MiB/200.0 MiB',
    );
    expect(formatProgress('Downloading', 10, 10)).toBe(
      'Downloading  [########################] 100%  10 B/10 B',
    );
  });
});
