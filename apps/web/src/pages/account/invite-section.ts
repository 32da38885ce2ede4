import type { Role } from '@hushlink/protocol';
import { createInvite } from '../../api/account.ts';
import { describeError } from '../../describe-error.ts';
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { joinLink } from '../../routes.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { facts } from '../../ui/facts.ts';
import { field } from '../../ui/field.ts';
import { timeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './account-text.ts';
import type { SessionLost } from './passkeys-section.ts';

const INVITE_LIFETIMES = [
  { seconds: 60 * 60, label: 'hour1' },
  { seconds: 24 * 60 * 60, label: 'day1' },
  { seconds: 7 * 24 * 60 * 60, label: 'days7' },
] as const;

const ROLE_HINTS = { member: 'memberHint', guest: 'guestHint' } as const;

/**
 * "Invite someone": a single-use, expiring invite link (`/join#TOKEN`). Admins invite members or guests, members
 * invite guests; guests invite no one (the page does not show this section to them).
 */
export function inviteSection(role: Role, sessionLost: SessionLost): HTMLElement | null {
  if (role === 'guest') return null;
  const roles: ('member' | 'guest')[] = role === 'admin' ? ['member', 'guest'] : ['guest'];
  const status = createStatusLine();
  const result = h('div', {});
  const roleSelect = h(
    'select',
    { id: 'invite-role' },
    ...roles.map((value) => h('option', { value }, value === 'member' ? t('member') : t('guest'))),
  );
  const lifetime = h(
    'select',
    { id: 'invite-expiry' },
    ...INVITE_LIFETIMES.map((choice) =>
      h('option', { value: choice.seconds, selected: choice.seconds === 7 * 24 * 60 * 60 }, t(choice.label)),
    ),
  );
  let busy = false;

  async function create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    busy = true;
    try {
      // An invite makes an account, so the server asks for a fresh passkey check first.
      const invite = await withStepUp(
        () =>
          createInvite({
            role: roleSelect.value === 'member' ? 'member' : 'guest',
            expiresIn: Number(lifetime.value),
          }),
        () => status.info(stepUpPrompt()),
      );
      const link = joinLink(location.origin, invite.token);
      const copyStatus = createStatusLine();
      const input = h('input', {
        id: 'invite-link',
        type: 'text',
        readonly: true,
        spellcheck: 'false',
        autocomplete: 'off',
      });
      input.value = link;
      input.addEventListener('focus', () => input.select());
      result.replaceChildren(
        h(
          'div',
          { class: 'created-box' },
          field({
            label: t('inviteLink'),
            control: input,
            after: copyButton(t('copyInviteLink'), () => link, copyStatus),
            hint: t('inviteHint'),
          }),
          copyStatus.element,
          facts([
            [t('role'), invite.role === 'member' ? t('member') : t('guest')],
            [t('expires'), timeElement(invite.expiresAt)],
          ]),
        ),
      );
      status.clear();
      input.focus();
    } catch (error) {
      if (!sessionLost(error)) status.error(describeError(error));
    } finally {
      busy = false;
    }
  }

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'invite-heading' },
    h('h2', { id: 'invite-heading' }, t('inviteSomeone')),
    h('p', { class: 'hint' }, ...roles.map((value) => `${t(ROLE_HINTS[value])} `)),
    h(
      'form',
      { novalidate: true, on: { submit: (event) => void create(event) } },
      h(
        'div',
        { class: 'field-row' },
        roles.length > 1 ? field({ label: t('inviteAs'), control: roleSelect }) : null,
        field({ label: t('inviteExpiresAfter'), control: lifetime }),
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, t('createInviteLink')),
      ),
      status.element,
    ),
    result,
  );
}
