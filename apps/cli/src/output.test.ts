import { describe, expect, it } from 'vitest';
import { errorLine, formatTable } from './output.ts';

describe('output', () => {
  it('folds an error message into one line', () => {
    expect(errorLine('first\n  second\r\nthird')).toBe('hushlink: first second third\n');
  });

  it('pads table columns to the widest cell', () => {
    expect(
      formatTable([
        ['ID', 'STATE'],
        ['abc', 'active'],
        ['a', 'used'],
      ]),
    ).toBe('ID   STATE\nabc  active\na    used\n');
  });
});
