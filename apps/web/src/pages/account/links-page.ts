import type { MySecret } from '@hushlink/protocol';
import { accessSummary } from '../../access-labels.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { listMyLinks, revokeAllMyLinks, revokeMyLink } from '../../api/my-links.ts';
import { describeError } from '../../describe-error.ts';
import { setSignedOut } from '../../session.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h, render } from '../../ui/element.ts';
import { focusHeading } from '../../ui/focus.ts';
import { dateTimeElement, timeElement } from '../../ui/format-time.ts';
import { internalLink } from '../../ui/navigation.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { describeUserAgent } from '../../ui/user-agent.ts';
import { requestsSection } from './requests-section.ts';
import { type AccountOnlyPage, requireAccount, showSignInNeeded } from './require-account.ts';

const PAGE: AccountOnlyPage = { title: 'My links', purpose: 'see the links you created and who opened them' };

const STATES: Readonly<Record<MySecret['state'], string>> = {
  active: 'Active',
  used: 'Used up',
  revoked: 'Revoked',
  expired: 'Expired',
};

/** Who opened a link: the account, or (for `link` access, opened without signing in) the address and browser. */
function viewer(view: MySecret['views'][number]): HTMLElement {
  if (view.user) return h('span', {}, `${view.user.displayName} (@${view.user.name})`);
  return h(
    'span',
    { title: view.userAgent ?? '' },
    `${view.ip ?? 'unknown address'} · ${describeUserAgent(view.userAgent)}`,
  );
}

function openedCell(link: MySecret): HTMLElement {
  if (link.views.length === 0) return h('span', { class: 'meta' }, 'Not opened');
  return h(
    'ul',
    { class: 'plain-list' },
    ...link.views.map((view) =>
      h('li', {}, viewer(view), h('span', { class: 'meta' }, ' · '), dateTimeElement(view.at)),
    ),
  );
}

/**
 * `/links` ("My links"): every link I created while signed in, with its access, state, views and who opened it
 * when; revoke one or all.
 */
export async function showLinksPage(view: HTMLElement): Promise<void> {
  if (!(await requireAccount(view, PAGE))) return;
  const status = createStatusLine();
  const toolbar = h('div', { class: 'toolbar' });
  const content = h('div', {});
  const heading = h('h1', {}, 'My links');
  render(
    view,
    heading,
    h(
      'p',
      { class: 'lede' },
      'The links you created while signed in: who can open them, who did, and how many views are left. Revoking deletes the encrypted secret at once.',
    ),
    toolbar,
    status.element,
    content,
    requestsSection(failed),
  );

  function failed(error: unknown): void {
    if (error instanceof ApiRequestError && error.code === 'sign_in_required') {
      setSignedOut();
      showSignInNeeded(view, PAGE);
    } else {
      status.error(describeError(error));
    }
  }

  async function load(): Promise<void> {
    let links: MySecret[];
    try {
      links = await listMyLinks();
    } catch (error) {
      failed(error);
      return;
    }
    const active = links.filter((link) => link.state === 'active').length;
    toolbar.replaceChildren(
      active > 0
        ? h(
            'button',
            { type: 'button', class: 'danger', on: { click: (event) => void revokeAll(event) } },
            'Revoke all',
          )
        : '',
    );
    if (links.length === 0) {
      content.replaceChildren(
        h(
          'p',
          { class: 'card' },
          'You have no links yet. ',
          internalLink('/', 'Share a secret'),
          ' while signed in and it appears here.',
        ),
      );
      return;
    }
    content.replaceChildren(
      h(
        'div',
        { class: 'table-wrap card' },
        h(
          'table',
          {},
          h('caption', { class: 'visually-hidden' }, 'My links, newest first'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['Created', 'Who can open it', 'State', 'Views', 'Expires', 'Opened by', 'Actions'].map(
                (title) => h('th', { scope: 'col' }, title),
              ),
            ),
          ),
          h('tbody', {}, ...links.map(row)),
        ),
      ),
    );
  }

  function row(link: MySecret): HTMLTableRowElement {
    const actions = h('td', {});
    if (link.state === 'active') {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          // Every row has one: the name says which link.
          'aria-label': `Revoke the link created ${dateTimeElement(link.createdAt).textContent}`,
          on: { click: () => void revoke(link, actions, button) },
        },
        'Revoke',
      );
      actions.append(button);
    }
    const notify = link.notifyOnOpen ? h('div', { class: 'meta' }, 'Notifies you when opened') : null;
    const ranges = link.allowedRanges?.length
      ? h('div', { class: 'meta' }, `Only from ${link.allowedRanges.join(', ')}`)
      : null;
    return h(
      'tr',
      { 'data-secret-id': link.id },
      h('td', {}, dateTimeElement(link.createdAt)),
      h('td', {}, accessSummary(link.access, link.recipients), notify, ranges),
      h('td', {}, h('span', { class: `badge badge-${link.state}` }, STATES[link.state])),
      h('td', { class: 'nowrap' }, `${link.viewsUsed} used, ${link.viewsLeft} left`),
      h('td', {}, link.state === 'active' ? timeElement(link.expiresAt) : dateTimeElement(link.expiresAt)),
      h('td', {}, openedCell(link)),
      actions,
    );
  }

  async function revoke(link: MySecret, slot: HTMLElement, button: HTMLButtonElement): Promise<void> {
    const confirmed = await askToConfirm(
      slot,
      { question: 'Revoke this link? It stops working at once.', confirm: 'Yes, revoke it' },
      button,
    );
    if (!confirmed) return;
    status.info('Revoking…');
    try {
      await revokeMyLink(link.id);
      status.info('Revoked: the link no longer works.');
    } catch (error) {
      if (!(error instanceof ApiRequestError && error.code === 'not_found')) {
        failed(error);
        return;
      }
      status.info('This link was already gone.');
    }
    await load();
    // The row's buttons are gone; the heading is where the table starts again.
    focusHeading(heading);
  }

  async function revokeAll(event: MouseEvent): Promise<void> {
    const button = event.currentTarget instanceof HTMLButtonElement ? event.currentTarget : undefined;
    const confirmed = await askToConfirm(
      toolbar,
      {
        question: 'Revoke every active link? They stop working at once, for everyone.',
        confirm: 'Yes, revoke all',
      },
      button,
    );
    if (!confirmed) return;
    status.info('Revoking…');
    try {
      const revoked = await revokeAllMyLinks();
      status.info(`Revoked ${revoked} link${revoked === 1 ? '' : 's'}.`);
    } catch (error) {
      failed(error);
      return;
    }
    await load();
    focusHeading(heading);
  }

  await load();
}
