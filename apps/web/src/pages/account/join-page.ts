import { inviteTokenSchema } from '@hushlink/protocol';
import { currentFragment, forgetFragment } from '../../routes.ts';
import { currentUser, loadSession } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { focusHeading } from '../../ui/focus.ts';
import { internalLink } from '../../ui/navigation.ts';
import { showNotice } from '../notice-view.ts';
import { newAccountForm } from './new-account-form.ts';

/**
 * `/join#TOKEN`: creates an account with an invite. The token is in the fragment, so it reaches the server only
 * inside the registration request, and it leaves the address bar once the account exists.
 */
export async function showJoinPage(view: HTMLElement): Promise<void> {
  const token = currentFragment();
  if (!inviteTokenSchema.safeParse(token).success) {
    showNotice(view, {
      title: 'This invite link is incomplete',
      message:
        'This invite link is incomplete: the part after # is missing or damaged. Ask for the whole link again.',
    });
    return;
  }
  const user = await loadSession();
  if (user) {
    render(
      view,
      h('h1', {}, 'Join this Hushlink'),
      h(
        'p',
        { class: 'notice', 'data-notice': '' },
        `You are signed in as ${user.displayName} (@${user.name}). To create another account with this invite, sign out first.`,
      ),
    );
    return;
  }
  render(
    view,
    h('h1', {}, 'Join this Hushlink'),
    h(
      'p',
      { class: 'lede' },
      'You were invited. Choose a user name; your device then creates a passkey for this site, so there is no password to remember or to leak.',
    ),
    newAccountForm(token, () => showWelcome(view)),
  );
}

function showWelcome(view: HTMLElement): void {
  // The invite is used up: it has no business in the address bar or the history any more.
  forgetFragment();
  const user = currentUser();
  const heading = h('h1', {}, `Welcome${user ? `, ${user.displayName}` : ''}`);
  render(
    view,
    heading,
    h(
      'p',
      { class: 'lede' },
      'Your account is ready, with a passkey on this device. Open the links people send you, or share a secret of your own.',
    ),
    h('p', {}, internalLink('/', 'Share a secret'), ' · ', internalLink('/account', 'Your account')),
  );
  focusHeading(heading);
}
