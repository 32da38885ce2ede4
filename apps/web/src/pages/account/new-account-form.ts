import { createAccountWithPasskey, describePasskeyError, type NewAccount } from '../../passkeys/index.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './account-text.ts';

/** What the protocol accepts as a user name (it lowercases first). */
const USER_NAME = /^[a-z0-9._-]{2,40}$/;

/**
 * The form that creates an account: a user name, a display name, and "Create account with a passkey", which
 * asks this device for a new passkey. Calls `created` once the account exists and is signed in.
 */
export function newAccountForm(inviteToken: string | null, created: () => void): HTMLFormElement {
  const name = h('input', {
    id: 'user-name',
    name: 'user-name',
    type: 'text',
    autocomplete: 'username',
    autocapitalize: 'off',
    spellcheck: 'false',
    maxlength: 40,
    required: true,
  });
  const displayName = h('input', {
    id: 'display-name',
    name: 'display-name',
    type: 'text',
    autocomplete: 'name',
    maxlength: 80,
  });
  const status = createStatusLine();
  let busy = false;

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const account: NewAccount = {
      name: name.value.trim().toLowerCase(),
      displayName: displayName.value.trim() || name.value.trim().toLowerCase(),
      ...(inviteToken ? { inviteToken } : {}),
    };
    if (!USER_NAME.test(account.name)) {
      status.error(t('userNameRule'));
      name.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    status.info(t('waitingForNewPasskey'));
    try {
      await createAccountWithPasskey(account);
      status.clear();
      created();
    } catch (error) {
      status.error(describePasskeyError(error));
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void submit(event) } },
    field({
      label: t('userName'),
      control: name,
      hint: t('userNameHint'),
    }),
    field({
      label: t('displayName'),
      control: displayName,
      hint: t('displayNameHint'),
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('createWithPasskey'))),
    status.element,
  );
  return form;
}
