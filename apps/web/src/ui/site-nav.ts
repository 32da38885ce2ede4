import type { PublicUser } from '@hushlink/protocol';
import { message } from '../messages.ts';
import { h } from './element.ts';
import { internalLink } from './navigation.ts';

/** What the header's navigation shows and does. */
export interface SiteNavState {
  /** The signed-in account, or null. */
  user: PublicUser | null;
  /** The current path, marked `aria-current="page"`. */
  pathname: string;
  /** Signs out; resolves false when the server could not be reached. */
  signOut(): Promise<boolean>;
}

function navLink(path: string, text: string, current: string): HTMLLIElement {
  const link = internalLink(path, text);
  if (path === current) link.setAttribute('aria-current', 'page');
  return h('li', {}, link);
}

/**
 * Renders the header's navigation: "Sign in" when signed out; otherwise the account's pages ("Admin" for admins
 * only, a convenience: the server refuses everyone else) and "Sign out".
 */
export function renderSiteNav(nav: HTMLElement, state: SiteNavState): void {
  const { user, pathname } = state;
  if (!user) {
    nav.replaceChildren(h('ul', {}, navLink('/signin', message('navSignIn'), pathname)));
    return;
  }
  const signOutButton = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      on: {
        click: () => {
          signOutButton.disabled = true;
          void state.signOut().then((done) => {
            signOutButton.disabled = false;
            if (!done) signOutButton.textContent = message('signOutRetry');
          });
        },
      },
    },
    message('signOut'),
  );
  nav.replaceChildren(
    h(
      'ul',
      {},
      navLink('/', message('navNewSecret'), pathname),
      navLink('/links', message('navMyLinks'), pathname),
      navLink('/account', message('navAccount'), pathname),
      user.role === 'admin' ? navLink('/admin', message('navAdmin'), pathname) : null,
      h(
        'li',
        { class: 'nav-user' },
        h('span', { title: message('navSignedInAs', { name: user.name }) }, user.displayName),
      ),
      h('li', {}, signOutButton),
    ),
  );
}
