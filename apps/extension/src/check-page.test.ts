import { type IntegrityManifest, MANIFEST_FORMAT } from '@hushlink/integrity';
import { describe, expect, it } from 'vitest';
import { importMapDifferences, pageDifferences } from './check-page.ts';
import type { PageFacts } from './page-facts.ts';

const ORIGIN = 'https://secrets.example.com';
const GUARD = `sha256-${'G'.repeat(43)}=`;
const ENTRY = `sha256-${'E'.repeat(43)}=`;
const STYLE = `sha256-${'S'.repeat(43)}=`;
const MAP = `sha256-${'M'.repeat(43)}=`;

const manifest: IntegrityManifest = {
  format: MANIFEST_FORMAT,
  version: 'v1.2.3',
  commit: 'c0ffee0000000000000000000000000000000000',
  files: {
    '/index.html': `sha256-${'I'.repeat(43)}=`,
    '/assets/guard.js': GUARD,
    '/assets/index.js': ENTRY,
    '/assets/index.css': STYLE,
  },
  pages: ['/'],
  headers: {
    'Content-Security-Policy': `default-src 'none'; script-src 'self' '${MAP}'`,
    'Integrity-Policy': 'blocked-destinations=(script)',
  },
};

/** The headers of an untouched page, as the background records them (lower-case names). */
function servedHeaders(): Map<string, string> {
  return new Map(Object.entries(manifest.headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The parsed page of an untouched server, with `change` applied. */
function facts(change: (facts: PageFacts) => void = () => undefined): PageFacts {
  const page: PageFacts = {
    url: `${ORIGIN}/s/AAAAAAAAAAAAAAAAAAAAAA`,
    scripts: [
      { type: 'module', src: `${ORIGIN}/assets/guard.js`, integrity: GUARD, inline: false },
      { type: 'module', src: `${ORIGIN}/assets/index.js`, integrity: ENTRY, inline: false },
    ],
    importMaps: ['{"integrity":{}}'],
    frames: 0,
    links: [
      { rel: 'stylesheet', href: `${ORIGIN}/assets/index.css`, integrity: STYLE },
      { rel: 'icon', href: `${ORIGIN}/favicon.svg`, integrity: null },
    ],
  };
  change(page);
  return page;
}

describe('pageDifferences', () => {
  it('finds none on the page of the release with its headers', () => {
    expect(pageDifferences(manifest, facts(), servedHeaders())).toEqual([]);
  });

  it('names a missing and a weakened header', () => {
    const headers = servedHeaders();
    headers.delete('content-security-policy');
    headers.set('integrity-policy', 'blocked-destinations=()');
    expect(pageDifferences(manifest, facts(), headers)).toEqual([
      'header Content-Security-Policy is missing',
      'header Integrity-Policy differs: "blocked-destinations=()"',
    ]);
  });

  it('names an added script, even one pinned by its own hash', () => {
    const found = pageDifferences(
      manifest,
      facts((page) =>
        page.scripts.push({
          type: 'module',
          src: `${ORIGIN}/assets/added.js`,
          integrity: ENTRY,
          inline: false,
        }),
      ),
      servedHeaders(),
    );
    expect(found).toEqual(['/assets/added.js: a script the release does not have']);
  });

  it('names a release script pinned to other bytes, one with no pin, and one from another origin', () => {
    const found = pageDifferences(
      manifest,
      facts((page) => {
        page.scripts = [
          { type: 'module', src: `${ORIGIN}/assets/guard.js`, integrity: ENTRY, inline: false },
          { type: 'module', src: `${ORIGIN}/assets/index.js`, integrity: null, inline: false },
          { type: null, src: 'https://cdn.example/index.js', integrity: ENTRY, inline: false },
        ];
      }),
      servedHeaders(),
    );
    expect(found).toEqual([
      `/assets/guard.js: pinned as ${ENTRY}, the release has ${GUARD}`,
      `/assets/index.js: pinned as nothing, the release has ${ENTRY}`,
      'script from another origin: https://cdn.example/index.js',
    ]);
  });

  it('names an inline script, a stylesheet pinned otherwise, a frame and a second import map', () => {
    const found = pageDifferences(
      manifest,
      facts((page) => {
        page.scripts.push({ type: null, src: null, integrity: null, inline: true });
        page.links[0] = { rel: 'stylesheet', href: `${ORIGIN}/assets/index.css`, integrity: GUARD };
        page.importMaps.push('{}');
        page.frames = 1;
      }),
      servedHeaders(),
    );
    expect(found).toEqual([
      'an inline script the release does not have',
      `/assets/index.css: pinned as ${GUARD}, the release has ${STYLE}`,
      'frames or embedded objects (1), where the release has none',
      '2 import maps, where the release has one',
    ]);
  });
});

describe('importMapDifferences', () => {
  it("accepts the import map whose hash the release's CSP allows, and names any other", () => {
    expect(importMapDifferences(manifest, [MAP])).toEqual([]);
    expect(importMapDifferences(manifest, [ENTRY])).toEqual([
      `the import map differs from the release's (${ENTRY})`,
    ]);
  });
});
