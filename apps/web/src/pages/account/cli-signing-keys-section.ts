import type { CliSigningKey } from '@hushlink/protocol';
import { listCliSigningKeys, removeCliSigningKey } from '../../api/cli-signing-keys.ts';
import { describeError } from '../../describe-error.ts';
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { signingFingerprintOf } from '../../sealing/sealing-crypto.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './account-text.ts';
import type { SessionLost } from './passkeys-section.ts';

/** A span that reads "…" until the fingerprint is computed, then the fingerprint (or "unavailable"). */
function fingerprintSpan(publicKey: string): HTMLElement {
  const span = h('span', { class: 'mono', 'data-signing-fingerprint': '' }, '…');
  signingFingerprintOf(publicKey).then(
    (text) => {
      span.textContent = text;
    },
    () => {
      span.textContent = t('unavailable');
    },
  );
  return span;
}

/**
 * "Command-line signing keys", beside the passkeys: the keys `hushlink login` made, with their fingerprint (what a
 * recipient of a secret sealed with `hushlink share --to` sees beside "verified"), when registered and with which
 * API token. Removing one needs a step-up, as removing a passkey does, and also revokes its token.
 */
export function cliSigningKeysSection(sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const list = h('ul', { class: 'item-list', 'aria-label': t('yourCliKeys') });

  function report(error: unknown): void {
    if (!sessionLost(error)) status.error(describeError(error));
  }

  async function load(): Promise<void> {
    try {
      const keys = await listCliSigningKeys();
      list.replaceChildren(
        ...(keys.length === 0 ? [h('li', { class: 'meta' }, t('noCliKeys'))] : keys.map((key) => item(key))),
      );
    } catch (error) {
      report(error);
    }
  }

  function item(key: CliSigningKey): HTMLLIElement {
    const label = t('cliKeyLabel', { token: key.tokenName });
    const remove = h(
      'button',
      { type: 'button', class: 'secondary small', 'aria-label': t('removeLabel', { name: label }) },
      t('remove'),
    );
    const buttons = h('div', { class: 'button-row' }, remove);
    remove.addEventListener('click', () => {
      void askToConfirm(
        buttons,
        {
          question: t('removeCliKeyQuestion', { label }),
          confirm: t('yesRemove'),
        },
        remove,
      ).then(async (confirmed) => {
        if (!confirmed) return;
        try {
          await withStepUp(
            () => removeCliSigningKey(key.id),
            () => status.info(stepUpPrompt()),
          );
          status.info(t('removedCliKey', { label }));
          await load();
        } catch (error) {
          buttons.replaceChildren(remove);
          report(error);
        }
      });
    });
    return h(
      'li',
      { 'data-cli-signing-key': key.tokenName },
      h(
        'div',
        {},
        h('strong', { class: 'item-title' }, t('cliKeyTitle', { token: key.tokenName })),
        h('p', { class: 'meta' }, ...t.nodes('registered', { time: dateTimeElement(key.createdAt) })),
        h('p', { class: 'meta' }, ...t.nodes('cliSigns', { fingerprint: fingerprintSpan(key.publicKey) })),
      ),
      buttons,
    );
  }

  void load();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'cli-signing-keys-heading' },
    h('h2', { id: 'cli-signing-keys-heading' }, t('cliKeys')),
    h('p', { class: 'hint' }, t('cliKeysHint')),
    list,
    status.element,
  );
}
