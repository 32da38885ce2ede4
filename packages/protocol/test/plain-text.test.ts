import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { isPlainText, plainText } from '../src/plain-text.ts';
import { displayNameSchema, userNameSchema } from '../src/user.ts';

/** Every character the check refuses, by name: each C0 control, DEL, each C1 control, and the Unicode ones. */
const REFUSED: readonly [string, string][] = [
  ...Array.from(
    { length: 0x20 },
    (_, code) => [`U+${hex(code)}`, String.fromCharCode(code)] as [string, string],
  ),
  ['DEL', '\u007F'],
  ...Array.from(
    { length: 0x20 },
    (_, offset) => [`U+${hex(0x80 + offset)}`, String.fromCharCode(0x80 + offset)] as [string, string],
  ),
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ...['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'].map(
    (code) => [`U+${code}`, String.fromCharCode(Number.parseInt(code, 16))] as [string, string],
  ),
];

const ACCEPTED = [
  'Zoë Ångström',
  '李雷',
  'Ada 👩‍💻 Lovelace', // a zero-width joiner sequence
  '👍🏽',
  'O’Brien-Smith, Jr.',
  'محمد\u200F', // a right-to-left mark, which right-to-left text needs
  'Ελένη',
  'name with  two spaces',
];

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

describe('isPlainText', () => {
  it.each(REFUSED)('refuses %s at the start, the middle and the end', (_, character) => {
    for (const text of [`${character}Bob`, `Bo${character}b`, `Bob${character}`, character]) {
      expect(isPlainText(text)).toBe(false);
    }
  });

  it('accepts ordinary Unicode text', () => {
    for (const text of ACCEPTED) expect(isPlainText(text), text).toBe(true);
    expect(isPlainText('')).toBe(true);
  });

  it('with lines, lets a line feed through and nothing else', () => {
    expect(isPlainText('first line\nsecond line\n', { lines: true })).toBe(true);
    expect(isPlainText('first line\r\nsecond line', { lines: true })).toBe(false);
    for (const [name, character] of REFUSED) {
      if (character === '\n') continue;
      expect(isPlainText(`a${character}b`, { lines: true }), name).toBe(false);
    }
  });
});

describe('plainText, as a schema check', () => {
  it('names the reason in one issue, before any trim cuts a trailing line break off', () => {
    const schema = z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(80));
    const result = schema.safeParse('Mallory\r\n');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'control characters (such as line breaks) are not allowed',
    ]);
    expect(schema.parse('  Zoë Ångström ')).toBe('Zoë Ångström');
  });

  it('is the first issue of the account schemas', () => {
    expect(displayNameSchema.safeParse('Eve\u202Eevil').error?.issues[0]?.message).toBe(
      'control characters (such as line breaks) are not allowed',
    );
    expect(userNameSchema.safeParse('eve\nadmin').error?.issues[0]?.message).toBe(
      'control characters (such as line breaks) are not allowed',
    );
    expect(userNameSchema.parse(' Eve ')).toBe('eve');
  });

  it('says what is allowed when line feeds are', () => {
    const schema = z.string().check(plainText({ lines: true }));
    expect(schema.parse('two\nlines')).toBe('two\nlines');
    expect(schema.safeParse('two\rlines').error?.issues[0]?.message).toBe(
      'control characters (other than line breaks) are not allowed',
    );
  });
});
