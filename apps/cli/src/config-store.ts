import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { CliError } from './cli-error.ts';
import { describeFsError, errorCode } from './fs-error.ts';

/**
 * What `hushlink login` saves: the server, a personal API token (`ID.SECRET`) for it, and the 32-byte seed of the
 * Ed25519 key that signs what `share --to` seals (base64url; registered to the account with that token). A config
 * written before signing keys has no seed; `hushlink login` again adds one.
 */
export const storedConfigSchema = z.object({
  server: z.string().max(2048),
  token: z.string().max(256),
  signingSeed: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional(),
});

/** What `hushlink login` saves. */
export type StoredConfig = z.infer<typeof storedConfigSchema>;

/** Where the config lives depends on these; the defaults are the process's own. */
export interface ConfigEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
}

const FILE_NAME = 'config.json';

function processEnvironment(): ConfigEnvironment {
  return { env: process.env, platform: process.platform, home: homedir() };
}

/**
 * The config file's path: `$XDG_CONFIG_HOME/hushlink/config.json` when that is set (to an absolute path, as the
 * XDG spec requires), else `~/Library/Application Support/hushlink` on macOS, `%APPDATA%\hushlink` on Windows,
 * and `~/.config/hushlink` elsewhere.
 */
export function configPath(where: ConfigEnvironment = processEnvironment()): string {
  const xdg = where.env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'hushlink', FILE_NAME);
  switch (where.platform) {
    case 'darwin':
      return join(where.home, 'Library', 'Application Support', 'hushlink', FILE_NAME);
    case 'win32':
      return join(where.env.APPDATA ?? join(where.home, 'AppData', 'Roaming'), 'hushlink', FILE_NAME);
    default:
      return join(where.home, '.config', 'hushlink', FILE_NAME);
  }
}

/**
 * Reads the saved config, or `null` when there is none.
 *
 * @throws CliError `io` when the file cannot be read or is not a config this version wrote.
 */
export async function readConfig(path: string = configPath()): Promise<StoredConfig | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new CliError('io', `Could not read ${path}: ${describeFsError(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = storedConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new CliError('io', `${path} is damaged; run \`hushlink logout\`, then \`hushlink login\` again.`);
  }
  return parsed.data;
}

/**
 * Saves the config with mode 0600 in a directory with mode 0700, replacing the old file atomically (a temporary
 * file in the same directory, fsynced, then renamed), so a crash never leaves a half-written token or signing key behind.
 *
 * @throws CliError `io` when the directory or the file cannot be written.
 */
export async function writeConfig(config: StoredConfig, path: string = configPath()): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `.${FILE_NAME}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    // mkdir leaves an existing directory's mode alone; this one holds a credential, so tighten it.
    await chmod(directory, 0o700);
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(config, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The umask can only remove bits from 0600, but be explicit about what the file must be.
    await chmod(temporary, 0o600);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError('io', `Could not save the login to ${path}: ${describeFsError(error)}.`);
  }
}

/**
 * Deletes the saved config. Returns whether there was one.
 *
 * @throws CliError `io` when it exists but cannot be deleted.
 */
export async function deleteConfig(path: string = configPath()): Promise<boolean> {
  try {
    await rm(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw new CliError('io', `Could not delete ${path}: ${describeFsError(error)}.`);
  }
}
