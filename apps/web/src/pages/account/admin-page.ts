import { type AdminUser, listUsers } from '../../api/admin.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { describeError } from '../../describe-error.ts';
import { setSignedOut } from '../../session.ts';
import { h, render } from '../../ui/element.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './admin-text.ts';
import { userCards } from './admin-users-section.ts';
import { auditSection } from './audit-section.ts';
import { auditWebhookSection } from './audit-webhook-section.ts';
import { networksSection } from './networks-section.ts';
import { type AccountOnlyPage, requireAccount, showSignInNeeded } from './require-account.ts';

/** The admin page, as its signed-out version names it (in the page's language when it is shown). */
function adminPage(): AccountOnlyPage {
  return { title: t('title'), purpose: t('purpose') };
}

/**
 * `/admin`: the people on this instance (role, state, passkeys and API tokens, last sign-in, and what an admin
 * can change) and the audit log. The server decides who is an admin; anyone else is told so.
 */
export async function showAdminPage(view: HTMLElement): Promise<void> {
  const signedIn = await requireAccount(view, adminPage());
  if (!signedIn) return;
  const me = signedIn;
  const sessionLost = (error: unknown): boolean => {
    if (!(error instanceof ApiRequestError && error.code === 'sign_in_required')) return false;
    setSignedOut();
    showSignInNeeded(view, adminPage());
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
      h('h1', {}, t('title')),
      h('p', { class: 'notice', 'data-notice': '' }, forbidden ? t('onlyAdmins') : describeError(error)),
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
    h('h1', {}, t('title')),
    h('p', { class: 'lede' }, t('lede')),
    h(
      'section',
      { 'aria-labelledby': 'people-heading' },
      h('h2', { id: 'people-heading' }, t('people')),
      status.element,
      cards,
    ),
    networksSection(sessionLost),
    auditSection(users, sessionLost),
    auditWebhookSection(sessionLost),
  );
}
