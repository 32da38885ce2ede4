import { parseArgs } from 'node:util';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { configPath, deleteConfig } from '../config-store.ts';
import { hint, setQuiet, status, writeJson } from '../output.ts';

const HELP = `Usage: hushlink logout [options]

Deletes the saved login (${configPath()}): the token and the signing key.
The token itself stays valid until it expires, and the signing key's public half stays registered with
it; revoke the token (or remove the key) on the server's Account page if either leaked.

Options:
${COMMON_HELP}

--json prints {"loggedOut": true|false} (false when there was no saved login).`;

/** `hushlink logout`: delete the saved config file. */
export const logoutCommand: Command = {
  name: 'logout',
  summary: 'delete the saved login',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage('logout', () =>
      parseArgs({ args, allowPositionals: true, options: COMMON_OPTIONS }),
    );
    setQuiet(values.quiet);
    if (positionals.length > 0)
      throw new CliError('usage', 'logout takes no arguments; see `hushlink logout --help`.');
    const deleted = await deleteConfig();
    if (values.json) await writeJson({ loggedOut: deleted });
    else
      status(
        deleted ? 'Logged out: the saved token and signing key are deleted.' : 'You were not logged in.',
      );
    if (process.env.HUSHLINK_TOKEN)
      hint('HUSHLINK_TOKEN is still set in your environment and is still used.');
  },
};
