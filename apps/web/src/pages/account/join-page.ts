import { inviteTokenSchema } from '@hushlink/protocol';
import { currentFragment, forgetFragment } from '../../routes.ts';
import { currentUser, loadSession } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { focusHeading } from '../../ui/focus.ts';
import { internalLink } from '../../ui/navigation.ts';
import { showNotice } from '../notice-view.ts';
import { t } from './account-text.ts';
import { newAccountForm } from './new-account-form.ts';

/**
 * `/join#TOKEN`: creates an account with an invite. The token is in the fragment, so it reaches the server only
 * inside the registration request, and it leaves the address bar once the account exists.
 */
export async function showJoinPage(view: HTMLElement): Promise<void> {
  const token = currentFragment();
  if (!inviteTokenSchema.safeParse(token).success) {
    showNotice(view, {
      title: t('inviteIncompleteTitle'),
      message: t('inviteIncomplete'),
    });
    return;
  }
  const user = await loadSession();
  if (user) {
    render(
      view,
      h('h1', {}, t('joinTitle')),
      h(
        'p',
        { class: 'notice', 'data-notice': '' },
        t('joinSignedIn', { displayName: user.displayName, name: user.name }),
      ),
    );
    return;
  }
  render(
    view,
    h('h1', {}, t('joinTitle')),
    h('p', { class: 'lede' }, t('joinLede')),
    newAccountForm(token, () => showWelcome(view)),
  );
}

function showWelcome(view: HTMLElement): void {
  // The invite is used up: it has no business in the address bar or the history any more.
  forgetFragment();
  const user = currentUser();
  const heading = h('h1', {}, user ? t('welcomeName', { displayName: user.displayName }) : t('welcome'));
  render(
    view,
    heading,
    h('p', { class: 'lede' }, t('welcomeLede')),
    h('p', {}, internalLink('/', t('shareASecret')), ' · ', internalLink('/account', t('yourAccount'))),
  );
  focusHeading(heading);
}
