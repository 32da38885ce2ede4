import { parseArgs } from 'node:util';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { configPath, readConfig, writeConfig } from '../config-store.ts';
import { hint, setQuiet, status, writeJson } from '../output.ts';
import { openTerminal, readAllCapped, readHidden } from '../prompt.ts';
import { resolveServerContext } from '../server-context.ts';
import { signingKeyForLogin } from '../signing-key.ts';

/** A personal API token as the server issues it: `ID.SECRET`. */
const API_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

const HELP = `Usage: hushlink login [--server URL] [options]

Saves a personal API token for a server, so that share, get, revoke and status act as you. Create the
token on the server's Account page in the web UI, then paste it when asked (it is not echoed), or pipe
it in:  hushlink login --server https://secrets.example.com < token.txt

The token is checked with the server. Login also makes an Ed25519 signing key for this machine and
registers its public key to your account with the token (a token registers one key, once); share --to
signs what it seals with it, so recipients see "Sealed by you, verified". The key is listed on your
Account page with its fingerprint; removing it there also revokes the token. The token and the signing
key are saved with mode 0600 in
  ${configPath()}
(XDG_CONFIG_HOME is honoured). HUSHLINK_TOKEN, when set, is used instead of the saved token.

Options:
${COMMON_HELP}

--json prints {"server","user","signingKey"} (the signing key's fingerprint).`;

/**
 * `hushlink login`: read a token without echo (or from a pipe), check it with `GET /api/me`, register a signing key
 * with it (`signingKeyForLogin`), save both.
 */
export const loginCommand: Command = {
  name: 'login',
  summary: 'save a personal API token for a server, and register a signing key',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage('login', () =>
      parseArgs({ args, allowPositionals: true, options: COMMON_OPTIONS }),
    );
    setQuiet(values.quiet);
    if (positionals.length > 0)
      throw new CliError('usage', 'login takes no arguments; see `hushlink login --help`.');
    const { server } = await resolveServerContext(values.server, {
      ...process.env,
      HUSHLINK_TOKEN: undefined,
    });
    const token = await readToken(server);
    if (!API_TOKEN_PATTERN.test(token)) {
      throw new CliError(
        'usage',
        'That is not a Hushlink API token (it looks like ID.SECRET, 66 characters).',
      );
    }
    const client = new ApiClient(server, token);
    const me = await client.me();
    const key = await signingKeyForLogin(client, await readConfig(), server, token);
    await writeConfig({ server, token, signingSeed: key.seed });
    if (values.json) await writeJson({ server, user: me.user, signingKey: key.fingerprint });
    else {
      status(`Logged in to ${server} as ${me.user.name} (${me.user.displayName}).`);
      hint(
        `${key.registered ? 'Signing key registered' : 'Signing key kept'}: ${key.fingerprint} (listed on your Account page).`,
      );
    }
  },
};

async function readToken(server: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const bytes = await readAllCapped(process.stdin, 4096);
    if (bytes === null) throw new CliError('usage', 'Standard input is too long to be an API token.');
    return new TextDecoder().decode(bytes).trim();
  }
  const terminal = openTerminal();
  if (!terminal) throw new CliError('io', 'Could not open the terminal to ask for the token.');
  try {
    terminal.output.write(`Create a personal API token on ${server} (Account page), then paste it here.\n`);
    return (await readHidden(terminal, 'API token: ')).trim();
  } finally {
    terminal.close();
  }
}
