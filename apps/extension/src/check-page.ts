import { headerDifferences, type IntegrityManifest } from '@hushlink/integrity';
import { CHECKED_LINKS, type PageFacts } from './page-facts.ts';

/**
 * The path of `href` when it is on `origin`, else null. Script and link URLs come resolved from the document, so a
 * `<base>` cannot make a path look local.
 */
function localPath(href: string, origin: string): string | null {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  return url.origin === origin ? url.pathname : null;
}

/** How a pinned reference (`<script src>`, `<link href>`) differs from the release, if it does. */
function pinDifference(
  what: string,
  href: string,
  integrity: string | null,
  origin: string,
  manifest: IntegrityManifest,
): string | null {
  const path = localPath(href, origin);
  if (path === null) return `${what} from another origin: ${href}`;
  const expected = manifest.files[path];
  if (expected === undefined) return `${path}: a ${what} the release does not have`;
  if (integrity !== expected)
    return `${path}: pinned as ${integrity ?? 'nothing'}, the release has ${expected}`;
  return null;
}

/**
 * How a parsed document and its response headers differ from the release (an empty list when they match): the
 * page's security headers exactly, every script pinned to a file of the release by that file's SHA-256, no inline
 * script but the import map, every preload and stylesheet pinned likewise. With the browser enforcing those pins
 * (Subresource Integrity, `Integrity-Policy`, the CSP's import-map hash), this leaves no code that is not the
 * release's. The import map's own text is checked by its hash in `importMapDifferences`.
 */
export function pageDifferences(
  manifest: IntegrityManifest,
  facts: PageFacts,
  headers: ReadonlyMap<string, string>,
): string[] {
  const found = headerDifferences(manifest.headers, (name) => headers.get(name.toLowerCase()));
  const origin = new URL(facts.url).origin;
  for (const script of facts.scripts) {
    if (script.src === null) {
      found.push('an inline script the release does not have');
      continue;
    }
    const difference = pinDifference('script', script.src, script.integrity, origin, manifest);
    if (difference !== null) found.push(difference);
  }
  for (const link of facts.links) {
    if (!link.rel.split(/\s+/).some((rel) => CHECKED_LINKS.includes(rel.toLowerCase()))) continue;
    const difference = pinDifference(link.rel, link.href, link.integrity, origin, manifest);
    if (difference !== null) found.push(difference);
  }
  // A same-origin frame (`srcdoc` is no navigation the CSP's frame-src governs) could read the page's fragment.
  if (facts.frames > 0)
    found.push(`frames or embedded objects (${facts.frames}), where the release has none`);
  if (facts.importMaps.length !== 1)
    found.push(`${facts.importMaps.length} import maps, where the release has one`);
  return found;
}

/**
 * How the page's import maps differ from the release's: each must be the text whose hash the release's CSP allows
 * (`importMapHashes` are their SHA-256s, `sha256-BASE64`).
 */
export function importMapDifferences(
  manifest: IntegrityManifest,
  importMapHashes: readonly string[],
): string[] {
  const policy = manifest.headers['Content-Security-Policy'];
  return importMapHashes
    .filter((hash) => !policy.includes(`'${hash}'`))
    .map((hash) => `the import map differs from the release's (${hash})`);
}
