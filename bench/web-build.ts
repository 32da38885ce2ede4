import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, ROOT } from './paths.ts';

/** The web client's build, as item 3 needs it. */
export type WebBuild = { ready: true; dist: string; built: boolean } | { ready: false; reason: string };

const WEB = join(ROOT, 'apps', 'web');
const DIST = join(WEB, 'dist');

/** The newest modification time under `path` (a file or a folder), or 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/**
 * Builds apps/web (`npm run build -w @hushlink/web`) when its dist is missing or older than its sources (the
 * client's own, and the packages it bundles). Never throws: a missing client or a failed build is a reason.
 */
export function ensureWebBuild(): WebBuild {
  if (!existsSync(join(WEB, 'src')))
    return { ready: false, reason: 'web client not built (apps/web/src does not exist)' };
  const sources = Math.max(
    ...['src', 'public', 'build', 'index.html', 'vite.config.ts'].map((name) => newest(join(WEB, name))),
    ...['envelope', 'protocol'].map((name) => newest(join(ROOT, 'packages', name, 'src'))),
  );
  const index = join(DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= sources)
    return { ready: true, dist: DIST, built: false };
  console.error('bench: building the web client (npm run build -w @hushlink/web)');
  const result = spawnSync('npm', ['run', 'build', '-w', '@hushlink/web'], {
    cwd: ROOT,
    env: childEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  if (result.status !== 0 || !existsSync(index)) {
    // npm's own closing lines say only that the script failed; the tool's lines before them say why.
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('npm error') && !line.startsWith('npm warn'))
      .slice(-4)
      .join(' | ');
    return {
      ready: false,
      reason: `web client not built (the build failed: ${tail || result.error?.message})`,
    };
  }
  return { ready: true, dist: DIST, built: true };
}
