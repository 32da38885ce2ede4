/** What a completion script knows of one command: its name, its one-line summary and its `--options`. */
export interface CompletedCommand {
  name: string;
  summary: string;
  options: string[];
}

/** The shells `hushlink completion` writes a script for. */
export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

/** The `--options` a command's help text names, in order, each once. */
export function optionsInHelp(help: string): string[] {
  return [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
}

/** A shell word in single quotes. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The completion script for `shell`: command names first, then the chosen command's options after a `-`, and
 * file names otherwise (shared files, `-o` folders).
 */
export function completionScript(shell: CompletionShell, commands: readonly CompletedCommand[]): string {
  const names = commands.map((command) => command.name).join(' ');
  if (shell === 'bash') {
    const cases = commands
      .map((command) => `    ${command.name}) opts=${quote(command.options.join(' '))} ;;`)
      .join('\n');
    return `# hushlink completion for bash: add \`source <(hushlink completion bash)\` to ~/.bashrc
_hushlink() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts=''
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W ${quote(`${names} --help --version`)} -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _hushlink hushlink
`;
  }
  if (shell === 'zsh') {
    const described = commands
      .map((command) => `    ${quote(`${command.name}:${command.summary.replace(/:/g, '\\:')}`)}`)
      .join('\n');
    const cases = commands
      .map((command) => `    ${command.name}) opts=(${command.options.map(quote).join(' ')}) ;;`)
      .join('\n');
    return `#compdef hushlink
# hushlink completion for zsh: add \`source <(hushlink completion zsh)\` to ~/.zshrc (after compinit)
_hushlink() {
  local -a commands opts
  commands=(
${described}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case $words[2] in
${cases}
  esac
  if [[ $PREFIX == -* ]]; then
    compadd -- $opts
  else
    _files
  fi
}
compdef _hushlink hushlink
`;
  }
  const lines = commands.flatMap((command) => [
    `complete -c hushlink -n __fish_use_subcommand -a ${command.name} -d ${quote(command.summary)}`,
    ...command.options.map(
      (option) =>
        `complete -c hushlink -n '__fish_seen_subcommand_from ${command.name}' -l ${option.slice(2)}`,
    ),
  ]);
  return `# hushlink completion for fish: hushlink completion fish > ~/.config/fish/completions/hushlink.fish
${lines.join('\n')}
`;
}
