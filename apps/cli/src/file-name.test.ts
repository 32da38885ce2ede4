import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from './file-name.ts';

describe('sanitizeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../.ssh/authorized_keys', 'authorized_keys'],
    ['C:\\Windows\\system.ini', 'system.ini'],
    ['..', 'fallback'],
    ['.', 'fallback'],
    ['', 'fallback'],
    ['/', 'fallback'],
    ['.bashrc', 'bashrc'],
    ['-rf', 'rf'],
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
    ['bell\u0007\u001b[31m.txt', 'bell[31m.txt'],
    ['new\nline.txt', 'newline.txt'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['trailing dots...', 'trailing dots'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['naïve café ✓.txt', 'naïve café ✓.txt'],
  ])('%j becomes %j', (name, expected) => {
    expect(sanitizeFileName(name, 'fallback')).toBe(expected);
  });

  it('shortens long names and keeps the extension', () => {
    const clean = sanitizeFileName(`${'x'.repeat(300)}.tar.gz`, 'f');
    expect(clean.length).toBeLessThanOrEqual(120);
    expect(clean.endsWith('.gz')).toBe(true);
  });

  it('never cuts a character in half', () => {
    const clean = sanitizeFileName(`${'😀'.repeat(100)}.txt`, 'f');
    expect(clean).toMatch(/^(😀)+\.txt$/u);
  });
});
