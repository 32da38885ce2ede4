import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  IntegrityError,
  type IntegrityManifest,
  isOlderThan,
  RELEASE_PUBLIC_KEYS,
  verifySignedManifest,
} from '@hushlink/integrity';
import { healthResponseSchema } from '@hushlink/protocol';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { setQuiet, status, writeJson, writeStdout } from '../output.ts';
import { checkSite, type Difference, UnreachableError } from '../site-check.ts';

const HELP = `Usage: hushlink verify https://HOST [options]

Checks that a Hushlink server serves exactly the web client of a signed release: the manifest's
signature (Ed25519, by a release key), then every page route and every file fetched as a browser
would, each file's SHA-256, and the headers the pages must carry (Content-Security-Policy,
Integrity-Policy). Prints "matches release vX (commit …)", or each difference.

Options:
  --release vX.Y.Z    the release to check against (default: the version the server reports)
  --manifest FILE     a signed manifest file instead of releases/manifests/vX.Y.Z.json
  --pubkey KEY        a trusted release public key (base64); repeatable (default: the pinned keys)
  --min-version vX    refuse a manifest of a release older than this
  --watch 10m         check again every interval (s, m or h) until interrupted, printing each result
  --json              print the result as JSON
  -q, --quiet         print nothing but the result
  -h, --help          show this help

Environment:
  HUSHLINK_MANIFESTS  the folder of signed manifests (default: the repository's releases/manifests)

Exit status: 0 matches; 1 usage; 5 the server could not be reached; 8 the server differs, or the
manifest is unsigned, signed by another key, malformed or older than --min-version.`;

const RELEASE_PATTERN = /^v\d{1,4}\.\d{1,4}\.\d{1,4}(-[0-9A-Za-z.-]{1,40})?$/;

/**
 * The folder of signed manifests: HUSHLINK_MANIFESTS, else the repository's releases/manifests when this runs from a
 * checkout. Worked out only when needed: in the release's single executable there is no module URL to resolve
 * against, and working it out at load time stopped every command there.
 */
function manifestsFolder(): string {
  const folder = process.env.HUSHLINK_MANIFESTS;
  if (folder !== undefined) return folder;
  try {
    return fileURLToPath(new URL('../../../../releases/manifests/', import.meta.url));
  } catch {
    throw new CliError(
      'usage',
      'No folder of signed manifests here: pass --manifest FILE or set HUSHLINK_MANIFESTS.',
    );
  }
}

/** `10m` → milliseconds; `s`, `m` and `h`, at least 10 s. */
function parseInterval(text: string): number {
  const match = /^(\d{1,5})([smh])$/.exec(text);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[match?.[2] ?? ''];
  if (!match || unit === undefined || Number(match[1]) * unit < 10_000)
    throw new CliError('usage', '--watch takes an interval of at least 10s, such as 30s, 10m or 1h.');
  return Number(match[1]) * unit;
}

/** The server's origin from the argument: http or https, nothing after the host but `/`. */
function parseOrigin(text: string | undefined): string {
  if (text === undefined)
    throw new CliError('usage', 'verify needs the server, such as https://secrets.example.com.');
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new CliError('usage', `${JSON.stringify(text)} is not an http(s) address.`);
  return url.origin;
}

/** The release the server says it runs (`GET /api/health`), as `vX.Y.Z`. */
async function claimedRelease(origin: string): Promise<string> {
  let answer: unknown;
  try {
    const response = await fetch(`${origin}/api/health`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    answer = await response.json();
  } catch (error) {
    throw new CliError(
      'network',
      `Could not ask ${origin} which release it runs (${String(error)}); pass --release.`,
    );
  }
  const health = healthResponseSchema.safeParse(answer);
  if (!health.success)
    throw new CliError('server', `${origin} did not say which release it runs; pass --release.`);
  return health.data.version.startsWith('v') ? health.data.version : `v${health.data.version}`;
}

function readManifestFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError('usage', `Cannot read the manifest ${path} (${code ?? 'error'}).`);
  }
}

