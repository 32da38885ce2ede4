import { CliError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import {
  COMPLETION_SHELLS,
  type CompletionShell,
  completionScript,
  optionsInHelp,
} from '../completion-scripts.ts';
import { writeStdout } from '../output.ts';

const HELP = `Usage: hushlink completion SHELL

Prints a completion script for SHELL (${COMPLETION_SHELLS.join(', ')}): commands, their options, and file names.

  bash   source <(hushlink completion bash)          (in ~/.bashrc)
  zsh    source <(hushlink completion zsh)           (in ~/.zshrc, after compinit)
  fish   hushlink completion fish > ~/.config/fish/completions/hushlink.fish`;

/** `hushlink completion SHELL`, completing the commands `commands()` gives (read when it runs). */
export function completionCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'completion',
    summary: 'print a shell completion script (bash, zsh, fish)',
    help: HELP,
    async run(args) {
      const [shell, ...rest] = args;
      if (shell === undefined || rest.length > 0) {
        throw new CliError(
          'usage',
          'completion takes one shell: bash, zsh or fish; see `hushlink completion --help`.',
        );
      }
      if (!(COMPLETION_SHELLS as readonly string[]).includes(shell)) {
        throw new CliError(
          'usage',
          `No completion for the shell ${JSON.stringify(shell)}; use bash, zsh or fish.`,
        );
      }
      const completed = commands().map((command) => ({
        name: command.name,
        summary: command.summary,
        options: optionsInHelp(command.help),
      }));
      await writeStdout(completionScript(shell as CompletionShell, completed));
    },
  };
}
