import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshHome, runCli, stderrLines } from './support/run-cli.ts';

const COMMANDS = ['share', 'get', 'revoke', 'status', 'login', 'logout'];
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe.concurrent('help and version', () => {
  it('prints the overview with every command and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    for (const code of [0, 1, 2, 3, 4, 5, 6, 7]) expect(run.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it.each(COMMANDS)('prints the help of %s with --help, -h and `hushlink help`', async (command) => {
    const home = freshHome();
    const runs = await Promise.all([
      runCli([command, '--help'], { home }),
      runCli([command, '-h'], { home }),
      runCli(['help', command], { home }),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(new RegExp(`^Usage: hushlink ${command}`));
    }
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
  });

  it('prints the version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`hushlink ${version}\n`);
  });

  it('exits 1 with one line for an unknown command or option, and shows help with no command', async () => {
    const unknown = await runCli(['shar']);
    expect(unknown.code).toBe(1);
    expect(stderrLines(unknown)).toEqual(['hushlink: Unknown command "shar"; see `hushlink --help`.']);
    const option = await runCli(['get', '--frobnicate']);
    expect(option.code).toBe(1);
    expect(stderrLines(option)).toEqual([
      'hushlink: Unknown option --frobnicate; see `hushlink get --help`.',
    ]);
    // One link id in 64 begins with '-': the error says how to pass it rather than only that the option is unknown.
    const dashed = await runCli(['revoke', '-AbCdEfGhIjKlMnOpQrStUv']);
    expect(dashed.code).toBe(1);
    expect(stderrLines(dashed)).toEqual([
      'hushlink: Unknown option -A (an id that begins with "-" goes after --: `hushlink revoke -- ID`); see `hushlink revoke --help`.',
    ]);
    const none = await runCli([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^Usage: hushlink COMMAND/);
  });
});
