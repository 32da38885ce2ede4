import type { PublicUser } from '@hushlink/protocol';
import { loadSession } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { internalLink } from '../../ui/navigation.ts';
import { t } from './account-text.ts';

/** A page that needs an account, as its signed-out version names it. */
export interface AccountOnlyPage {
  title: string;
  /** What signing in lets the person do here, e.g. "see the links you created". */
  purpose: string;
}

/** The sign-in page's address that comes back to the current page afterwards. */
export function signInPath(): string {
  return `/signin?${new URLSearchParams({ next: location.pathname })}`;
}

/** Replaces the page with "Sign in with your passkey to …" and a link to sign in that comes back here. */
export function showSignInNeeded(view: HTMLElement, page: AccountOnlyPage): void {
  render(
    view,
    h('h1', {}, page.title),
    h(
      'section',
      { class: 'card' },
      h('p', { 'data-notice': '' }, t('signInTo', { purpose: page.purpose })),
      h('p', {}, internalLink(signInPath(), t('signIn'), { class: 'button-link primary' })),
    ),
  );
}

/**
 * The signed-in account, asking the server (this page needs an answer, whatever this browser remembers); when
 * signed out, shows `showSignInNeeded` and resolves null.
 */
export async function requireAccount(view: HTMLElement, page: AccountOnlyPage): Promise<PublicUser | null> {
  const user = await loadSession({ ask: true });
  if (!user) showSignInNeeded(view, page);
  return user;
}
