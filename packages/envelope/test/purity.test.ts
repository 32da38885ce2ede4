import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url);
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));

// The package runs in browsers and in the CLI alike: no I/O, no DOM, no Node APIs (see DESIGN.md). The tsconfig
// includes Node and DOM types for the tests, so this check, not the compiler, holds src/ to that.
describe('src/', () => {
  it.each(files)('%s imports only libsodium and its own modules, and touches no Node or DOM API', (name) => {
    const source = readFileSync(new URL(name, SRC), 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [, specifier] of code.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
      expect(specifier).toMatch(/^(\.\.?\/|libsodium-wrappers(-sumo)?$)/);
    }
    expect(code).not.toMatch(
      /\b(process|Buffer|require|__dirname|document|window|navigator|localStorage|sessionStorage|fetch|XMLHttpRequest|setTimeout)\b/,
    );
  });
});
