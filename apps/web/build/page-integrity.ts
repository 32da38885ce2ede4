import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from '@hushlink/protocol';
import type { Plugin } from 'vite';
import { headerRules, REDIRECT_RULES, renderHeadersFile, renderRedirectsFile } from './headers-file.ts';

/** The guard's chunk name: the first module script of the page (see src/integrity/page-guard.ts). */
const GUARD_NAME = 'page-guard';

/** A Subresource Integrity value: `sha256-` and the base64 SHA-256 of `bytes`. */
export function integrityOf(bytes: Uint8Array | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

/**
 * Adds `integrity` to every `<script src>` and `<link href>` of `html` whose path `pins` has (and that has none),
 * so that the browser runs the entry, its preloads and the stylesheet only with those exact bytes.
 */
export function pinTags(html: string, pins: ReadonlyMap<string, string>): string {
  return html.replace(
    /<(script|link)\b([^>]*?)\s(src|href)="([^"]+)"([^>]*)>/g,
    (tag, _name, _before, _attr, path) => {
      const pin = pins.get(path);
      if (pin === undefined || tag.includes(' integrity=')) return tag;
      return `${tag.slice(0, -1)} integrity="${pin}">`;
    },
  );
}

/**
 * The page's import map: `integrity` pins the SHA-256 of every script of the build (entry, guard, lazily loaded
 * chunks, libsodium, workers), so that `import()` of any of them is checked by the browser (Chromium 127+), and
 * `Integrity-Policy` refuses a script with no pin at all. Keys are sorted, so the same build gives the same text.
 */
export function importMapText(scriptPins: ReadonlyMap<string, string>): string {
  const integrity = Object.fromEntries([...scriptPins].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ integrity });
}

/**
 * Puts the import map and the guard's `<script>` before the first script or preload of `html` (an import map must
 * come before any module is fetched; the guard runs before the entry, so that it sees the entry fail).
 */
export function insertBeforeScripts(html: string, elements: readonly string[]): string {
  const first = /<script\b|<link rel="modulepreload"/.exec(html);
  if (!first) throw new Error('page-integrity: index.html has no script to pin');
  return `${html.slice(0, first.index)}${elements.join('\n    ')}\n    ${html.slice(first.index)}`;
}

/**
 * A Vite plugin that pins every script of the build by its SHA-256 (DESIGN: a page that runs only the code that was
 * built): after the files are written, it hashes each emitted `.js` and `.css`, adds `integrity` to the page's tags,
 * adds the import map and the guard, and writes `_headers` (with the CSP that allows the import map by its hash,
 * and `Integrity-Policy`) and `_redirects` for Workers static assets. It works from the files on disk, after every
 * other plugin, so what it pins is exactly what is served; it is generic over all emitted scripts, so new chunks
 * (a language catalog, a module worker) are pinned without changes here.
 */
export function pageIntegrity(): Plugin {
  let guardSource = '';
  return {
    name: 'hushlink-page-integrity',
    apply: 'build',
    configResolved(config) {
      guardSource = resolve(config.root, 'src/integrity/page-guard.ts');
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: guardSource, name: GUARD_NAME });
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options, bundle) {
        const outDir = options.dir ?? 'dist';
        const pins = new Map<string, string>();
        const scriptPins = new Map<string, string>();
        let guard = '';
        for (const [fileName, output] of Object.entries(bundle)) {
          if (!/\.(m?js|css)$/.test(fileName)) continue;
          const pin = integrityOf(readFileSync(join(outDir, fileName)));
          pins.set(`/${fileName}`, pin);
          if (!fileName.endsWith('.css')) scriptPins.set(`/${fileName}`, pin);
          if (output.type === 'chunk' && output.isEntry && output.name === GUARD_NAME) guard = `/${fileName}`;
        }
        if (guard === '') throw new Error('page-integrity: the guard chunk was not emitted');
        const importMap = importMapText(scriptPins);
        const indexPath = join(outDir, 'index.html');
        const html = insertBeforeScripts(pinTags(readFileSync(indexPath, 'utf8'), pins), [
          `<script type="importmap">${importMap}</script>`,
          `<script type="module" crossorigin src="${guard}" integrity="${pins.get(guard)}"></script>`,
        ]);
        writeFileSync(indexPath, html);
        const pagePolicy = contentSecurityPolicy([integrityOf(importMap)]);
        writeFileSync(join(outDir, '_headers'), renderHeadersFile(headerRules(pagePolicy)));
        writeFileSync(join(outDir, '_redirects'), renderRedirectsFile(REDIRECT_RULES));
      },
    },
  };
}
