import {
  type AuditWebhook,
  getAuditWebhook,
  removeAuditWebhook,
  setAuditWebhook,
} from '../../api/audit-webhook.ts';
import { describeError } from '../../describe-error.ts';
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './admin-text.ts';
import type { SessionLost } from './passkeys-section.ts';

/** What the webhook has done: where it sends, when it last delivered, and what waits. */
function stateOf(webhook: AuditWebhook): HTMLElement {
  return h(
    'dl',
    { class: 'facts', 'data-webhook-state': '' },
    h('dt', {}, t('webhookSendsTo')),
    h('dd', { class: 'mono' }, webhook.url),
    h('dt', {}, t('webhookLastDelivered')),
    h('dd', {}, webhook.lastDeliveredAt ? dateTimeElement(webhook.lastDeliveredAt) : t('webhookNotYet')),
    h('dt', {}, t('webhookWaiting')),
    h('dd', {}, t('webhookPending', { count: webhook.pending })),
    ...(webhook.lastError
      ? [
          h('dt', {}, t('webhookLastFailed')),
          h(
            'dd',
            { class: 'status-error' },
            webhook.lastError,
            webhook.nextAttemptAt
              ? h('span', {}, ...t.nodes('webhookNextTry', { time: dateTimeElement(webhook.nextAttemptAt) }))
              : '',
          ),
        ]
      : []),
  );
}

/**
 * "Audit webhook": the address that receives each audit event as it happens, signed (README: verifying the
 * `Hushlink-Signature` header). Saving shows the new signing secret once; saving and removing ask for a passkey
 * check.
 */
export function auditWebhookSection(sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const state = h('div', {});
  const created = h('div', {});
  const url = h('input', {
    id: 'audit-webhook-url',
    type: 'url',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'https://siem.example.com/hooks/hushlink',
  });
  const remove = h('button', { type: 'button', class: 'secondary', hidden: true }, t('webhookStop'));
  let busy = false;

  function report(error: unknown): void {
    if (!sessionLost(error)) status.error(describeError(error));
  }

  function show(webhook: AuditWebhook | null): void {
    state.replaceChildren(webhook ? stateOf(webhook) : h('p', { class: 'meta' }, t('webhookNone')));
    remove.hidden = webhook === null;
  }

  async function load(): Promise<void> {
    try {
      show(await getAuditWebhook());
    } catch (error) {
      report(error);
    }
  }

  async function save(): Promise<void> {
    if (busy) return;
    if (url.value.trim() === '') {
      status.error(t('webhookEnterAddress'));
      url.focus();
      return;
    }
    busy = true;
    try {
      const result = await withStepUp(
        () => setAuditWebhook(url.value.trim()),
        () => status.info(stepUpPrompt()),
      );
      const copyStatus = createStatusLine();
      const secret = h('input', {
        id: 'audit-webhook-secret',
        type: 'text',
        readonly: true,
        spellcheck: 'false',
      });
      secret.value = result.secret;
      created.replaceChildren(
        h(
          'div',
          { class: 'created-box' },
          field({
            label: t('webhookSecret'),
            control: secret,
            after: copyButton(t('webhookCopySecret'), () => result.secret, copyStatus),
            hint: t('webhookSecretHint'),
          }),
          copyStatus.element,
        ),
      );
      show(result.webhook);
      url.value = '';
      status.info(t('webhookSaved'));
      secret.focus();
    } catch (error) {
      report(error);
    } finally {
      busy = false;
    }
  }

  remove.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    withStepUp(removeAuditWebhook, () => status.info(stepUpPrompt()))
      .then(() => {
        created.replaceChildren();
        show(null);
        status.info(t('webhookStopped'));
      })
      .catch(report)
      .finally(() => {
        busy = false;
      });
  });

  void load();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'audit-webhook-heading' },
    h('h2', { id: 'audit-webhook-heading' }, t('webhookTitle')),
    h('p', { class: 'hint' }, t('webhookLede')),
    state,
    h(
      'form',
      {
        novalidate: true,
        on: {
          submit: (submitted) => {
            submitted.preventDefault();
            void save();
          },
        },
      },
      field({ label: t('webhookAddress'), control: url, hint: t('webhookAddressHint') }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, t('webhookSave')),
        remove,
      ),
    ),
    created,
    status.element,
  );
}
