import { parseArgs } from 'node:util';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { parseRevokeTarget } from '../link.ts';
import { setQuiet, status, writeJson } from '../output.ts';
import { requireToken, resolveServerContext } from '../server-context.ts';

const HELP = `Usage: hushlink revoke MANAGE_LINK|LINK|ID [options]

Revokes a secret: its ciphertext is deleted from the server at once and its link stops working.

  hushlink revoke 'https://secrets.example.com/m/ID#TOKEN'   with the manage link printed by share
  hushlink revoke 'https://secrets.example.com/s/ID#KEY'     as its creator (needs hushlink login)
  hushlink revoke ID                                          as its creator, on --server
  hushlink revoke -- ID                                       an id that begins with "-" goes after --

Options:
${COMMON_HELP}

--json prints {"id","revoked":true}.`;

/** `hushlink revoke`: with the manage token from a manage link, or as the creator with the saved API token. */
export const revokeCommand: Command = {
  name: 'revoke',
  summary: 'revoke a secret with its manage link, or one of yours by link or id',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage(
      'revoke',
      () => parseArgs({ args, allowPositionals: true, options: COMMON_OPTIONS }),
      'an id that begins with "-" goes after --: `hushlink revoke -- ID`',
    );
    setQuiet(values.quiet);
    const [text, ...extra] = positionals;
    if (text === undefined || extra.length > 0) {
      throw new CliError('usage', 'Give exactly one manage link, link or id; see `hushlink revoke --help`.');
    }
    const target = parseRevokeTarget(text);
    const context = await resolveServerContext(values.server);
    if (target.kind === 'manage') {
      await new ApiClient(target.origin, undefined).revokeSecret(target.id, target.manageToken);
    } else {
      const origin = target.kind === 'link' ? target.origin : context.server;
      const token = requireToken(context, origin, 'Revoking without the manage link');
      await new ApiClient(origin, token).revokeSecret(target.id);
    }
    if (values.json) await writeJson({ id: target.id, revoked: true });
    else status(`Revoked ${target.id}: its ciphertext is deleted and its link no longer works.`);
  },
};
