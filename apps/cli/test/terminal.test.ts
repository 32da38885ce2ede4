import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { writeRandomFile } from './support/files.ts';
import { BIN, freshHome } from './support/run-cli.ts';
import { tempDir } from './support/temp-dir.ts';
import { webCreate, webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');
const DRIVER = fileURLToPath(new URL('./support/pty-driver.py', import.meta.url));
const python = ['python3', 'python'].find((name) => spawnSync(name, ['--version']).status === 0);

/**
 * Runs a shell command line on a pseudo-terminal, answering prompts; [wait for, type] pairs. Asynchronous on
 * purpose: a synchronous spawn would block the event loop for the whole run, so the server's closing of an idle
 * keep-alive connection would go unseen and the test's next fetch would reuse the dead socket ("other side closed").
 */
async function onTerminal(
  commandLine: string,
  steps: [string, string][],
): Promise<{ output: string; code: number }> {
  const { home, config } = freshHome();
  const env: Record<string, string | undefined> = { ...process.env, HOME: home, XDG_CONFIG_HOME: config };
  for (const name of Object.keys(env)) if (name.startsWith('HUSHLINK_')) delete env[name];
  env.HUSHLINK_SERVER = server;
  const child = spawn(python ?? 'python3', [DRIVER, JSON.stringify(steps), 'sh', '-c', commandLine], {
    env,
    timeout: 150_000,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  const answer = JSON.parse(stdout) as { output: string; code: number; error?: string };
  if (answer.error) throw new Error(`${answer.error}; the terminal showed: ${JSON.stringify(answer.output)}`);
  return answer;
}

const hushlink = `"${process.execPath}" "${BIN}"`;

describe.skipIf(python === undefined || process.platform === 'win32')(
  'prompts on a terminal',
  { timeout: 180_000 },
  () => {
    it('asks for the passphrase twice without echo, again when they differ, and get retries a wrong one', async () => {
      const out = join(tempDir('hushlink-tty-'), 'link');
      const shared = await onTerminal(
        `printf 'piped secret' | ${hushlink} share --passphrase -q > "${out}"`,
        [
          ['Passphrase: ', 'first-try\r'],
          ['Repeat the passphrase: ', 'first-trx\r'],
          ['Passphrase: ', 'hunter2 ✓\r'],
          ['Repeat the passphrase: ', 'hunter2 ✓\r'],
        ],
      );
      expect(shared.code).toBe(0);
      expect(shared.output).toContain('The two entries differ; try again.');
      for (const typed of ['first-try', 'first-trx', 'hunter2']) expect(shared.output).not.toContain(typed);
      const link = readFileSync(out, 'utf8').trim();

      const got = await onTerminal(`${hushlink} get '${link}'`, [
        ['Passphrase: ', 'wrong one\r'],
        ['Passphrase: ', 'hunter2 ✓\r'],
      ]);
      expect(got.code).toBe(0);
      expect(got.output).toContain('Wrong passphrase (or the data was altered); try again.');
      expect(got.output).toContain('piped secret\r\n');
      expect(got.output).not.toContain('wrong one');
      expect(got.output).not.toContain('hunter2');
    });

    it('asks on the terminal for a passphrase the link did not announce, within the same view', async () => {
      const { link, id } = await webCreate(server, 'hidden passphrase', {
        passphrase: 'unsaid ✓',
        announcePassphrase: false,
      });
      const got = await onTerminal(`${hushlink} get '${link}'`, [['Passphrase: ', 'unsaid ✓\r']]);
      expect(got.code, got.output).toBe(0);
      expect(got.output).toContain('This secret needs a passphrase, although its link did not say so.');
      expect(got.output).toContain('hidden passphrase\r\n');
      expect(got.output).not.toContain('unsaid');
      expect(await webMetadata(server, id)).toBeNull();
    });

    it('gives up after three wrong passphrases with exit 4', async () => {
      const { link } = await webCreate(server, 'three strikes', { passphrase: 'right' });
      const got = await onTerminal(`${hushlink} get '${link}'`, [
        ['Passphrase: ', 'wrong1\r'],
        ['Passphrase: ', 'wrong2\r'],
        ['Passphrase: ', 'wrong3\r'],
      ]);
      expect(got.code).toBe(4);
      expect(got.output).toContain('hushlink: Could not decrypt: the passphrase is wrong');
    });

    it('reads a secret typed at a hidden prompt when stdin is the terminal', async () => {
      const out = join(tempDir('hushlink-tty-'), 'link');
      const shared = await onTerminal(`${hushlink} share -q > "${out}"`, [
        ['Secret (hidden; Enter to finish): ', 'typed here\x7fE\r'],
      ]);
      expect(shared.code).toBe(0);
      expect(shared.output).not.toContain('typed');
      const got = await onTerminal(
        `${hushlink} get '${readFileSync(out, 'utf8').trim()}' | od -c | head -1`,
        [],
      );
      expect(got.output).toContain('t   y   p   e   d       h   e   r   E');
    });

    it('draws progress bars for an upload and a download on the terminal, and clears them', async () => {
      const folder = tempDir('hushlink-tty-');
      await writeRandomFile(join(folder, 'big.bin'), 20 * 1024 * 1024);
      const out = join(folder, 'link');
      const shared = await onTerminal(`${hushlink} share "${join(folder, 'big.bin')}" > "${out}"`, []);
      expect(shared.code).toBe(0);
      expect(shared.output).toMatch(/Uploading {2}\[#{24}\] 100% {2}20\.\d MiB\/20\.\d MiB/);
      expect(shared.output).toContain('\r\u001b[K');
      const inbox = join(folder, 'inbox');
      const got = await onTerminal(`mkdir "${inbox}" && ${hushlink} get "$(cat "${out}")" -o "${inbox}"`, []);
      expect(got.code).toBe(0);
      expect(got.output).toMatch(/Downloading {2}\[#{24}\] 100% {2}20\.\d MiB\/20\.\d MiB/);
      expect(got.output).toContain(`Saved ${join(inbox, 'big.bin')} (20.0 MiB).`);
    });

    it('stops on Ctrl-C at the prompt with exit 130, before using up a view', async () => {
      const { link, id } = await webCreate(server, 'not yet', { passphrase: 'right' });
      const got = await onTerminal(`${hushlink} get '${link}'`, [['Passphrase: ', '\x03']]);
      expect(got.code).toBe(130);
      expect(got.output).toContain('hushlink: Interrupted.');
      expect((await webMetadata(server, id))?.viewsLeft).toBe(1);
    });
  },
);
