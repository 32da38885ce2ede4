import { ApiRequestError } from '../../api/api-request-error.ts';
import { getMe } from '../../api/session.ts';
import { describeError } from '../../describe-error.ts';
import { message } from '../../messages.ts';
import { setSignedIn, setSignedOut } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { showNotice } from '../notice-view.ts';
import { cliSigningKeysSection } from './cli-signing-keys-section.ts';
import { inviteSection } from './invite-section.ts';
import { passkeysSection } from './passkeys-section.ts';
import { type AccountOnlyPage, showSignInNeeded } from './require-account.ts';
import { sessionsSection } from './sessions-section.ts';
import { tokensSection } from './tokens-section.ts';

const PAGE: AccountOnlyPage = {
  title: 'Your account',
  purpose: 'see your passkeys, sessions, API tokens and invites',
};

const ROLE_NAMES = { admin: 'an admin', member: 'a member', guest: 'a guest' } as const;

/** `/account`: my passkeys, where I am signed in, my API tokens, and invites (for admins and members). */
export async function showAccountPage(view: HTMLElement): Promise<void> {
  let me: Awaited<ReturnType<typeof getMe>>;
  try {
    me = await getMe();
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === 'sign_in_required') {
      setSignedOut();
      showSignInNeeded(view, PAGE);
    } else {
      showNotice(view, { title: message('somethingWrong'), message: describeError(error) });
    }
    return;
  }
  setSignedIn(me.user);
  const sessionLost = (error: unknown): boolean => {
    if (!(error instanceof ApiRequestError && error.code === 'sign_in_required')) return false;
    setSignedOut();
    showSignInNeeded(view, PAGE);
    return true;
  };
  render(
    view,
    h('h1', {}, 'Your account'),
    h(
      'p',
      { class: 'lede' },
      `Signed in as ${me.user.displayName} (@${me.user.name}), ${ROLE_NAMES[me.user.role]} of this Hushlink.`,
    ),
    passkeysSection(me.passkeys, sessionLost),
    cliSigningKeysSection(sessionLost),
    sessionsSection(sessionLost),
    tokensSection(sessionLost),
    inviteSection(me.user.role, sessionLost),
  );
}
