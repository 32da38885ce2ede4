/** A path the web client answers with its page, in the pattern syntax of the static assets' `_headers` file. */
export interface PageRoute {
  /** An exact path, or a prefix followed by `*` (any rest, the empty one included). */
  pattern: string;
  /** Never indexed by search engines (`X-Robots-Tag: noindex`): secret, manage, request and invite links. */
  noIndex: boolean;
}

const ACCOUNT_PAGES = ['/signin', '/join', '/links', '/account', '/admin'] as const;

/**
 * Every path the web client's router (`apps/web/src/routes.ts`) shows a page for, and only those: the static
 * assets' `_redirects` and `_headers` files on Workers and the Node server's static handler are made from it, so
 * that a page route gets `index.html` on both, and anything else that is not a file (a missing `/assets/…` script
 * above all) gets a 404 instead of the page. The account pages also answer with a trailing slash, as the router
 * does.
 */
export const PAGE_ROUTES: readonly PageRoute[] = [
  { pattern: '/', noIndex: false },
  { pattern: '/index.html', noIndex: false },
  { pattern: '/s/*', noIndex: true },
  { pattern: '/m/*', noIndex: true },
  // A request for a secret: its link carries the requester's public keys and note.
  { pattern: '/r/*', noIndex: true },
  ...ACCOUNT_PAGES.flatMap((path) => [path, `${path}/`]).map((pattern) => ({
    pattern,
    noIndex: pattern.startsWith('/join'),
  })),
];

/** Whether `pathname` (as in the URL, not decoded) is one of `PAGE_ROUTES`. */
export function isPageRoute(pathname: string): boolean {
  return PAGE_ROUTES.some(({ pattern }) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
  );
}
