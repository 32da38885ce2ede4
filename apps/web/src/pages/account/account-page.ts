import { ApiRequestError } from '../../api/api-request-error.ts';
import { getMe } from '../../api/session.ts';
import { describeError } from '../../describe-error.ts';
import { message } from '../../messages.ts';
import { setSignedIn, setSignedOut } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { showNotice } from '../notice-view.ts';
import { t } from './account-text.ts';
import { cliSigningKeysSection } from './cli-signing-keys-section.ts';
import { inviteSection } from './invite-section.ts';
import { passkeysSection } from './passkeys-section.ts';
import { type AccountOnlyPage, showSignInNeeded } from './require-account.ts';
import { sessionsSection } from './sessions-section.ts';
import { tokensSection } from './tokens-section.ts';

/** The account page, as its signed-out version names it (in the page's language when it is shown). */
function accountPage(): AccountOnlyPage {
  return { title: t('yourAccount'), purpose: t('accountPurpose') };
}

/** `/account`: my passkeys, where I am signed in, my API tokens, and invites (for admins and members). */
export async function showAccountPage(view: HTMLElement): Promise<void> {
  let me: Awaited<ReturnType<typeof getMe>>;
  try {
    me = await getMe();
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === 'sign_in_required') {
      setSignedOut();
      showSignInNeeded(view, accountPage());
    } else {
      showNotice(view, { title: message('somethingWrong'), message: describeError(error) });
    }
    return;
  }
  setSignedIn(me.user);
  const sessionLost = (error: unknown): boolean => {
    if (!(error instanceof ApiRequestError && error.code === 'sign_in_required')) return false;
    setSignedOut();
    showSignInNeeded(view, accountPage());
    return true;
  };
  render(
    view,
    h('h1', {}, t('yourAccount')),
    h(
      'p',
      { class: 'lede' },
      t('signedInAsRole', { displayName: me.user.displayName, name: me.user.name, role: me.user.role }),
    ),
    passkeysSection(me.passkeys, sessionLost),
    cliSigningKeysSection(sessionLost),
    sessionsSection(sessionLost),
    tokensSection(sessionLost),
    inviteSection(me.user.role, sessionLost),
  );
}
