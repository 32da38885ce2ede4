import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, stderrLines } from './support/run-cli.ts';
import { tempDir } from './support/temp-dir.ts';

/** Runs `script` in bash with the completion script sourced, and returns what it printed. */
function bash(completion: string, script: string): string {
  const file = join(tempDir('hushlink-completion-'), 'hushlink.bash');
  writeFileSync(file, completion);
  const result = spawnSync('bash', ['-c', `source ${file}\n${script}`], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe.concurrent('hushlink completion', () => {
  it('writes a bash script that completes commands, then the chosen command’s options', async () => {
    const run = await runCli(['completion', 'bash']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const words = (line: string, index: number) =>
      bash(
        run.stdout,
        `COMP_WORDS=(${line}); COMP_CWORD=${index}; _hushlink; echo "\${COMPREPLY[*]}"`,
      ).trim();
    expect(words('hushlink s', 1)).toBe('share status');
    expect(words('hushlink share --ex', 2)).toBe('--expires');
    expect(words('hushlink get --outp', 2)).toBe('--output');
    // The option of one command is not offered for another.
    expect(words('hushlink logout --ex', 2)).toBe('');
  });

  it('writes zsh and fish scripts naming every command', async () => {
    const [zsh, fish] = await Promise.all([runCli(['completion', 'zsh']), runCli(['completion', 'fish'])]);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef hushlink\n/);
    expect(fish.code).toBe(0);
    for (const command of ['share', 'get', 'revoke', 'status', 'login', 'logout']) {
      expect(zsh.stdout).toContain(`    ${command}) opts=(`);
      expect(fish.stdout).toContain(`complete -c hushlink -n __fish_use_subcommand -a ${command} -d `);
    }
    expect(fish.stdout).toContain("complete -c hushlink -n '__fish_seen_subcommand_from share' -l expires");
  });

  it('refuses an unknown or missing shell in one line, exit 1', async () => {
    for (const args of [['completion', 'tcsh'], ['completion'], ['completion', 'bash', 'zsh']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(stderrLines(run)).toHaveLength(1);
      expect(run.stderr).toMatch(/^hushlink: .*bash, zsh or fish/);
    }
  });
});
