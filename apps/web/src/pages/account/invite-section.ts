import type { Role } from '@hushlink/protocol';
import { createInvite } from '../../api/account.ts';
import { describeError } from '../../describe-error.ts';
import { STEP_UP_PROMPT, withStepUp } from '../../passkeys/index.ts';
import { joinLink } from '../../routes.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { facts } from '../../ui/facts.ts';
import { field } from '../../ui/field.ts';
import { timeElement } from '../../ui/format-time.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import type { SessionLost } from './passkeys-section.ts';

const INVITE_LIFETIMES = [
  { seconds: 60 * 60, label: '1 hour' },
  { seconds: 24 * 60 * 60, label: '1 day' },
  { seconds: 7 * 24 * 60 * 60, label: '7 days' },
] as const;

const ROLE_HINTS = {
  member: 'Members are the team: they share with anyone here and invite guests.',
  guest: 'Guests (contractors) open what is shared with them and create links, and see nothing of the team.',
} as const;

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
    ...roles.map((value) => h('option', { value }, value === 'member' ? 'Member' : 'Guest')),
  );
  const lifetime = h(
    'select',
    { id: 'invite-expiry' },
    ...INVITE_LIFETIMES.map((choice) =>
      h('option', { value: choice.seconds, selected: choice.seconds === 7 * 24 * 60 * 60 }, choice.label),
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
        () => status.info(STEP_UP_PROMPT),
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
            label: 'Invite link',
            control: input,
            after: copyButton('Copy invite link', () => link, copyStatus),
            hint: 'Works once, for one person. Send it to them directly.',
          }),
          copyStatus.element,
          facts([
            ['Role', invite.role === 'member' ? 'Member' : 'Guest'],
            ['Expires', timeElement(invite.expiresAt)],
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
    h('h2', { id: 'invite-heading' }, 'Invite someone'),
    h('p', { class: 'hint' }, ...roles.map((value) => `${ROLE_HINTS[value]} `)),
    h(
      'form',
      { novalidate: true, on: { submit: (event) => void create(event) } },
      h(
        'div',
        { class: 'field-row' },
        roles.length > 1 ? field({ label: 'Invite as', control: roleSelect }) : null,
        field({ label: 'Invite link expires after', control: lifetime }),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create invite link')),
      status.element,
    ),
    result,
  );
}
