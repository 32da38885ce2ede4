/** The pages of the client, chosen by `location.pathname`. */
export type Route =
  | { page: 'create' }
  | { page: 'reveal'; id: string }
  | { page: 'manage'; id: string }
  | { page: 'request'; id: string }
  | { page: AccountPage }
  | { page: 'not-found' };

/** The pages about accounts, loaded on demand (their code is not part of the first load). */
export type AccountPage = 'sign-in' | 'join' | 'links' | 'account' | 'admin';

const ACCOUNT_PATHS: ReadonlyMap<string, AccountPage> = new Map([
  ['/signin', 'sign-in'],
  ['/join', 'join'],
  ['/links', 'links'],
  ['/account', 'account'],
  ['/admin', 'admin'],
]);

const SECRET_PATH = /^\/([smr])\/([^/]*)\/?$/;

/**
 * The route for a path. The id is returned as found (decoded); the page checks it, so a damaged link gets a
 * message about the link rather than a generic "not found".
 */
export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'create' };
  const accountPage = ACCOUNT_PATHS.get(pathname.replace(/\/$/, ''));
  if (accountPage) return { page: accountPage };
  const match = SECRET_PATH.exec(pathname);
  if (!match) return { page: 'not-found' };
  const id = safeDecode(match[2] ?? '');
  if (match[1] === 'r') return { page: 'request', id };
  return match[1] === 's' ? { page: 'reveal', id } : { page: 'manage', id };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The link a recipient opens: `ORIGIN/s/ID#KEY`. The key is in the fragment, which browsers never send. */
export function revealLink(origin: string, id: string, linkKey: string): string {
  return `${origin}/s/${id}#${linkKey}`;
}

/** The creator's link to revoke: `ORIGIN/m/ID#TOKEN`, token in the fragment so it never reaches server logs. */
export function manageLink(origin: string, id: string, manageToken: string): string {
  return `${origin}/m/${id}#${manageToken}`;
}

/** An invite: `ORIGIN/join#TOKEN`, the token in the fragment like a link key. */
export function joinLink(origin: string, token: string): string {
  return `${origin}/join#${token}`;
}

/** The current fragment without its `#` (empty when there is none). */
export function currentFragment(): string {
  return location.hash.slice(1);
}

/** Removes the fragment from the address bar and the history entry, keeping the path. */
export function forgetFragment(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/**
 * `forgetFragment` once the next frame has painted, or after 100 ms when no frame comes (a hidden tab). The
 * same-document navigation it makes costs the page a style pass, and Chromium then fetches and decodes the favicon
 * again: done right after the reveal response, that ran between the response and the secret on screen.
 */
export function forgetFragmentAfterPaint(): void {
  let forgotten = false;
  const forget = () => {
    if (forgotten) return;
    forgotten = true;
    forgetFragment();
  };
  requestAnimationFrame(() => setTimeout(forget, 0));
  setTimeout(forget, 100);
}
