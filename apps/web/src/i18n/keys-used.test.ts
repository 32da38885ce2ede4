import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { english } from './en/index.ts';

/** Every TypeScript source of the web client outside the catalogs themselves (tests included: none names a key). */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path.endsWith('/i18n') ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message catalog keys', () => {
  it('are each used by some page: every English key is named in the code, so no catalog carries dead sentences', () => {
    const code = sources(fileURLToPath(new URL('..', import.meta.url)))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    // Pages name a key as a string literal: t('key'), message('key'), or a map of states to keys.
    const unused = Object.entries(english).flatMap(([group, messages]) =>
      Object.keys(messages)
        .filter((key) => !code.includes(`'${key}'`))
        .map((key) => `${group}.${key}`),
    );
    expect(unused).toEqual([]);
  });
});
