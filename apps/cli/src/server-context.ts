import { CliError } from './cli-error.ts';
import { configPath, readConfig } from './config-store.ts';

/** The server used when neither `--server`, `HUSHLINK_SERVER` nor a login names one: `npm start`'s address. */
export const DEFAULT_SERVER = 'http://localhost:8787';

/** A personal API token and the one origin it may be sent to. */
export interface Credentials {
  origin: string;
  token: string;
}

/** Which server a command talks to, and with which token. */
export interface ServerContext {
  /** The origin commands use when no link names one. */
  server: string;
  /** The API token for `server`, if any: from `HUSHLINK_TOKEN`, or saved by `hushlink login` for this server. */
  credentials: Credentials | null;
}

/**
 * A server URL as an origin (`https://host[:port]`). Hushlink serves its pages and API at the root of its
 * origin, so a path other than `/` is refused rather than silently dropped.
 *
 * @throws CliError `usage` for anything but an http(s) URL without a path, query or fragment.
 */
export function normalizeServer(text: string, source: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CliError('usage', `${source} is not a URL: ${JSON.stringify(text)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CliError('usage', `${source} must be an http:// or https:// URL.`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new CliError(
      'usage',
      `${source} must be the server's address only, like https://secrets.example.com.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new CliError('usage', `${source} must not contain a user name or password.`);
  }
  return url.origin;
}

/**
 * Resolves the server (`--server`, else `HUSHLINK_SERVER`, else the server saved by `hushlink login`, else
 * `DEFAULT_SERVER`) and the token for it (`HUSHLINK_TOKEN`, else the saved token if it was saved for this very
 * server). A token is never paired with another origin: commands send it only where `credentials.origin` says,
 * so a link to some other server cannot collect it.
 *
 * @throws CliError `usage` for a malformed server URL; `io` for a config file that cannot be read.
 */
export async function resolveServerContext(
  serverFlag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  path: string = configPath(),
): Promise<ServerContext> {
  const saved = await readConfig(path);
  let server: string;
  if (serverFlag !== undefined) server = normalizeServer(serverFlag, '--server');
  else if (env.HUSHLINK_SERVER) server = normalizeServer(env.HUSHLINK_SERVER, 'HUSHLINK_SERVER');
  else if (saved) server = normalizeServer(saved.server, 'The saved server');
  else server = DEFAULT_SERVER;
  const envToken = env.HUSHLINK_TOKEN?.trim();
  if (envToken) return { server, credentials: { origin: server, token: envToken } };
  if (saved && normalizeServer(saved.server, 'The saved server') === server) {
    return { server, credentials: { origin: server, token: saved.token } };
  }
  return { server, credentials: null };
}

/** The token to send to `origin`, or `undefined` when the credentials are for another server (or absent). */
export function tokenFor(context: ServerContext, origin: string): string | undefined {
  return context.credentials?.origin === origin ? context.credentials.token : undefined;
}

/**
 * The token for `origin`, for commands that need an account.
 *
 * @throws CliError `auth` with what to run when there is no token for that server.
 */
export function requireToken(context: ServerContext, origin: string, why: string): string {
  const token = tokenFor(context, origin);
  if (token !== undefined) return token;
  const other = context.credentials ? ` (you are logged in to ${context.credentials.origin})` : '';
  throw new CliError(
    'auth',
    `${why} needs you to be logged in to ${origin}${other}: run \`hushlink login --server ${origin}\`.`,
  );
}
