import { createHash } from 'node:crypto';
import { headerDifferences, type IntegrityManifest } from '@hushlink/integrity';

/** One way the server differs from the manifest, naming the path or header. */
export interface Difference {
  path: string;
  problem: string;
}

/** How many files are fetched at once. */
const PARALLEL = 6;
/** The largest body read from the server (libsodium's sumo chunk is about 0.5 MB). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** Headers a browser sends for a page it navigates to, and for a module script it loads. */
const AS_PAGE = { Accept: 'text/html', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' };
const AS_SCRIPT = { Accept: '*/*', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'script' };

/** A server that could not be reached at all (as opposed to one that answered something different). */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError';
}

function sha256(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

/** Fetches `path` without following redirects; a difference when it is not a 200 with a body of sane size. */
async function fetchOne(
  origin: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ response: Response; body: Uint8Array } | Difference> {
  let response: Response;
  try {
    response = await fetch(`${origin}${path}`, {
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new UnreachableError(`${origin}${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    const location = response.headers.get('Location') ?? '(no Location)';
    const target = URL.canParse(location, origin) ? new URL(location, origin) : null;
    const where = target && target.origin !== origin ? `another origin, ${target.origin}` : location;
    return { path, problem: `redirects (${response.status}) to ${where}` };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    return { path, problem: `answers ${response.status}, not 200` };
  }
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.length > MAX_BODY_BYTES) return { path, problem: `is larger than ${MAX_BODY_BYTES} bytes` };
  return { response, body };
}

/** The differences of one page route: its body must be `/index.html`'s, with the manifest's headers exactly. */
async function checkPage(origin: string, path: string, manifest: IntegrityManifest): Promise<Difference[]> {
  const fetched = await fetchOne(origin, path, AS_PAGE);
  if ('problem' in fetched) return [fetched];
  const found: Difference[] = [];
  if (sha256(fetched.body) !== manifest.files['/index.html'])
    found.push({ path, problem: 'the page differs from the release (its scripts or their pins changed)' });
  for (const problem of headerDifferences(manifest.headers, (name) => fetched.response.headers.get(name)))
    found.push({ path, problem });
  return found;
}

/** The difference of one file, if any: a missing file, or bytes whose SHA-256 is not the manifest's. */
async function checkFile(origin: string, path: string, expected: string): Promise<Difference[]> {
  const fetched = await fetchOne(origin, path, path.endsWith('.js') ? AS_SCRIPT : AS_PAGE);
  if ('problem' in fetched) return [fetched];
  const served = sha256(fetched.body);
  return served === expected
    ? []
    : [{ path, problem: `content differs (${served}, release has ${expected})` }];
}

/**
 * Fetches every page route and every file of `manifest` from `origin` as a browser would, and returns how the
 * server differs (an empty list when it serves the release exactly). A server can answer the checker differently
 * from a browser; this sees what a browser sending these headers would get.
 *
 * @throws UnreachableError when the server cannot be reached at all.
 */
export async function checkSite(origin: string, manifest: IntegrityManifest): Promise<Difference[]> {
  const tasks: (() => Promise<Difference[]>)[] = [
    ...manifest.pages.map((path) => () => checkPage(origin, path, manifest)),
    // `/index.html` is checked as the body of every page route: Workers answer the path itself with a redirect to `/`.
    ...Object.entries(manifest.files)
      .filter(([path]) => path !== '/index.html')
      .map(
        ([path, hash]) =>
          () =>
            checkFile(origin, path, hash),
      ),
  ];
  const results: Difference[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<Difference[]>)();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results.flat();
}
