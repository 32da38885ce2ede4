import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli, stderrLines } from './support/run-cli.ts';
import { tempDir as makeTempDir } from './support/temp-dir.ts';
import { webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');
const env = { HUSHLINK_SERVER: server };

/** Shares `input` from stdin and returns the link, checking that stdout holds the link and nothing else. */
async function share(input: string | Uint8Array, args: string[] = [], extraEnv: Record<string, string> = {}) {
  const run = await runCli(['share', ...args], { input, env: { ...env, ...extraEnv } });
  expect(run.stderr.startsWith('hushlink:') ? run.stderr : '', 'share failed').toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}\n$/);
  return run.stdout.trim();
}

function idOf(link: string): string {
  return new URL(link).pathname.split('/')[2] ?? '';
}

function tempDir(): string {
  return makeTempDir('hushlink-cli-out-');
}

describe.concurrent('share and get', () => {
  it('gives back the exact bytes shared from stdin, unicode included', async () => {
    const text = 'pässwörd ✓ 🔑 日本語\n\ttabs, "quotes", \\backslash\\, \r\nCRLF and a trailing newline\n';
    const link = await share(text);
    const run = await runCli(['get', link], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdoutBytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('round-trips a 500 KiB text byte for byte', async () => {
    const unit = 'line of a large secret: ÄÖÜ ß € 🔐 0123456789abcdef\n';
    const unitBytes = Buffer.byteLength(unit);
    const text = unit.repeat(Math.ceil((500 * 1024) / unitBytes)).slice(0, 500 * 1024);
    const link = await share(text);
    const run = await runCli(['get', link], { env });
    expect(run.code).toBe(0);
    expect(run.stdoutBytes.length).toBe(Buffer.byteLength(text));
    expect(run.stdoutBytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('shares a FILE as a file, which get saves under its name; stdin from the same file is a text', async () => {
    const folder = tempDir();
    const file = join(folder, 'secret.env');
    writeFileSync(file, 'DATABASE_URL=postgres://u:p@db/app\nAPI_KEY=abc\n');
    const run = await runCli(['share', file], { env });
    expect(run.code).toBe(0);
    const here = tempDir();
    const got = await runCli(['get', run.stdout.trim()], { env, cwd: here });
    expect(got.code).toBe(0);
    expect(got.stdout).toBe('');
    expect(readFileSync(join(here, 'secret.env'), 'utf8')).toBe(
      'DATABASE_URL=postgres://u:p@db/app\nAPI_KEY=abc\n',
    );
    const asText = await share(readFileSync(file));
    expect((await runCli(['get', asText], { env })).stdout).toBe(
      'DATABASE_URL=postgres://u:p@db/app\nAPI_KEY=abc\n',
    );
  });

  it('allows two views with --views 2, then says the secret is gone (exit 2)', async () => {
    const link = await share('twice\n', ['--views', '2']);
    const first = await runCli(['get', link], { env });
    const second = await runCli(['get', link], { env });
    const third = await runCli(['get', link], { env });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect([first.stdout, second.stdout]).toEqual(['twice\n', 'twice\n']);
    expect(third.code).toBe(2);
    expect(third.stdout).toBe('');
    expect(stderrLines(third)).toEqual([
      'hushlink: This secret does not exist, has expired, or was already viewed or revoked.',
    ]);
  });

  it('sets the expiry and prints JSON with --json', async () => {
    const before = Date.now();
    const run = await runCli(['share', '--json', '--expires', '1h', '--views', '3'], { input: 'x', env });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(result).sort()).toEqual(['expiresAt', 'id', 'link', 'manageUrl', 'sealed']);
    expect(result.sealed).toBe(false);
    expect(result.link).toBe(`${server}/s/${result.id}#${new URL(result.link ?? '').hash.slice(1)}`);
    expect(result.manageUrl).toMatch(new RegExp(`^${server}/m/${result.id}#[A-Za-z0-9_-]+$`));
    const expiresAt = Date.parse(result.expiresAt ?? '');
    expect(expiresAt - before).toBeGreaterThan(3590_000);
    expect(expiresAt - before).toBeLessThan(3700_000);
    expect(run.stderr).toBe('');
    const metadata = await webMetadata(server, result.id ?? '');
    expect(metadata?.viewsLeft).toBe(3);

    const got = await runCli(['get', '--json', result.link ?? ''], { env });
    expect(JSON.parse(got.stdout)).toEqual({ text: 'x', viewsLeft: 2 });
  });

  it('prints the manage link on stderr, and not with --quiet', async () => {
    const loud = await runCli(['share'], { input: 'x', env });
    expect(stderrLines(loud)).toEqual([
      expect.stringMatching(/^Manage link .*: http:\/\/.*\/m\/[A-Za-z0-9_-]{22}#/),
    ]);
    const quiet = await runCli(['share', '-q'], { input: 'x', env });
    expect(quiet.stderr).toBe('');
  });
});

describe.concurrent('passphrase', () => {
  it('opens with the right HUSHLINK_PASSPHRASE', async () => {
    const link = await share('behind a passphrase\n', ['--passphrase'], {
      HUSHLINK_PASSPHRASE: 'correct horse',
    });
    const metadata = await webMetadata(server, idOf(link));
    expect(metadata?.passphrase).toBe(true);
    const run = await runCli(['get', link], { env: { ...env, HUSHLINK_PASSPHRASE: 'correct horse' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('behind a passphrase\n');
  });

  it('exits 4 with one line that says the view was used when HUSHLINK_PASSPHRASE is wrong', async () => {
    const link = await share('secret', ['--passphrase', '--views', '2'], { HUSHLINK_PASSPHRASE: 'right' });
    const run = await runCli(['get', link], { env: { ...env, HUSHLINK_PASSPHRASE: 'wrong' } });
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'hushlink: Could not decrypt: the passphrase is wrong, or the link was altered. One view was used; 1 left.',
    ]);
    const again = await runCli(['get', link], { env: { ...env, HUSHLINK_PASSPHRASE: 'right' } });
    expect(again.stdout).toBe('secret');
  });

  it('asks for nothing and consumes nothing when no passphrase can be had (no terminal, no variable)', async () => {
    const link = await share('secret', ['--passphrase'], { HUSHLINK_PASSPHRASE: 'pw' });
    const run = await runCli(['get', link], { env });
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      'hushlink: This secret needs a passphrase: set HUSHLINK_PASSPHRASE, or run in a terminal to be asked for it.',
    ]);
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);
  });

  it('refuses share --passphrase without a terminal or HUSHLINK_PASSPHRASE', async () => {
    const run = await runCli(['share', '--passphrase'], { input: 'x', env });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toHaveLength(1);
  });
});

describe.concurrent('revoke', () => {
  it('revokes with the manage link; the link then exits 2', async () => {
    const shared = await runCli(['share', '--json', '--views', '5'], { input: 'revoke me', env });
    const { link, manageUrl, id } = JSON.parse(shared.stdout) as Record<string, string>;
    const revoked = await runCli(['revoke', '--json', manageUrl ?? ''], { env });
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout)).toEqual({ id, revoked: true });
    expect(await webMetadata(server, id ?? '')).toBeNull();
    const run = await runCli(['get', link ?? ''], { env });
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toHaveLength(1);
  });

  it('refuses a manage link with the wrong token (exit 3) and keeps the secret', async () => {
    const shared = await runCli(['share', '--json'], { input: 'keep me', env });
    const { id } = JSON.parse(shared.stdout) as Record<string, string>;
    const run = await runCli(['revoke', `${server}/m/${id}#${'A'.repeat(43)}`], { env });
    expect(run.code).toBe(3);
    expect(stderrLines(run)).toEqual(['hushlink: This manage token does not belong to this secret.']);
    expect((await webMetadata(server, id ?? ''))?.viewsLeft).toBe(1);
  });

  it('needs a login to revoke by link or id (exit 3)', async () => {
    const link = await share('x');
    for (const target of [link, idOf(link)]) {
      const run = await runCli(['revoke', target], { env });
      expect(run.code).toBe(3);
      expect(stderrLines(run)).toEqual([
        expect.stringMatching(/^hushlink: .*needs you to be logged in to .*hushlink login/),
      ]);
    }
  });
});

describe.concurrent('get -o FILE', () => {
  it('writes the file atomically with mode 0600 and leaves no partial file', async () => {
    const folder = tempDir();
    const file = join(folder, 'out.txt');
    const link = await share('to a file ✓\n');
    const run = await runCli(['get', link, '-o', file], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('to a file ✓\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['out.txt']);
  });

  it('refuses to overwrite an existing file before using up a view, and replaces it with --force', async () => {
    const folder = tempDir();
    const file = join(folder, 'exists.txt');
    writeFileSync(file, 'old');
    const link = await share('new');
    const refused = await runCli(['get', link, '-o', file], { env });
    expect(refused.code).toBe(1);
    expect(stderrLines(refused)).toEqual([`hushlink: ${file} already exists; use --force to replace it.`]);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);

    const forced = await runCli(['get', link, '-o', file, '--force', '--json'], { env });
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toEqual({ file, bytes: 3, viewsLeft: 0 });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['exists.txt']);
  });

  it('exits 7 for an unwritable path, leaves no partial file, and uses up nothing', async () => {
    const folder = tempDir();
    const plainFile = join(folder, 'plain');
    writeFileSync(plainFile, '');
    const link = await share('stays');
    const targets = [join(folder, 'missing-dir', 'out.txt'), join(plainFile, 'out.txt')];
    const runs = await Promise.all(targets.map((target) => runCli(['get', link, '-o', target], { env })));
    runs.forEach((run, index) => {
      expect(run.code, targets[index]).toBe(7);
      expect(stderrLines(run), targets[index]).toEqual([expect.stringMatching(/^hushlink: Cannot write /)]);
    });
    if (process.getuid?.() !== 0) {
      // Root ignores folder permissions, so this case runs only for other users.
      const readOnly = join(folder, 'read-only');
      mkdirSync(readOnly, 0o500);
      const run = await runCli(['get', link, '-o', join(readOnly, 'out.txt')], { env });
      expect(run.code).toBe(7);
      chmodSync(readOnly, 0o700);
      expect(readdirSync(readOnly)).toEqual([]);
    }
    expect(readdirSync(folder).sort()).toEqual(['plain', ...(process.getuid?.() !== 0 ? ['read-only'] : [])]);
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);
  });

  it('exits 7 with one line when standard output is a full disk', async (context) => {
    if (!existsSync('/dev/full')) context.skip();
    const full = openSync('/dev/full', 'w');
    try {
      const link = await share('lost to a full disk');
      const run = await runCli(['get', link], { env, stdoutFd: full });
      expect(run.code).toBe(7);
      expect(stderrLines(run)).toEqual([
        'hushlink: Could not write to standard output: no space left on the device. That was its last view: the secret is now deleted from the server.',
      ]);
    } finally {
      closeSync(full);
    }
  });
});

describe.concurrent('input the CLI refuses before sending anything', () => {
  it('shares text up to what fits a text secret as text, and anything larger as a file', async () => {
    const nearLimit = 'a'.repeat(1024 * 1024 - 100);
    const link = await share(nearLimit);
    expect((await webMetadata(server, idOf(link)))?.storage).toBe('upload');
    const got = await runCli(['get', link, '-o', '-'], { env });
    expect(got.stdout).toBe(nearLimit);
    const small = await share('a'.repeat(500 * 1024));
    expect((await runCli(['get', small, '--json'], { env })).stdout).toContain('"text":"aaa');
  });

  it('refuses an empty secret, bad --expires, --views and --access values (exit 1)', async () => {
    const cases: string[][] = [
      [],
      ['--expires', '10s'],
      ['--expires', '31d'],
      ['--expires', 'soon'],
      ['--views', '0'],
      ['--views', '101'],
      ['--views', '1.5'],
      ['--access', 'everyone'],
      ['--access', 'people'],
      ['--to', 'bob', '--access', 'link'],
      ['--bogus'],
      ['-', 'b'],
    ];
    const runs = await Promise.all(
      cases.map((args) => runCli(['share', ...args], { input: args.length === 0 ? ' \n' : 'x', env })),
    );
    runs.forEach((run, index) => {
      const label = cases[index]?.join(' ');
      expect(run.code, label).toBe(1);
      expect(run.stdout, label).toBe('');
      expect(stderrLines(run), label).toEqual([expect.stringMatching(/^hushlink: /)]);
    });
  });

  it('accepts every documented --expires form', async () => {
    const forms = [
      ['5m', 300],
      ['1h', 3600],
      ['1d', 86400],
      ['7d', 604800],
      ['30d', 2592000],
      ['90s', 90],
    ] as const;
    const before = Date.now();
    const runs = await Promise.all(
      forms.map(([flag]) => runCli(['share', '--json', '--expires', flag], { input: 'x', env })),
    );
    runs.forEach((run, index) => {
      const [flag, seconds] = forms[index] ?? ['', 0];
      expect(run.code, flag).toBe(0);
      const { expiresAt } = JSON.parse(run.stdout) as { expiresAt: string };
      expect(Math.abs(Date.parse(expiresAt) - before - seconds * 1000), flag).toBeLessThan(60_000);
    });
  });
});
