/** One `hushlink` subcommand. */
export interface Command {
  /** What is typed after `hushlink`. */
  name: string;
  /** One line for `hushlink --help`. */
  summary: string;
  /** The full text of `hushlink NAME --help`. */
  help: string;
  /**
   * Runs the command with the arguments after its name.
   *
   * @throws CliError for every expected failure; anything else is a bug.
   */
  run(args: string[]): Promise<void>;
}

/** Options every command takes; each command adds its own. */
export const COMMON_OPTIONS = {
  server: { type: 'string' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The lines of help every command shares. */
export const COMMON_HELP = `  --server URL       the Hushlink server (default: HUSHLINK_SERVER, else the server you logged in
                     to, else http://localhost:8787)
  --json             print the result as JSON for scripts
  -q, --quiet        print nothing but the result
  -h, --help         show this help`;
