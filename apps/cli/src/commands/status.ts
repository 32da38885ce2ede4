import { parseArgs } from 'node:util';
import type { MySecret } from '@hushlink/protocol';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { formatTable, setQuiet, status, writeJson, writeStdout } from '../output.ts';
import { requireToken, resolveServerContext } from '../server-context.ts';

const HELP = `Usage: hushlink status [options]

Lists the links you made while logged in, newest first: id, access, state (active, used, revoked,
expired), views used and left, expiry, and who opened them. Needs \`hushlink login\`.

Options:
${COMMON_HELP}

--json prints the server's answer, {"secrets":[…]}.`;

/** `hushlink status`: my links as a table, or the raw list with `--json`. */
export const statusCommand: Command = {
  name: 'status',
  summary: 'list your links and whether they were opened',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage('status', () =>
      parseArgs({ args, allowPositionals: true, options: COMMON_OPTIONS }),
    );
    setQuiet(values.quiet);
    if (positionals.length > 0)
      throw new CliError('usage', 'status takes no arguments; see `hushlink status --help`.');
    const context = await resolveServerContext(values.server);
    const token = requireToken(context, context.server, 'hushlink status');
    const answer = await new ApiClient(context.server, token).listMySecrets();
    if (values.json) {
      await writeJson(answer);
      return;
    }
    if (answer.secrets.length === 0) {
      status(`You have no links on ${context.server}.`);
      return;
    }
    const header = ['ID', 'ACCESS', 'STATE', 'VIEWS', 'LEFT', 'EXPIRES', 'OPENED BY'];
    await writeStdout(formatTable([header, ...answer.secrets.map(row)]));
  },
};

function row(secret: MySecret): string[] {
  const openers = secret.views.map((view) => view.user?.name ?? view.ip ?? 'someone');
  return [
    secret.id,
    secret.access === 'people'
      ? `people (${secret.recipients.map((user) => user.name).join(', ')})`
      : secret.access,
    secret.state,
    `${secret.viewsUsed}/${secret.maxViews}`,
    String(secret.viewsLeft),
    formatTime(secret.expiresAt),
    openers.length > 0 ? [...new Set(openers)].join(', ') : '-',
  ];
}

/** `2026-11-24 15:04` in local time: what a person compares with their clock. */
function formatTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