/** The signed manifest to check against, verified, and refused when older than `minVersion`. */
async function loadManifest(
  origin: string,
  values: { release?: string; manifest?: string; pubkey?: string[]; 'min-version'?: string },
): Promise<IntegrityManifest> {
  let text: string;
  if (values.manifest !== undefined) text = readManifestFile(values.manifest);
  else {
    const release = values.release ?? (await claimedRelease(origin));
    if (!RELEASE_PATTERN.test(release))
      throw new CliError('usage', `${JSON.stringify(release)} is not a release such as v1.2.3.`);
    text = readManifestFile(`${manifestsFolder()}/${release}.json`);
  }
  const keys = values.pubkey && values.pubkey.length > 0 ? values.pubkey : RELEASE_PUBLIC_KEYS;
  let manifest: IntegrityManifest;
  try {
    manifest = await verifySignedManifest(text, keys);
  } catch (error) {
    if (error instanceof IntegrityError)
      throw new CliError('integrity', `Manifest refused: ${error.message}`);
    throw new CliError('integrity', 'Manifest refused: a public key or the signature is not valid base64.');
  }
  const minimum = values['min-version'];
  if (minimum !== undefined && isOlderThan(manifest.version, minimum))
    throw new CliError(
      'integrity',
      `The manifest is of release ${manifest.version}, older than --min-version ${minimum}.`,
    );
  return manifest;
}

/** One check: the differences, or a `CliError` for an unreachable server. */
async function differences(origin: string, manifest: IntegrityManifest): Promise<Difference[]> {
  try {
    return await checkSite(origin, manifest);
  } catch (error) {
    if (error instanceof UnreachableError) throw new CliError('network', `Could not reach ${error.message}.`);
    throw error;
  }
}

async function report(
  manifest: IntegrityManifest,
  found: Difference[],
  json: boolean,
  stamp: string,
): Promise<void> {
  if (json) {
    await writeJson({
      matches: found.length === 0,
      version: manifest.version,
      commit: manifest.commit,
      differences: found,
    });
    return;
  }
  if (found.length === 0)
    await writeStdout(`${stamp}matches release ${manifest.version} (commit ${manifest.commit})\n`);
  else
    await writeStdout(
      `${stamp}differs from release ${manifest.version} (commit ${manifest.commit}):\n${found.map((d) => `  ${d.path}: ${d.problem}\n`).join('')}`,
    );
}

/** `hushlink verify https://HOST`: does the server serve the signed release, byte for byte, with its headers? */
export const verifyCommand: Command = {
  name: 'verify',
  summary: "check that a server serves a signed release's web client, byte for byte",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage('verify', () =>
      parseArgs({
        args,
        allowPositionals: true,
        options: {
          release: { type: 'string' },
          manifest: { type: 'string' },
          pubkey: { type: 'string', multiple: true },
          'min-version': { type: 'string' },
          watch: { type: 'string' },
          json: { type: 'boolean', default: false },
          quiet: { type: 'boolean', short: 'q', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      }),
    );
    setQuiet(values.quiet);
    if (positionals.length > 1)
      throw new CliError('usage', 'verify takes one server; see `hushlink verify --help`.');
    const origin = parseOrigin(positionals[0]);
    const interval = values.watch === undefined ? null : parseInterval(values.watch);
    const manifest = await loadManifest(origin, values);
    if (interval === null) {
      status(`Checking ${origin} against release ${manifest.version}…`);
      const found = await differences(origin, manifest);
      await report(manifest, found, values.json, '');
      if (found.length > 0)
        throw new CliError(
          'integrity',
          `${origin} differs from release ${manifest.version} in ${found.length} places.`,
        );
      return;
    }
    // Watching: every result is printed with its time; an unreachable server is a result, not the end.
    for (;;) {
      const stamp = `${new Date().toISOString()} `;
      try {
        await report(manifest, await differences(origin, manifest), values.json, stamp);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        await writeStdout(`${stamp}${error.message}\n`);
      }
      await sleep(interval);
    }
  },
};
