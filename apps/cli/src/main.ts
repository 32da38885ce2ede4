import { CliError, EXIT_INTERNAL } from './cli-error.ts';
import type { Command } from './command.ts';
import { completionCommand } from './commands/completion.ts';
import { getCommand } from './commands/get.ts';
import { loginCommand } from './commands/login.ts';
import { logoutCommand } from './commands/logout.ts';
import { revokeCommand } from './commands/revoke.ts';
import { shareCommand } from './commands/share.ts';
import { statusCommand } from './commands/status.ts';
import { verifyCommand } from './commands/verify.ts';
import { errorLine, writeStdout } from './output.ts';
import { CLI_VERSION } from './version.ts';

const COMMANDS: readonly Command[] = [
  shareCommand,
  getCommand,
  revokeCommand,
  statusCommand,
  loginCommand,
  logoutCommand,
  verifyCommand,
  completionCommand(() => COMMANDS),
];

const MAIN_HELP = `Usage: hushlink COMMAND [options]

Share secrets through end-to-end encrypted links that expire, work a limited number of times,
and can be revoked. Everything is encrypted and decrypted on this machine.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(8)} ${command.summary}`).join('\n')}

  hushlink COMMAND --help   shows the options of a command.

Examples:
  echo 's3cret' | hushlink share --expires 1h     prints a link that works once, for an hour
  hushlink share server.key server.crt            shares files (uploaded in parts)
  hushlink get 'https://secrets.example.com/s/ID#KEY' > secret.txt
  hushlink get 'https://secrets.example.com/s/ID#KEY' -o ./incoming/

Environment:
  HUSHLINK_SERVER      the server (instead of --server)
  HUSHLINK_TOKEN       a personal API token (instead of the one saved by login)
  HUSHLINK_PASSPHRASE  the passphrase for share --passphrase and for get (instead of a prompt)
  HUSHLINK_DEBUG=1     show details of unexpected errors

Exit status:
  0    success
  1    usage: a wrong option, argument or input; a secret over the server's size limit; an output
       file that exists (without --force)
  2    not found: the secret expired, was used up or revoked (or never existed)
  3    authentication: not logged in, or the server refused the token or the account (401/403)
  4    the link is incomplete or damaged, the passphrase is wrong, or the data was altered
  5    network or server error: the server could not be reached, gave an unusable answer, or an
       upload or download broke off (a failed upload is revoked first)
  6    rate limited: too many attempts (the message says when to retry)
  7    local I/O error: a file, the terminal or standard output could not be read or written
       (a full disk); partial output files are deleted
  8    verify: the server does not serve the signed release, or the manifest was refused
  70   unexpected internal error (a bug; please report it)
  130  interrupted (Ctrl-C at a prompt, or during an upload or download, which is cleaned up)`;

/**
 * Runs `hushlink` with its arguments and returns the exit status. Every failure ends with exactly one line on
 * stderr, `hushlink: <message>`; a stack trace is shown only for a bug, and only with `HUSHLINK_DEBUG=1`.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  // Write errors surface through the write callbacks (output.ts); without a listener they would crash the process.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      process.stderr.write(`${MAIN_HELP}\n`);
      return 1;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      await writeStdout(`${topic === undefined ? MAIN_HELP : findCommand(topic).help}\n`);
      return 0;
    }
    if (name === '--version' || name === '-V') {
      await writeStdout(`hushlink ${CLI_VERSION}\n`);
      return 0;
    }
    const command = findCommand(name);
    if (wantsHelp(rest)) {
      await writeStdout(`${command.help}\n`);
      return 0;
    }
    await command.run([...rest]);
    return 0;
  } catch (error) {
    return report(error);
  }
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command)
    throw new CliError('usage', `Unknown command ${JSON.stringify(name)}; see \`hushlink --help\`.`);
  return command;
}

/** `--help` or `-h` anywhere before a `--` (after it, they are file names). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function report(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(errorLine(error.message));
    return error.exitCode;
  }
  if (process.env.HUSHLINK_DEBUG)
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  const name = error instanceof Error ? error.name : typeof error;
  process.stderr.write(
    errorLine(`unexpected error (${name}); run with HUSHLINK_DEBUG=1 for details, and please report it.`),
  );
  return EXIT_INTERNAL;
}
