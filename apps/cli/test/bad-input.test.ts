import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type FakeAnswer, type FakeServer, startFakeServer } from './support/fake-server.ts';
import { freshHome, runCli, runEach, stderrLines } from './support/run-cli.ts';
import { webCreate, webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');
const env = { HUSHLINK_SERVER: server };
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const KEY = `${'B'.repeat(42)}A`;
const TOKEN = `${'C'.repeat(22)}.${'D'.repeat(43)}`;

// Closed when the whole file is done: the tests run concurrently, each with its own fake servers.
const fakes: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function fake(answer: (path: string, method: string) => FakeAnswer): Promise<FakeServer> {
  const started = await startFakeServer((request) => answer(request.path, request.method));
  fakes.push(started);
  return started;
}

const METADATA = {
  expiresAt: '2099-01-01T00:00:00.000Z',
  viewsLeft: 1,
  access: 'link',
  passphrase: false,
  sealed: false,
  size: 1095,
  storage: 'inline',
};

/** A port nothing listens on (bound, read, released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe.concurrent('links that cannot work', () => {
  it('exits 4 for a link with a damaged key, without sending any request', async () => {
    const recorder = await fake(() => ({ status: 200, body: METADATA }));
    const links = [
      `${recorder.url}/s/${ID}#${KEY.slice(0, 40)}`,
      `${recorder.url}/s/${ID}#${KEY.slice(0, 42)}!`,
      `${recorder.url}/s/${ID}#${'B'.repeat(42)}B`, // stray low bits: not a canonical 32-byte key
    ];
    for (const [link, run] of await runEach(links, (link) => runCli(['get', link]))) {
      expect(run.code, link).toBe(4);
      expect(stderrLines(run), link).toEqual([
        'hushlink: This link is incomplete: the part after # is missing or damaged.',
      ]);
    }
    expect(recorder.requests).toEqual([]);
  });

  it('exits 4 for a link with no key after reading only the metadata: incomplete, or sealed', async () => {
    for (const sealed of [false, true]) {
      const recorder = await fake(() => ({ status: 200, body: { ...METADATA, access: 'people', sealed } }));
      const links = [`${recorder.url}/s/${ID}`, `${recorder.url}/s/${ID}#`];
      for (const [link, run] of await runEach(links, (link) => runCli(['get', link]))) {
        expect(run.code, link).toBe(4);
        expect(stderrLines(run), link).toEqual([
          sealed
            ? "hushlink: This secret is sealed to people's passkeys, which this CLI cannot use; open it in a browser."
            : 'hushlink: This link is incomplete: the part after # is missing or damaged.',
        ]);
      }
      expect(recorder.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        `GET /api/secrets/${ID}`,
        `GET /api/secrets/${ID}`,
      ]);
    }
  });

  it('keeps a real secret untouched when its link lost the key', async () => {
    const { link, id } = await webCreate(server, 'keyless');
    const run = await runCli(['get', link.split('#')[0] ?? '']);
    expect(run.code).toBe(4);
    expect((await webMetadata(server, id))?.viewsLeft).toBe(1);
  });

  it('exits 4 for a damaged id or something that is not a link, and 1 for a manage link', async () => {
    const damaged = await runCli(['get', `${server}/s/short#${KEY}`]);
    expect(damaged.code).toBe(4);
    expect(stderrLines(damaged)).toEqual([
      expect.stringContaining('the part after /s/ is not a valid secret id'),
    ]);
    const notLink = await runCli(['get', 'hello']);
    expect(notLink.code).toBe(4);
    const manage = await runCli(['get', `${server}/m/${ID}#token`]);
    expect(manage.code).toBe(1);
  });

  it('exits 4 when the key does not match the secret, and consumes nothing', async () => {
    const { link, id } = await webCreate(server, 'wrong key');
    const run = await runCli(['get', `${link.split('#')[0]}#${KEY}`]);
    expect(run.code).toBe(4);
    expect(stderrLines(run)).toEqual([
      'hushlink: The key in this link does not match the secret. Check that the whole link was copied.',
    ]);
    expect((await webMetadata(server, id))?.viewsLeft).toBe(1);
  });

  it('exits 4 for a tampered envelope, with one line', async () => {
    const { link } = await webCreate(server, 'tampered', {
      tamper: (envelope) => {
        const last = envelope.length - 5;
        envelope[last] = (envelope[last] ?? 0) ^ 0x01;
      },
    });
    const run = await runCli(['get', link]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'hushlink: Could not decrypt: the link or the stored secret was altered. That was its last view: the secret is now deleted from the server.',
    ]);
  });

  it('exits 4 for an envelope whose header was damaged', async () => {
    const { link } = await webCreate(server, 'bad magic', {
      tamper: (envelope) => {
        envelope[0] = 0;
      },
    });
    const run = await runCli(['get', link]);
    expect(run.code).toBe(4);
    expect(stderrLines(run)).toEqual([
      expect.stringContaining(
        'could not be read: it was made by a different version of Hushlink, or altered',
      ),
    ]);
  });
});

describe.concurrent('servers that cannot be used', () => {
  it('exits 5 with one line when nothing listens at --server', async () => {
    const port = await closedPort();
    const run = await runCli(['share', '--server', `http://127.0.0.1:${port}`], { input: 'x' });
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual([
      `hushlink: Could not reach http://127.0.0.1:${port}: connection refused (is the server running, and is the address right?).`,
    ]);
  });

  it('exits 5 for a host name that does not resolve', async () => {
    const run = await runCli(['get', `http://no-such-host.invalid/s/${ID}#${KEY}`]);
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(/^hushlink: Could not reach http:\/\/no-such-host\.invalid: the host name /),
    ]);
  });

  it('exits 5 when --server is a web server that is not Hushlink', async () => {
    const other = await fake(() => ({ status: 404, body: '<html>Not Found</html>' }));
    const run = await runCli(['share', '--server', other.url], { input: 'x' });
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual([
      `hushlink: ${other.url} answered POST /api/secrets with HTTP 404, not Hushlink's API; check the server address.`,
    ]);
    const ok = await fake(() => ({ status: 200, body: '<html>hello</html>' }));
    const parsed = await runCli(['get', `${ok.url}/s/${ID}#${KEY}`]);
    expect(parsed.code).toBe(5);
    expect(stderrLines(parsed)).toHaveLength(1);
  });

  it('exits 5 for a redirect instead of following it with the claim', async () => {
    const redirecting = await fake(() => ({
      status: 301,
      headers: { Location: 'https://elsewhere.example/' },
    }));
    const run = await runCli(['share', '--server', redirecting.url], { input: 'x' });
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual([expect.stringContaining('redirects to https://elsewhere.example/')]);
  });

  it('refuses a malformed --server (exit 1)', async () => {
    const values = ['not a url', 'ftp://example.com', 'https://example.com/path', 'https://u:p@example.com'];
    for (const [value, run] of await runEach(values, (value) =>
      runCli(['share', '--server', value], { input: 'x' }),
    )) {
      expect(run.code, value).toBe(1);
      expect(stderrLines(run), value).toHaveLength(1);
    }
  });

  it('exits 6 on 429 and prints Retry-After', async () => {
    const limited = await fake((path) =>
      path.endsWith('/reveal')
        ? {
            status: 429,
            headers: { 'Retry-After': '17' },
            body: {
              error: {
                code: 'rate_limited',
                message: 'Too many reveal attempts from your address. Try again in 17 seconds.',
              },
            },
          }
        : { status: 200, body: METADATA },
    );
    const run = await runCli(['get', `${limited.url}/s/${ID}#${KEY}`]);
    expect(run.code).toBe(6);
    expect(stderrLines(run)).toEqual([
      'hushlink: Too many reveal attempts from your address. Try again in 17 seconds. (Retry-After: 17 s)',
    ]);
  });

  it('exits 3 on 401 and 403 with the API message', async () => {
    const refusing = await fake((path) =>
      path.endsWith('/reveal')
        ? {
            status: 403,
            body: {
              error: {
                code: 'not_for_you',
                message: 'This secret was shared with other people, not with you.',
              },
            },
          }
        : { status: 200, body: METADATA },
    );
    const run = await runCli(['get', `${refusing.url}/s/${ID}#${KEY}`]);
    expect(run.code).toBe(3);
    expect(stderrLines(run)).toEqual(['hushlink: This secret was shared with other people, not with you.']);

    const closed = await fake(() => ({
      status: 401,
      body: {
        error: {
          code: 'unauthorized',
          message: 'This server does not accept new secrets without signing in.',
        },
      },
    }));
    const share = await runCli(['share', '--server', closed.url], { input: 'x' });
    expect(share.code).toBe(3);
    expect(stderrLines(share)).toEqual([
      'hushlink: This server does not accept new secrets without signing in.',
    ]);
  });

  it('exits 5 on a server error', async () => {
    const broken = await fake(() => ({
      status: 500,
      body: {
        error: { code: 'internal', message: 'Something went wrong on the server. Nothing was changed.' },
      },
    }));
    const run = await runCli(['share', '--server', broken.url], { input: 'x' });
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual(['hushlink: Something went wrong on the server. Nothing was changed.']);
  });
});

describe.concurrent('accounts', () => {
  it('needs a login for signed-in and people secrets, and never sends a token to another server', async () => {
    const signedIn = await fake(() => ({ status: 200, body: { ...METADATA, access: 'signed-in' } }));
    // A token for the configured server must not travel to the link's (foreign) origin.
    const run = await runCli(['get', `${signedIn.url}/s/${ID}#${KEY}`], {
      env: { ...env, HUSHLINK_TOKEN: TOKEN },
    });
    expect(run.code).toBe(3);
    expect(stderrLines(run)).toEqual([
      `hushlink: This secret (access: signed-in) needs you to be logged in to ${signedIn.url} (you are logged in to ${server}): run \`hushlink login --server ${signedIn.url}\`.`,
    ]);
    expect(signedIn.requests.map((request) => request.authorization)).toEqual([undefined]);
    expect(signedIn.requests.map((request) => request.path)).toEqual([`/api/secrets/${ID}`]);
  });

  it('refuses --to, --access signed-in, --notify and status without a login (exit 3)', async () => {
    const cases = [
      ['share', '--to', 'bob'],
      ['share', '--access', 'signed-in'],
      ['share', '--notify'],
      ['status'],
    ];
    for (const [args, run] of await runEach(cases, (args) => runCli(args, { input: 'x', env }))) {
      expect(run.code, args.join(' ')).toBe(3);
      expect(stderrLines(run), args.join(' ')).toEqual([expect.stringContaining('hushlink login')]);
    }
  });

  it('refuses an unknown token at login (exit 3) and saves nothing', async () => {
    const home = freshHome();
    const run = await runCli(['login'], { input: `${TOKEN}\n`, env, home });
    expect(run.code).toBe(3);
    expect(stderrLines(run)).toEqual([
      'hushlink: This API token is unknown, expired or revoked. Run `hushlink login` again.',
    ]);
    expect(readdirSync(home.config)).toEqual([]);
    const malformed = await runCli(['login'], { input: 'not-a-token\n', env, home });
    expect(malformed.code).toBe(1);
    expect(readdirSync(home.config)).toEqual([]);
  });

  it('reports a rejected HUSHLINK_TOKEN as an auth failure (exit 3)', async () => {
    const run = await runCli(['status'], { env: { ...env, HUSHLINK_TOKEN: TOKEN } });
    expect(run.code).toBe(3);
    expect(stderrLines(run)).toEqual([
      'hushlink: This API token is unknown, expired or revoked. Run `hushlink login` again.',
    ]);
  });

  it('logs out cleanly when not logged in', async () => {
    const run = await runCli(['logout', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ loggedOut: false });
  });
});
