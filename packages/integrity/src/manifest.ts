import { z } from 'zod';

/** The format tag every manifest carries; a new format gets a new tag, never a changed meaning. */
export const MANIFEST_FORMAT = 'hushlink-integrity-manifest/1';

/** The most paths a manifest may list (a build has about fifty). */
export const MAX_MANIFEST_FILES = 5_000;

/** A served path: `/` and letters, digits, `.`, `_`, `-`, `/`; no `..`. */
const pathSchema = z
  .string()
  .max(300)
  .regex(/^\/[A-Za-z0-9._/-]*$/, 'a path starts with / and has only letters, digits, ., _, - and /')
  .refine((path) => !path.split('/').includes('..'), 'a path has no .. segment');

/** A SHA-256 as Subresource Integrity spells it: `sha256-` and 44 characters of base64. */
export const sha256Schema = z
  .string()
  .regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'a hash is sha256- and 44 base64 characters');

/** The headers every page of the release must carry, exactly. */
export const requiredHeadersSchema = z.strictObject({
  'Content-Security-Policy': z.string().min(1).max(4_000),
  'Integrity-Policy': z.string().min(1).max(200),
});

/**
 * How a page's served headers differ from those its release requires (`requiredHeadersSchema`): each must be there
 * with exactly the release's value, so a removed or weakened CSP or `Integrity-Policy` is a difference. One rule for
 * every checker (`hushlink verify`, the browser extension), each reading headers its own way through `served`
 * (absent as `null` or `undefined`).
 *
 * @returns one line per difference, naming the header; empty when they match.
 */
export function headerDifferences(
  required: Readonly<Record<string, string>>,
  served: (name: string) => string | null | undefined,
): string[] {
  const found: string[] = [];
  for (const [name, expected] of Object.entries(required)) {
    const value = served(name);
    if (value === null || value === undefined) found.push(`header ${name} is missing`);
    else if (value !== expected) found.push(`header ${name} differs: "${value}"`);
  }
  return found;
}

/**
 * A release's integrity manifest: what a server running it must serve. `files` maps every served path of the web
 * client to its SHA-256; `pages` lists page routes (answered with `/index.html`, and carrying `headers`).
 */
export const integrityManifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  version: z
    .string()
    .regex(/^v\d{1,4}\.\d{1,4}\.\d{1,4}(-[0-9A-Za-z.-]{1,40})?$/, 'a version is vMAJOR.MINOR.PATCH'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'a commit is 40 hex digits'),
  files: z
    .record(pathSchema, sha256Schema)
    .refine((files) => Object.keys(files).length <= MAX_MANIFEST_FILES, `at most ${MAX_MANIFEST_FILES} files`)
    .refine((files) => '/index.html' in files, 'files must include /index.html'),
  pages: z.array(pathSchema).min(1).max(100),
  headers: requiredHeadersSchema,
});

/** A release's integrity manifest (see `integrityManifestSchema`). */
export type IntegrityManifest = z.infer<typeof integrityManifestSchema>;

/**
 * The file a release publishes: the manifest's exact JSON text and an Ed25519 signature (base64) over
 * `MANIFEST_FORMAT`, a newline and that text. Signing the text, not a re-serialisation, means nothing is
 * canonicalised: the bytes checked are the bytes signed.
 */
export const signedManifestSchema = z.strictObject({
  manifest: z.string().min(2).max(2_000_000),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a signature is 64 bytes of base64'),
});

/** A signed manifest as published (see `signedManifestSchema`). */
export type SignedManifest = z.infer<typeof signedManifestSchema>;

/** `[major, minor, patch]` of a manifest version (`v1.2.3`, `v1.2.3-rc.1`). */
export function versionNumbers(version: string): [number, number, number] | null {
  const match = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})/.exec(version);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whether `version` is older than `minimum` (by major, minor, patch; a pre-release counts as its release). */
export function isOlderThan(version: string, minimum: string): boolean {
  const a = versionNumbers(version);
  const b = versionNumbers(minimum);
  if (!a || !b) return true;
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}
