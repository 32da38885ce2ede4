import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importMapText, insertBeforeScripts, integrityOf, pinTags } from './page-integrity.ts';

const HTML = `<head>
    <title>x</title>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/dep-B.js">
    <link rel="stylesheet" crossorigin href="/assets/index-C.css">
    <link rel="icon" href="/favicon.svg">
  </head>`;

describe('page integrity', () => {
  it('is the base64 SHA-256 of the bytes, as Subresource Integrity spells it', () => {
    // The SHA-256 of the empty string, a published value.
    expect(integrityOf('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(integrityOf('abc')).toBe(`sha256-${createHash('sha256').update('abc').digest('base64')}`);
  });

  it('pins each script, preload and stylesheet it has a hash for, and nothing else', () => {
    const pins = new Map([
      ['/assets/index-A.js', 'sha256-A'],
      ['/assets/dep-B.js', 'sha256-B'],
      ['/assets/index-C.css', 'sha256-C'],
    ]);
    const pinned = pinTags(HTML, pins);
    expect(pinned).toContain(
      '<script type="module" crossorigin src="/assets/index-A.js" integrity="sha256-A">',
    );
    expect(pinned).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/dep-B.js" integrity="sha256-B">',
    );
    expect(pinned).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/index-C.css" integrity="sha256-C">',
    );
    expect(pinned).toContain('<link rel="icon" href="/favicon.svg">');
    // Pinning twice changes nothing.
    expect(pinTags(pinned, pins)).toBe(pinned);
  });

  it('writes the import map with sorted keys, so that the same build gives the same text and CSP hash', () => {
    const a = importMapText(
      new Map([
        ['/assets/b.js', 'sha256-2'],
        ['/assets/a.js', 'sha256-1'],
      ]),
    );
    const b = importMapText(
      new Map([
        ['/assets/a.js', 'sha256-1'],
        ['/assets/b.js', 'sha256-2'],
      ]),
    );
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual({ integrity: { '/assets/a.js': 'sha256-1', '/assets/b.js': 'sha256-2' } });
  });

  it('puts the import map before the first script, and refuses a page with none', () => {
    const html = insertBeforeScripts(HTML, ['<script type="importmap">{}</script>']);
    expect(html.indexOf('importmap')).toBeLessThan(html.indexOf('index-A.js'));
    expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('importmap'));
    expect(() => insertBeforeScripts('<head></head>', ['x'])).toThrow(/no script/);
  });
});
