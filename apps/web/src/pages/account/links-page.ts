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
import { t } from './links-text.ts';
import { requestsSection } from './requests-section.ts';
import { type AccountOnlyPage, requireAccount, showSignInNeeded } from './require-account.ts';

/** My links, as its signed-out version names it (in the page's language when it is shown). */
function linksPage(): AccountOnlyPage {
  return { title: t('title'), purpose: t('purpose') };
}

const STATES = {
  active: 'stateActive',
  used: 'stateUsed',
  revoked: 'stateRevoked',
  expired: 'stateExpired',
} as const satisfies Record<MySecret['state'], string>;

/** Who opened a link: the account, or (for `link` access, opened without signing in) the address and browser. */
function viewer(view: MySecret['views'][number]): HTMLElement {
  if (view.user)
    return h('span', {}, t('person', { displayName: view.user.displayName, name: view.user.name }));
  return h(
    'span',
    { title: view.userAgent ?? '' },
    `${view.ip ?? t('unknownAddress')} · ${describeUserAgent(view.userAgent)}`,
  );
}

function openedCell(link: MySecret): HTMLElement {
  if (link.views.length === 0) return h('span', { class: 'meta' }, t('notOpened'));
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
  if (!(await requireAccount(view, linksPage()))) return;
  const status = createStatusLine();
  const toolbar = h('div', { class: 'toolbar' });
  const content = h('div', {});
  const heading = h('h1', {}, t('title'));
  render(
    view,
    heading,
    h('p', { class: 'lede' }, t('lede')),
    toolbar,
    status.element,
    content,
    requestsSection(failed),
  );

  function failed(error: unknown): void {
    if (error instanceof ApiRequestError && error.code === 'sign_in_required') {
      setSignedOut();
      showSignInNeeded(view, linksPage());
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
            t('revokeAll'),
          )
        : '',
    );
    if (links.length === 0) {
      content.replaceChildren(
        h('p', { class: 'card' }, ...t.nodes('noLinks', { link: internalLink('/', t('shareASecret')) })),
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
          h('caption', { class: 'visually-hidden' }, t('caption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(
                [
                  'colCreated',
                  'colWho',
                  'colState',
                  'colViews',
                  'colExpires',
                  'colOpenedBy',
                  'colActions',
                ] as const
              ).map((title) => h('th', { scope: 'col' }, t(title))),
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
          'aria-label': t('revokeLabel', { time: dateTimeElement(link.createdAt).textContent ?? '' }),
          on: { click: () => void revoke(link, actions, button) },
        },
        t('revoke'),
      );
      actions.append(button);
    }
    const notify = link.notifyOnOpen ? h('div', { class: 'meta' }, t('notifies')) : null;
    // A named network's name is the admin's, not the page's: it goes before the ranges it stands for.
    const named = link.allowedNetworks?.length ? `${link.allowedNetworks.join(', ')}: ` : '';
    const ranges = link.allowedRanges?.length
      ? h('div', { class: 'meta' }, t('onlyFrom', { ranges: `${named}${link.allowedRanges.join(', ')}` }))
      : null;
    return h(
      'tr',
      { 'data-secret-id': link.id },
      h('td', {}, dateTimeElement(link.createdAt)),
      h('td', {}, accessSummary(link.access, link.recipients), notify, ranges),
      h('td', {}, h('span', { class: `badge badge-${link.state}` }, t(STATES[link.state]))),
      h('td', { class: 'nowrap' }, t('views', { used: link.viewsUsed, left: link.viewsLeft })),
      h('td', {}, link.state === 'active' ? timeElement(link.expiresAt) : dateTimeElement(link.expiresAt)),
      h('td', {}, openedCell(link)),
      actions,
    );
  }

  async function revoke(link: MySecret, slot: HTMLElement, button: HTMLButtonElement): Promise<void> {
    const confirmed = await askToConfirm(
      slot,
      { question: t('revokeQuestion'), confirm: t('yesRevoke') },
      button,
    );
    if (!confirmed) return;
    status.info(t('revoking'));
    try {
      await revokeMyLink(link.id);
      status.info(t('revoked'));
    } catch (error) {
      if (!(error instanceof ApiRequestError && error.code === 'not_found')) {
        failed(error);
        return;
      }
      status.info(t('alreadyGone'));
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
        question: t('revokeAllQuestion'),
        confirm: t('yesRevokeAll'),
      },
      button,
    );
    if (!confirmed) return;
    status.info(t('revoking'));
    try {
      const revoked = await revokeAllMyLinks();
      status.info(t('revokedCount', { count: revoked }));
    } catch (error) {
      failed(error);
      return;
    }
    await load();
    focusHeading(heading);
  }

  await load();
}
