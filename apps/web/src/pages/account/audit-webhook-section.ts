import {
  type AuditWebhook,
  getAuditWebhook,
  removeAuditWebhook,
  setAuditWebhook,
} from '../../api/audit-webhook.ts';
import { describeError } from '../../describe-error.ts';
import { STEP_UP_PROMPT, withStepUp } from '../../passkeys/index.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import type { SessionLost } from './passkeys-section.ts';

/** What the webhook has done: where it sends, when it last delivered, and what waits. */
function stateOf(webhook: AuditWebhook): HTMLElement {
  return h(
    'dl',
    { class: 'facts', 'data-webhook-state': '' },
    h('dt', {}, 'Sends to'),
    h('dd', { class: 'mono' }, webhook.url),
    h('dt', {}, 'Last delivered'),
    h('dd', {}, webhook.lastDeliveredAt ? dateTimeElement(webhook.lastDeliveredAt) : 'not yet'),
    h('dt', {}, 'Waiting'),
    h('dd', {}, `${webhook.pending} event${webhook.pending === 1 ? '' : 's'}`),
    ...(webhook.lastError
      ? [
          h('dt', {}, 'Last attempt failed'),
          h(
            'dd',
            { class: 'status-error' },
            webhook.lastError,
            webhook.nextAttemptAt ? h('span', {}, '; next try ', dateTimeElement(webhook.nextAttemptAt)) : '',
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
  const remove = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Stop sending');
  let busy = false;

  function report(error: unknown): void {
    if (!sessionLost(error)) status.error(describeError(error));
  }

  function show(webhook: AuditWebhook | null): void {
    state.replaceChildren(webhook ? stateOf(webhook) : h('p', { class: 'meta' }, 'No audit webhook is set.'));
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
      status.error('Enter the address that should receive the events.');
      url.focus();
      return;
    }
    busy = true;
    try {
      const result = await withStepUp(
        () => setAuditWebhook(url.value.trim()),
        () => status.info(STEP_UP_PROMPT),
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
            label: 'Signing secret',
            control: secret,
            after: copyButton('Copy secret', () => result.secret, copyStatus),
            hint: 'Shown only once: give it to the receiver, which checks each Hushlink-Signature header with it.',
          }),
          copyStatus.element,
        ),
      );
      show(result.webhook);
      url.value = '';
      status.info('Saved. Each audit event from now on is sent to this address.');
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
    withStepUp(removeAuditWebhook, () => status.info(STEP_UP_PROMPT))
      .then(() => {
        created.replaceChildren();
        show(null);
        status.info('Audit events are no longer sent.');
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
    h('h2', { id: 'audit-webhook-heading' }, 'Audit webhook'),
    h(
      'p',
      { class: 'hint' },
      'Sends each audit event to your SIEM as it happens, as JSON signed with HMAC-SHA256. Failed deliveries are retried, in order.',
    ),
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
      field({ label: 'Webhook address', control: url, hint: 'An https:// address.' }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, 'Save webhook'),
        remove,
      ),
    ),
    created,
    status.element,
  );
}
