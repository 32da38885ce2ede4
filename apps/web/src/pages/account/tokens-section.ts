import { type ApiToken, createApiToken, listApiTokens, revokeApiToken } from '../../api/account.ts';
import { describeError } from '../../describe-error.ts';
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement, timeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './account-text.ts';
import type { SessionLost } from './passkeys-section.ts';

const DAY = 24 * 60 * 60;
const TOKEN_LIFETIMES = [
  { seconds: 30 * DAY, label: 'days30' },
  { seconds: 90 * DAY, label: 'days90' },
  { seconds: 365 * DAY, label: 'year1' },
] as const;

function tokenState(token: ApiToken): 'tokenRevoked' | 'tokenExpired' | 'tokenActive' {
  if (token.revoked) return 'tokenRevoked';
  return Date.parse(token.expiresAt) <= Date.now() ? 'tokenExpired' : 'tokenActive';
}

/**
 * "API tokens": personal tokens for scripts (`Authorization: Bearer`), named and expiring. Creating one needs a
 * step-up (a fresh check with my passkey), asked for in place. A new token is shown once, with Copy; the list
 * never shows a token's secret.
 */
export function tokensSection(sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const list = h('ul', { class: 'item-list', 'aria-label': t('yourTokens') });
  const created = h('div', {});
  const name = h('input', {
    id: 'token-name',
    type: 'text',
    maxlength: 60,
    placeholder: t('tokenNamePlaceholder'),
  });
  const lifetime = h(
    'select',
    { id: 'token-expiry' },
    ...TOKEN_LIFETIMES.map((choice) =>
      h('option', { value: choice.seconds, selected: choice.seconds === 90 * DAY }, t(choice.label)),
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
          ? [h('li', { class: 'meta' }, t('noTokens'))]
          : tokens.map((token) => item(token))),
      );
    } catch (error) {
      report(error);
    }
  }

  function item(token: ApiToken): HTMLLIElement {
    const state = tokenState(token);
    const buttons = h('div', { class: 'button-row' });
    if (state === 'tokenActive') {
      const revoke = h(
        'button',
        { type: 'button', class: 'secondary small', 'aria-label': t('revokeLabel', { name: token.name }) },
        t('revoke'),
      );
      revoke.addEventListener('click', () => {
        void askToConfirm(
          buttons,
          { question: t('revokeTokenQuestion', { name: token.name }), confirm: t('yesRevoke') },
          revoke,
        ).then(async (confirmed) => {
          if (!confirmed) return;
          try {
            await revokeApiToken(token.id);
            status.info(t('revoked', { name: token.name }));
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
          ...t.nodes('tokenMeta', {
            state: t(state),
            created: dateTimeElement(token.createdAt),
            expires: timeElement(token.expiresAt),
            lastUsed: token.lastUsedAt
              ? h('span', {}, ...t.nodes('lastUsed', { time: dateTimeElement(token.lastUsedAt) }))
              : t('neverUsed'),
          }),
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
      status.error(t('nameTheToken'));
      name.focus();
      return;
    }
    busy = true;
    try {
      const token = await withStepUp(
        () => createApiToken(tokenName, Number(lifetime.value)),
        () => status.info(stepUpPrompt()),
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
            label: t('newToken', { name: tokenName }),
            control: value,
            after: copyButton(t('copyToken'), () => token.token, copyStatus),
            hint: t('tokenShownOnce'),
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
    h('h2', { id: 'tokens-heading' }, t('apiTokens')),
    h('p', { class: 'hint' }, t('tokensHint')),
    list,
    h(
      'form',
      { novalidate: true, on: { submit: (event) => void create(event) } },
      h('h3', {}, t('createAToken')),
      h(
        'div',
        { class: 'field-row' },
        field({ label: t('tokenName'), control: name }),
        field({ label: t('tokenExpiresAfter'), control: lifetime }),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('createToken'))),
      status.element,
    ),
    created,
  );
}
