import {
  IntegrityError,
  type IntegrityManifest,
  RELEASE_PUBLIC_KEYS,
  verifySignedManifest,
} from '@hushlink/integrity';
import { healthResponseSchema } from '@hushlink/protocol';
import { importMapDifferences, pageDifferences } from './check-page.ts';
import type { ExtensionConfig } from './config.ts';
import type { PageFacts } from './page-facts.ts';
import type { Verdict } from './verdict.ts';

const TIMEOUT_MS = 20_000;
/** The most scripts of one page fetched again and hashed (the release's page has two). */
const MAX_SCRIPTS = 50;

/** A failure that makes the load unverified, with its reason. */
class Unverified extends Error {
  override readonly name = 'Unverified';
}

/** `sha256-BASE64` of `bytes`, as Subresource Integrity spells it. */
export async function sha256(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * `url` fetched as a stranger would: no cookies, nothing from the cache, no redirect followed (a redirect is an
 * answer the release does not have), and given up after `TIMEOUT_MS`.
 */
function fetchFresh(url: string): Promise<Response> {
  return fetch(url, {
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

/** The release the server says it runs (`GET /api/health`), as `vX.Y.Z`. */
async function claimedRelease(origin: string): Promise<string> {
  try {
    const response = await fetchFresh(`${origin}/api/health`);
    const health = healthResponseSchema.safeParse(await response.json());
    if (health.success)
      return health.data.version.startsWith('v') ? health.data.version : `v${health.data.version}`;
  } catch {
    // Below: a server that does not answer says no release.
  }
  throw new Unverified(`${origin} did not say which release it runs`);
}

/** The signed manifest of `version`, verified with the pinned keys. */
async function releaseManifest(version: string, config: ExtensionConfig): Promise<IntegrityManifest> {
  const text = Object.hasOwn(config.manifests, version) ? config.manifests[version] : undefined;
  if (text === undefined) throw new Unverified(`no signed manifest of release ${version} in this extension`);
  try {
    return await verifySignedManifest(text, [...config.publicKeys, ...RELEASE_PUBLIC_KEYS]);
  } catch (error) {
    throw new Unverified(
      error instanceof IntegrityError
        ? `manifest refused: ${error.message}`
        : 'manifest refused: a key or the signature is not valid base64',
    );
  }
}

/** How the bytes served at `url` differ from `expected`, fetched again as the browser would (no cookies). */
async function servedDifference(
  url: string,
  path: string,
  expected: string | undefined,
): Promise<string | null> {
  if (expected === undefined) return null;
  let response: Response;
  try {
    response = await fetchFresh(url);
  } catch {
    return `${path}: could not be fetched again`;
  }
  const served = await sha256(await response.arrayBuffer());
  return served === expected ? null : `${path}: content differs (${served}, the release has ${expected})`;
}

/**
 * Checks one load of a guarded page: the release the server claims, its signed manifest (bundled, verified with
 * the pinned keys), the parsed document (`facts`) and its response headers against it, then the page and its
 * scripts fetched again and hashed. `headers` is null when the extension did not see the page's response.
 */
export async function verifyLoad(
  facts: PageFacts,
  headers: ReadonlyMap<string, string> | null,
  config: ExtensionConfig,
): Promise<Verdict> {
  const origin = new URL(facts.url).origin;
  // A frame with no address of its own (`about:srcdoc`, `about:blank`) is nothing a release serves.
  if (!/^https?:$/.test(new URL(facts.url).protocol))
    return {
      state: 'unverified',
      reason: `a frame with no address of its own (${new URL(facts.url).protocol})`,
    };
  let manifest: IntegrityManifest;
  try {
    manifest = await releaseManifest(await claimedRelease(origin), config);
    if (headers === null) throw new Unverified("the page's response headers were not seen");
  } catch (error) {
    if (error instanceof Unverified) return { state: 'unverified', reason: error.message };
    throw error;
  }
  const differences = [
    ...pageDifferences(manifest, facts, headers),
    ...importMapDifferences(
      manifest,
      await Promise.all(facts.importMaps.map((text) => sha256(new TextEncoder().encode(text)))),
    ),
  ];
  const refetched = [
    servedDifference(facts.url, new URL(facts.url).pathname, manifest.files['/index.html']),
    ...facts.scripts.slice(0, MAX_SCRIPTS).flatMap((script) => {
      if (script.src === null || new URL(script.src).origin !== origin) return [];
      const path = new URL(script.src).pathname;
      return [servedDifference(script.src, path, manifest.files[path])];
    }),
  ];
  for (const difference of await Promise.all(refetched))
    if (difference !== null) differences.push(difference);
  const release = { version: manifest.version, commit: manifest.commit };
  return differences.length === 0
    ? { state: 'verified', ...release }
    : { state: 'mismatch', ...release, differences };
}
