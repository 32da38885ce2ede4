import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from './support/run-cli.ts';

const server = inject('serverUrl');

/** Every distinct Node found on the PATH outside node_modules/.bin (such as Debian's Node 20), by major version. */
function otherNodes(): { path: string; version: string }[] {
  const found = new Map<string, { path: string; version: string }>();
  const current = process.versions.node.split('.')[0];
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '' || folder.includes('node_modules')) continue;
    const path = join(folder, 'node');
    const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
    const version = result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
    const major = version?.split('.')[0];
    if (version && major !== current && !found.has(major ?? '')) found.set(major ?? '', { path, version });
  }
  return [...found.values()];
}

const nodes = otherNodes();

describe('the launcher on other Node versions', () => {
  it.skipIf(nodes.length === 0).each(nodes)('shares and gets on Node $version', async ({ path }) => {
    const env = { HUSHLINK_SERVER: server };
    const shared = await runCli(['share', '--passphrase'], {
      input: 'on another node ✓',
      env: { ...env, HUSHLINK_PASSPHRASE: 'pw' },
      node: path,
    });
    expect(shared.stderr.startsWith('hushlink:') ? shared.stderr : '').toBe('');
    expect(shared.code).toBe(0);
    const got = await runCli(['get', shared.stdout.trim()], {
      env: { HUSHLINK_PASSPHRASE: 'pw' },
      node: path,
    });
    expect(got.code).toBe(0);
    expect(got.stdout).toBe('on another node ✓');
  });
});
