import { type SecretMetadata, secretIdSchema } from '@hushlink/protocol';
import { ApiRequestError, getSecretMetadata, revokeSecret } from '../api/index.ts';
import { describeError } from '../describe-error.ts';
import { message } from '../messages.ts';
import { currentFragment } from '../routes.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { focusHeading } from '../ui/focus.ts';
import { timeElement } from '../ui/format-time.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { t } from './manage-text.ts';
import { showNotice } from './notice-view.ts';

/** What the API accepts as a manage token (`Authorization: Bearer …`). */
const MANAGE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * `/m/ID#TOKEN`: the creator's page. Shows whether the secret is still waiting and revokes it, after a
 * confirmation, with the token from the fragment sent only as a bearer token.
 */
export async function showManagePage(main: HTMLElement, id: string): Promise<void> {
  const token = currentFragment();
  if (!secretIdSchema.safeParse(id).success || !MANAGE_TOKEN_PATTERN.test(token)) {
    showNotice(main, { title: t('incompleteTitle'), message: message('incompleteManageLink') });
    return;
  }
  let metadata: SecretMetadata;
  try {
    metadata = await getSecretMetadata(id);
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === 'not_found') {
      showNotice(main, { title: t('goneTitle'), message: message('gone') });
    } else {
      showNotice(main, { title: message('somethingWrong'), message: describeError(error) });
    }
    return;
  }
  showLive(main, id, token, metadata);
}

function showLive(main: HTMLElement, id: string, token: string, metadata: SecretMetadata): void {
  const status = createStatusLine();
  const actions = h('div', { class: 'actions' });
  const revokeButton = h(
    'button',
    { type: 'button', class: 'danger', on: { click: confirm } },
    t('revokeNow'),
  );
  let busy = false;

  function confirm(): void {
    const question = h('p', { class: 'confirm', id: 'confirm-question' }, t('question'));
    const yes = h(
      'button',
      {
        type: 'button',
        class: 'danger',
        'aria-describedby': question.id,
        on: { click: () => void revoke() },
      },
      t('yesRevoke'),
    );
    const no = h('button', { type: 'button', class: 'secondary', on: { click: cancel } }, t('cancel'));
    actions.replaceChildren(question, h('div', { class: 'button-row' }, yes, no));
    // Focus the question, not "Yes": a key still held from pressing "Revoke now" must not confirm it.
    focusHeading(question);
  }

  function cancel(): void {
    actions.replaceChildren(revokeButton);
    status.clear();
    revokeButton.focus();
  }

  async function revoke(): Promise<void> {
    if (busy) return;
    busy = true;
    status.info(t('revoking'));
    try {
      await revokeSecret(id, token);
      showNotice(main, {
        title: t('revokedTitle'),
        message: t('revoked'),
        focus: true,
      });
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'not_found') {
        showNotice(main, { title: t('goneTitle'), message: message('gone'), focus: true });
      } else {
        status.error(describeError(error));
      }
    } finally {
      busy = false;
    }
  }

  actions.append(revokeButton);
  render(
    main,
    h('h1', {}, t('title')),
    h('p', { class: 'lede' }, t('lede')),
    h(
      'section',
      { class: 'card' },
      facts([
        [t('status'), t('waiting')],
        [t('viewsLeft'), String(metadata.viewsLeft)],
        [t('expires'), timeElement(metadata.expiresAt)],
      ]),
      actions,
      status.element,
    ),
  );
}
