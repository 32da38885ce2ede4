import { describePasskeyError, signInWithPasskey } from '../../passkeys/index.ts';
import { loadInstance, loadSession } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { internalLink, navigate } from '../../ui/navigation.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './account-text.ts';
import { newAccountForm } from './new-account-form.ts';

/** Where to go after signing in: `?next=` when it is a path of this site, else the home page. */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next') ?? '';
  return /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/';
}

/**
 * `/signin`: "Sign in with a passkey" (username-less: the device offers the passkeys it holds for this site).
 * On an instance with no account yet, the form that creates the first one, which becomes the admin; with open
 * registration, also a form for a new account.
 */
export async function showSignInPage(view: HTMLElement): Promise<void> {
  const [user, instance] = await Promise.all([loadSession(), loadInstance().catch(() => null)]);
  if (instance && !instance.bootstrapped) {
    render(
      view,
      h('h1', {}, t('firstAccountTitle')),
      h('p', { class: 'lede' }, t('firstAccountLede')),
      newAccountForm(null, () => navigate('/account')),
    );
    return;
  }
  const heading = h('h1', {}, t('signIn'));
  if (user) {
    render(
      view,
      heading,
      h('p', { class: 'lede' }, t('signedInAs', { displayName: user.displayName, name: user.name })),
      h('p', {}, internalLink('/', t('shareASecret')), ' · ', internalLink('/links', t('myLinks'))),
    );
    return;
  }
  const status = createStatusLine();
  let busy = false;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      on: {
        click: () => {
          if (busy) return;
          busy = true;
          status.info(t('waitingForPasskey'));
          signInWithPasskey().then(
            () => navigate(nextPath()),
            (error: unknown) => {
              busy = false;
              status.error(describePasskeyError(error));
            },
          );
        },
      },
    },
    t('signInWithPasskey'),
  );
  render(
    view,
    heading,
    h('p', { class: 'lede' }, t('signInLede')),
    h('section', { class: 'card' }, h('div', { class: 'actions' }, button), status.element),
    instance?.openRegistration
      ? h(
          'section',
          { 'aria-labelledby': 'new-account-heading' },
          h('h2', { id: 'new-account-heading' }, t('newHere')),
          newAccountForm(null, () => navigate('/')),
        )
      : h('p', { class: 'hint' }, t('byInvitation')),
  );
}
