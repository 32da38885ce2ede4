import { type AdminUser, listUsers } from '../../api/admin.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { describeError } from '../../describe-error.ts';
import { setSignedOut } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { userCards } from './admin-users-section.ts';
import { auditSection } from './audit-section.ts';
import { type AccountOnlyPage, requireAccount, showSignInNeeded } from './require-account.ts';

const PAGE: AccountOnlyPage = { title: 'Admin', purpose: 'manage the people on this Hushlink' };

/**
 * `/admin`: the people on this instance (role, state, passkeys and API tokens, last sign-in, and what an admin
 * can change) and the audit log. The server decides who is an admin; anyone else is told so.
 */
export async function showAdminPage(view: HTMLElement): Promise<void> {
  const signedIn = await requireAccount(view, PAGE);
  if (!signedIn) return;
  const me = signedIn;
  const sessionLost = (error: unknown): boolean => {
    if (!(error instanceof ApiRequestError && error.code === 'sign_in_required')) return false;
    setSignedOut();
    showSignInNeeded(view, PAGE);
    return true;
  };

  let users: AdminUser[];
  try {
    users = await listUsers();
  } catch (error) {
    if (sessionLost(error)) return;
    const forbidden = error instanceof ApiRequestError && error.code === 'forbidden';
    render(
      view,
      h('h1', {}, 'Admin'),
      h(
        'p',
        { class: 'notice', 'data-notice': '' },
        forbidden ? 'Only admins of this Hushlink can see this page.' : describeError(error),
      ),
    );
    return;
  }

  const status = createStatusLine();
  const cards = h('div', {});
  async function reload(): Promise<void> {
    draw(await listUsers());
  }
  function draw(list: AdminUser[]): void {
    cards.replaceChildren(userCards({ users: list, me, sessionLost, status, reload }));
  }
  draw(users);
  render(
    view,
    h('h1', {}, 'Admin'),
    h(
      'p',
      { class: 'lede' },
      'The people on this Hushlink, their passkeys, API tokens and sessions, and the audit log.',
    ),
    h(
      'section',
      { 'aria-labelledby': 'people-heading' },
      h('h2', { id: 'people-heading' }, 'People'),
      status.element,
      cards,
    ),
    auditSection(users, sessionLost),
  );
}
