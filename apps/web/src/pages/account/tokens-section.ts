import { type ApiToken, createApiToken, listApiTokens, revokeApiToken } from '../../api/account.ts';
import { describeError } from '../../describe-error.ts';
import { STEP_UP_PROMPT, withStepUp } from '../../passkeys/index.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement, timeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import type { SessionLost } from './passkeys-section.ts';

const DAY = 24 * 60 * 60;
const TOKEN_LIFETIMES = [
  { seconds: 30 * DAY, label: '30 days' },
  { seconds: 90 * DAY, label: '90 days' },
  { seconds: 365 * DAY, label: '1 year' },
] as const;

function tokenState(token: ApiToken): string {
  if (token.revoked) return 'Revoked';
  return Date.parse(token.expiresAt) <= Date.now() ? 'Expired' : 'Active';
}

/**
 * "API tokens": personal tokens for scripts (`Authorization: Bearer`), named and expiring. Creating one needs a
 * step-up (a fresh check with my passkey), asked for in place. A new token is shown once, with Copy; the list
 * never shows a token's secret.
 */
export function tokensSection(sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const list = h('ul', { class: 'item-list', 'aria-label': 'Your API tokens' });
  const created = h('div', {});
  const name = h('input', {
    id: 'token-name',
    type: 'text',
    maxlength: 60,
    placeholder: 'e.g. deploy script',
  });
  const lifetime = h(
    'select',
    { id: 'token-expiry' },
    ...TOKEN_LIFETIMES.map((choice) =>
      h('option', { value: choice.seconds, selected: choice.seconds === 90 * DAY }, choice.label),
    ),
  );

  function report(error: unknown): void {
    if (!sessionLost(error)) status.error(describeError(error));
  }

  async function load(): Promise<void> {
    try {
      const tokens = await listApiTokens();
      list.replaceChildren(
        ...(tokens.length === 0
          ? [h('li', { class: 'meta' }, 'No tokens yet.')]
          : tokens.map((token) => item(token))),
      );
    } catch (error) {
      report(error);
    }
  }

  function item(token: ApiToken): HTMLLIElement {
    const state = tokenState(token);
    const buttons = h('div', { class: 'button-row' });
    if (state === 'Active') {
      const revoke = h(
        'button',
        { type: 'button', class: 'secondary small', 'aria-label': `Revoke ${token.name}` },
        'Revoke',
      );
      revoke.addEventListener('click', () => {
        void askToConfirm(
          buttons,
          { question: `Revoke “${token.name}”? Scripts using it stop working.`, confirm: 'Yes, revoke it' },
          revoke,
        ).then(async (confirmed) => {
          if (!confirmed) return;
          try {
            await revokeApiToken(token.id);
            status.info(`Revoked “${token.name}”.`);
          } catch (error) {
            report(error);
          }
          await load();
        });
      });
      buttons.append(revoke);
    }
    return h(
      'li',
      {},
      h(
        'div',
        {},
        h('strong', { class: 'item-title' }, token.name),
        h(
          'p',
          { class: 'meta' },
          `${state} · created `,
          dateTimeElement(token.createdAt),
          ' · expires ',
          timeElement(token.expiresAt),
          ' · ',
          token.lastUsedAt ? h('span', {}, 'last used ', dateTimeElement(token.lastUsedAt)) : 'never used',
        ),
      ),
      buttons,
    );
  }

  let busy = false;
  async function create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const tokenName = name.value.trim();
    if (tokenName === '') {
      status.error('Give the token a name, so you know later what uses it.');
      name.focus();
      return;
    }
    busy = true;
    try {
      const token = await withStepUp(
        () => createApiToken(tokenName, Number(lifetime.value)),
        () => status.info(STEP_UP_PROMPT),
      );
      const copyStatus = createStatusLine();
      const value = h('input', {
        id: 'new-token',
        type: 'text',
        readonly: true,
        spellcheck: 'false',
        autocomplete: 'off',
      });
      value.value = token.token;
      value.addEventListener('focus', () => value.select());
      created.replaceChildren(
        h(
          'div',
          { class: 'created-box' },
          field({
            label: `New token “${tokenName}”`,
            control: value,
            after: copyButton('Copy token', () => token.token, copyStatus),
            hint: 'Shown only once: copy it now. Send it as "Authorization: Bearer TOKEN".',
          }),
          copyStatus.element,
        ),
      );
      name.value = '';
      status.clear();
      value.focus();
      // The list catches up in the background: the form is free again at once, or a second token asked for while
      // the list reloads would be dropped by the busy check above, with nothing said.
      void load();
    } catch (error) {
      report(error);
    } finally {
      busy = false;
    }
  }

  void load();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'tokens-heading' },
    h('h2', { id: 'tokens-heading' }, 'API tokens'),
    h(
      'p',
      { class: 'hint' },
      'For scripts and the hushlink command. A token acts as you, so keep it like a password.',
    ),
    list,
    h(
      'form',
      { novalidate: true, on: { submit: (event) => void create(event) } },
      h('h3', {}, 'Create a token'),
      h(
        'div',
        { class: 'field-row' },
        field({ label: 'Token name', control: name }),
        field({ label: 'Token expires after', control: lifetime }),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create token')),
      status.element,
    ),
    created,
  );
}
