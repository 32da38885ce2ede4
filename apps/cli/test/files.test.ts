import { randomBytes } from 'node:crypto';
import {
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
import { createFilesSecret, sha256, sha256File, writeRandomFile } from './support/files.ts';
import { runCli, stderrLines } from './support/run-cli.ts';
import { tempDir } from './support/temp-dir.ts';
import { webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');
const env = { HUSHLINK_SERVER: server };
const LINK = /^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}\n$/;

function idOf(link: string): string {
  return new URL(link).pathname.split('/')[2] ?? '';
}

/** Runs `share ARGS` and returns the link, checking that stdout holds the link and nothing else. */
async function share(
  args: string[],
  options: { input?: string | Uint8Array; env?: Record<string, string> } = {},
) {
  const run = await runCli(['share', ...args], { input: options.input, env: { ...env, ...options.env } });
  expect(run.stderr.startsWith('hushlink:') ? run.stderr : '', 'share failed').toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(LINK);
  return run.stdout.trim();
}

describe.concurrent('files', () => {
  it('shares two files and gets them back byte for byte into a folder, with --json', async () => {
    const source = tempDir('hushlink-files-src-');
    const keyBytes = randomBytes(3000);
    const configBytes = Buffer.from('db: postgres://u:p@db/app\nä ✓\n');
    writeFileSync(join(source, 'server.key'), keyBytes);
    writeFileSync(join(source, 'config.yaml'), configBytes);
    const link = await share([join(source, 'server.key'), join(source, 'config.yaml'), '--views', '2']);
    expect((await webMetadata(server, idOf(link)))?.storage).toBe('upload');

    const out = tempDir('hushlink-files-out-');
    const run = await runCli(['get', link, '-o', out, '--json'], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          name: 'server.key',
          type: 'application/x-pem-file',
          size: 3000,
          path: join(out, 'server.key'),
          sha256: sha256(keyBytes),
        },
        {
          name: 'config.yaml',
          type: 'application/yaml',
          size: configBytes.length,
          path: join(out, 'config.yaml'),
          sha256: sha256(configBytes),
        },
      ],
      viewsLeft: 1,
    });
    expect(readdirSync(out).sort()).toEqual(['config.yaml', 'server.key']);
    expect(readFileSync(join(out, 'server.key')).equals(keyBytes)).toBe(true);
    expect(readFileSync(join(out, 'config.yaml')).equals(configBytes)).toBe(true);
    expect(statSync(join(out, 'server.key')).mode & 0o777).toBe(0o600);

    // Without -o they land in the current folder, and stderr says where.
    const here = tempDir('hushlink-files-cwd-');
    const again = await runCli(['get', link], { env, cwd: here });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(stderrLines(again)).toEqual(['Saved server.key (2.9 KiB), config.yaml (33 B).']);
    expect(readdirSync(here).sort()).toEqual(['config.yaml', 'server.key']);
  });

  it('shares one file and saves it as -o FILE, or prints it with -o -', async () => {
    const source = tempDir('hushlink-files-src-');
    const bytes = randomBytes(5000);
    writeFileSync(join(source, 'blob.bin'), bytes);
    const link = await share([join(source, 'blob.bin'), '--views', '2']);
    const out = tempDir('hushlink-files-out-');
    const saved = await runCli(['get', link, '-o', join(out, 'renamed.bin')], { env });
    expect(saved.code).toBe(0);
    expect(readdirSync(out)).toEqual(['renamed.bin']);
    expect(readFileSync(join(out, 'renamed.bin')).equals(bytes)).toBe(true);
    const printed = await runCli(['get', link, '-o', '-'], { env });
    expect(printed.code).toBe(0);
    expect(printed.stdoutBytes.equals(bytes)).toBe(true);
  });

  it('a round trip of a 200 MiB file keeps its SHA-256 (uploaded in parts, downloaded as a stream)', async () => {
    const folder = tempDir('hushlink-files-big-');
    const file = join(folder, 'dump.sql.gz');
    const size = 200 * 1024 * 1024;
    const expected = await writeRandomFile(file, size);
    const started = Date.now();
    const link = await share([file, '--expires', '1h']);
    const shared = Date.now();
    expect((await webMetadata(server, idOf(link)))?.storage).toBe('upload');
    const out = join(folder, 'back.sql.gz');
    const run = await runCli(['get', link, '-o', out], { env });
    const got = Date.now();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(statSync(out).size).toBe(size);
    expect(await sha256File(out)).toBe(expected);
    expect(readdirSync(folder).sort()).toEqual(['back.sql.gz', 'dump.sql.gz']);
    // A figure for the report, not an assertion: the time depends on the machine.
    console.info(`200 MiB round trip: share ${(shared - started) / 1000} s, get ${(got - shared) / 1000} s`);
  }, 600_000);

  it('shares files with a passphrase (one part and several), and refuses the wrong one (exit 4, nothing saved)', async () => {
    const folder = tempDir('hushlink-files-pass-');
    const small = randomBytes(2000);
    writeFileSync(join(folder, 'small.bin'), small);
    const bigSum = await writeRandomFile(join(folder, 'big.bin'), 3 * 1024 * 1024 + 17);
    const passEnv = { HUSHLINK_PASSPHRASE: 'correct horse ✓' };
    const links = await Promise.all([
      share([join(folder, 'small.bin'), '--passphrase', '--views', '2'], { env: passEnv }),
      share([join(folder, 'big.bin'), '--passphrase', '--views', '2'], { env: passEnv }),
    ]);
    for (const link of links) expect((await webMetadata(server, idOf(link)))?.passphrase).toBe(true);
    const [smallLink = '', bigLink = ''] = links;

    const wrongOut = tempDir('hushlink-files-out-');
    for (const link of links) {
      const wrong = await runCli(['get', link, '-o', wrongOut], {
        env: { ...env, HUSHLINK_PASSPHRASE: 'wrong' },
      });
      expect(wrong.code).toBe(4);
      expect(stderrLines(wrong)).toEqual([
        'hushlink: Could not decrypt: the passphrase is wrong, or the link was altered. One view was used; 1 left.',
      ]);
    }
    expect(readdirSync(wrongOut)).toEqual([]);

    const out = tempDir('hushlink-files-out-');
    for (const link of [smallLink, bigLink]) {
      const run = await runCli(['get', link, '-o', out], { env: { ...env, ...passEnv } });
      expect(run.code).toBe(0);
    }
    expect(readFileSync(join(out, 'small.bin')).equals(small)).toBe(true);
    expect(await sha256File(join(out, 'big.bin'))).toBe(bigSum);
  });

  it('shares binary stdin as a file named stdin, and leaves no temporary copy behind', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x80]), randomBytes(4000)]);
    const temp = tempDir('hushlink-files-tmp-');
    const run = await runCli(['share'], { input: bytes, env: { ...env, TMPDIR: temp } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(LINK);
    expect(readdirSync(temp).filter((name) => name.startsWith('hushlink-'))).toEqual([]);
    const out = tempDir('hushlink-files-out-');
    const got = await runCli(['get', run.stdout.trim(), '-o', out, '--json'], { env });
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout).files).toEqual([
      expect.objectContaining({ name: 'stdin', type: 'application/octet-stream', size: bytes.length }),
    ]);
    expect(readFileSync(join(out, 'stdin')).equals(bytes)).toBe(true);
  });

  it('shares stdin over 1 MiB (a pg_dump) as a file through an upload', async () => {
    const text = 'INSERT INTO t VALUES (1, $$ä$$);\n'.repeat(50_000);
    const run = await runCli(['share'], { input: text, env });
    expect(run.code).toBe(0);
    // No progress bar where stderr is not a terminal: only the manage link.
    expect(stderrLines(run)).toEqual([expect.stringMatching(/^Manage link /)]);
    expect((await webMetadata(server, idOf(run.stdout.trim())))?.storage).toBe('upload');
    const got = await runCli(['get', run.stdout.trim(), '-o', '-'], { env });
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(text);
  });

  it('refuses to overwrite existing files (exit 1, nothing changed), and replaces them with --force', async () => {
    const source = tempDir('hushlink-files-src-');
    writeFileSync(join(source, 'a.txt'), 'new a');
    writeFileSync(join(source, 'b.txt'), 'new b');
    const link = await share([join(source, 'a.txt'), join(source, 'b.txt'), '--views', '2']);
    const out = tempDir('hushlink-files-out-');
    writeFileSync(join(out, 'b.txt'), 'old b');
    const refused = await runCli(['get', link, '-o', out], { env });
    expect(refused.code).toBe(1);
    expect(stderrLines(refused)).toEqual([
      `hushlink: ${join(out, 'b.txt')} already exists; use --force to replace it. One view was used; 1 left.`,
    ]);
    expect(readdirSync(out)).toEqual(['b.txt']);
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('old b');

    const forced = await runCli(['get', link, '-o', out, '--force'], { env });
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('new b');
  });

  it('refuses an existing -o FILE before using up a view', async () => {
    const source = tempDir('hushlink-files-src-');
    writeFileSync(join(source, 'one.bin'), 'x');
    const link = await share([join(source, 'one.bin')]);
    const out = tempDir('hushlink-files-out-');
    writeFileSync(join(out, 'taken'), 'keep');
    const run = await runCli(['get', link, '-o', join(out, 'taken')], { env });
    expect(run.code).toBe(1);
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);
  });

  it('saves names from the secret only inside the folder, cleaned of paths and control characters', async () => {
    const { link } = await createFilesSecret(server, [
      { name: '../../escape.txt', type: 'text/plain', bytes: Buffer.from('one') },
      { name: '..', type: '', bytes: Buffer.from('two') },
      { name: 'evil\u202Etxt.exe\u0007', type: '', bytes: Buffer.from('three') },
      { name: 'C:\\Windows\\system.ini', type: '', bytes: Buffer.from('four') },
      { name: 'escape.txt', type: '', bytes: Buffer.from('five') },
    ]);
    const parent = tempDir('hushlink-files-parent-');
    const out = join(parent, 'inbox');
    mkdirSync(out);
    const run = await runCli(['get', link, '-o', out, '--json'], { env });
    expect(run.code).toBe(0);
    expect(readdirSync(parent)).toEqual(['inbox']);
    expect(readdirSync(out).sort()).toEqual([
      'escape (2).txt',
      'escape.txt',
      'eviltxt.exe',
      'file-2',
      'system.ini',
    ]);
    expect(readFileSync(join(out, 'escape.txt'), 'utf8')).toBe('one');
    expect(readFileSync(join(out, 'escape (2).txt'), 'utf8')).toBe('five');
    const listed = JSON.parse(run.stdout).files as { name: string; path: string }[];
    expect(listed.map((file) => file.name)).toEqual([
      '../../escape.txt',
      '..',
      'evil\u202Etxt.exe\u0007',
      'C:\\Windows\\system.ini',
      'escape.txt',
    ]);
  });

  it('exits 4 for a tampered files envelope and leaves no file behind', async () => {
    const { link } = await createFilesSecret(
      server,
      [{ name: 'data.bin', type: '', bytes: randomBytes(200_000) }],
      {
        tamper: (envelope) => {
          const middle = Math.floor(envelope.length / 2);
          envelope[middle] = (envelope[middle] ?? 0) ^ 0x01;
        },
      },
    );
    const out = tempDir('hushlink-files-out-');
    const run = await runCli(['get', link, '-o', out], { env });
    expect(run.code).toBe(4);
    expect(stderrLines(run)).toEqual([
      'hushlink: Could not decrypt: the link or the stored secret was altered. That was its last view: the secret is now deleted from the server.',
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses several files for -o FILE or -o -, leaving nothing behind', async () => {
    const source = tempDir('hushlink-files-src-');
    writeFileSync(join(source, 'a'), 'a');
    writeFileSync(join(source, 'b'), 'b');
    const link = await share([join(source, 'a'), join(source, 'b'), '--views', '2']);
    const out = tempDir('hushlink-files-out-');
    const asFile = await runCli(['get', link, '-o', join(out, 'one')], { env });
    expect(asFile.code).toBe(1);
    expect(stderrLines(asFile)).toEqual([expect.stringContaining('holds 2 files')]);
    expect(readdirSync(out)).toEqual([]);
    const printed = await runCli(['get', link, '-o', '-'], { env });
    expect(printed.code).toBe(1);
    expect(printed.stdout).toBe('');
  });

  it('exits 7 with one line when -o - writes to a full disk', async (context) => {
    if (!existsSync('/dev/full')) context.skip();
    const source = tempDir('hushlink-files-src-');
    writeFileSync(join(source, 'f.bin'), randomBytes(100_000));
    const link = await share([join(source, 'f.bin')]);
    const full = openSync('/dev/full', 'w');
    try {
      const run = await runCli(['get', link, '-o', '-'], { env, stdoutFd: full });
      expect(run.code).toBe(7);
      expect(stderrLines(run)).toEqual([
        'hushlink: Could not write to standard output: no space left on the device. That was its last view: the secret is now deleted from the server.',
      ]);
    } finally {
      closeSync(full);
    }
  });

  it('refuses folders, missing files, duplicate names and mixing - with files before sending anything', async () => {
    const source = tempDir('hushlink-files-src-');
    mkdirSync(join(source, 'sub'));
    writeFileSync(join(source, 'same'), 'x');
    writeFileSync(join(source, 'sub', 'same'), 'y');
    const cases: [string[], number, string][] = [
      [[join(source, 'sub')], 1, 'is a folder'],
      [[join(source, 'missing')], 7, 'no such file or directory'],
      [[join(source, 'same'), join(source, 'sub', 'same')], 1, 'Two files are named "same"'],
      [['-', join(source, 'same')], 1, 'cannot be shared together with files'],
    ];
    for (const [args, code, message] of cases) {
      const run = await runCli(['share', ...args], { env: { HUSHLINK_SERVER: 'http://127.0.0.1:9' } });
      expect(run.code, args.join(' ')).toBe(code);
      expect(stderrLines(run), args.join(' ')).toEqual([expect.stringContaining(message)]);
    }
  });
});
