import type { PublicUser, Role } from '@hushlink/protocol';
import { type AdminUser, endSessions, removeUserPasskey, updateUser } from '../../api/admin.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { describeError } from '../../describe-error.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { facts } from '../../ui/facts.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine, type StatusLine } from '../../ui/status-line.ts';
import { passkeyKind } from './passkey-labels.ts';
import type { SessionLost } from './passkeys-section.ts';

const ROLES: readonly Role[] = ['admin', 'member', 'guest'];
const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: 'Admin', member: 'Member', guest: 'Guest' };
const A_ROLE: Readonly<Record<Role, string>> = { admin: 'an admin', member: 'a member', guest: 'a guest' };

/** What the users section needs from the page. */
export interface UsersSectionOptions {
  users: AdminUser[];
  me: PublicUser;
  sessionLost: SessionLost;
  /** The page's status line, which outlives the list (it is drawn again after every change). */
  status: StatusLine;
  /** Loads the list again after a change. */
  reload(): Promise<void>;
}

/**
 * The "People" cards: every account with its role, state, passkeys and last sign-in; change a role, disable (optionally
 * revoking every link they created) or enable, end all sessions, remove a passkey. An admin's own card offers no
 * role or state change (the server refuses them too).
 */
export function userCards(options: UsersSectionOptions): HTMLElement {
  const { status } = options;

  function report(error: unknown, line: StatusLine): void {
    if (options.sessionLost(error)) return;
    if (error instanceof ApiRequestError && error.code === 'last_passkey') {
      line.error('This is the account’s only passkey: disable the account instead.');
    } else if (error instanceof ApiRequestError && error.code === 'forbidden') {
      line.error('Your account is not allowed to do this.');
    } else {
      line.error(describeError(error));
    }
  }

  /** Runs an admin action and reloads the list; the message goes to the section's status line. */
  async function act(action: () => Promise<string>, line: StatusLine): Promise<void> {
    line.info('Saving…');
    try {
      const done = await action();
      await options.reload();
      status.info(done);
    } catch (error) {
      report(error, line);
    }
  }

  function card(user: AdminUser): HTMLElement {
    const self = user.id === options.me.id;
    const line = createStatusLine();
    const headingId = `user-${user.id}`;
    const passkeys = h(
      'ul',
      { class: 'plain-list', 'aria-label': `Passkeys of ${user.displayName}` },
      ...user.passkeys.map((passkey) => {
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'aria-label': `Remove passkey ${passkey.name} of ${user.displayName}`,
          },
          'Remove',
        );
        const slot = h('span', { class: 'inline-actions' }, remove);
        remove.addEventListener('click', () => {
          void askToConfirm(
            slot,
            {
              question: `Remove the passkey “${passkey.name}” of ${user.displayName}?`,
              confirm: 'Yes, remove it',
            },
            remove,
          ).then((confirmed) => {
            if (!confirmed) return;
            void act(async () => {
              await removeUserPasskey(user.id, passkey.id);
              return `Removed the passkey “${passkey.name}” of ${user.displayName}.`;
            }, line);
          });
        });
        return h(
          'li',
          {},
          h('span', {}, passkey.name),
          h(
            'span',
            { class: 'meta' },
            ` · ${passkeyKind(passkey)} · `,
            passkey.lastUsedAt
              ? h('span', {}, 'last used ', dateTimeElement(passkey.lastUsedAt))
              : 'never used',
            ' ',
          ),
          user.passkeys.length > 1 ? slot : null,
        );
      }),
    );

    const actions = h('div', { class: 'button-row' });
    if (self) {
      actions.append(
        h('p', { class: 'hint' }, 'This is you: you cannot change your own role or disable yourself.'),
      );
    } else {
      const role = h(
        'select',
        { id: `role-${user.id}`, class: 'compact' },
        ...ROLES.map((value) => h('option', { value, selected: value === user.role }, ROLE_LABELS[value])),
      );
      const changeRole = h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          on: {
            click: () => {
              const chosen = ROLES.find((value) => value === role.value) ?? user.role;
              if (chosen === user.role) {
                line.info(`${user.displayName} is already ${A_ROLE[chosen]}.`);
                return;
              }
              void act(async () => {
                await updateUser(user.id, { role: chosen });
                return `${user.displayName} is now ${A_ROLE[chosen]}.`;
              }, line);
            },
          },
        },
        'Change role',
      );
      const endAll = h('button', { type: 'button', class: 'secondary' }, 'End all sessions');
      endAll.addEventListener('click', () => {
        void act(async () => {
          const ended = await endSessions(user.id);
          return `Ended ${ended} session${ended === 1 ? '' : 's'} of ${user.displayName}.`;
        }, line);
      });
      const stateButton =
        user.state === 'active'
          ? h('button', { type: 'button', class: 'danger' }, 'Disable…')
          : h('button', { type: 'button', class: 'secondary' }, 'Enable');
      const stateSlot = h('div', {}, stateButton);
      stateButton.addEventListener('click', () => {
        if (user.state === 'disabled') {
          void act(async () => {
            await updateUser(user.id, { state: 'active' });
            return `${user.displayName} is enabled again.`;
          }, line);
          return;
        }
        const revokeLinks = h('input', { type: 'checkbox', id: `revoke-links-${user.id}` });
        void askToConfirm(
          stateSlot,
          {
            question: `Disable ${user.displayName}? Their sessions and API tokens end, and their passkeys stop working until you enable the account again.`,
            confirm: 'Disable account',
            extra: h(
              'div',
              { class: 'choice' },
              revokeLinks,
              h('label', { for: revokeLinks.id }, 'Also revoke every link they created'),
            ),
          },
          stateButton,
        ).then((confirmed) => {
          if (!confirmed) return;
          void act(async () => {
            await updateUser(user.id, { state: 'disabled', revokeLinks: revokeLinks.checked });
            return `${user.displayName} is disabled${revokeLinks.checked ? ', and every link they created is revoked' : ''}.`;
          }, line);
        });
      });
      actions.append(
        h(
          'div',
          { class: 'control-row' },
          field({ label: `Role of ${user.displayName}`, control: role }),
          changeRole,
        ),
        endAll,
        stateSlot,
      );
    }

    return h(
      'section',
      {
        class: `card user-card${user.state === 'disabled' ? ' user-disabled' : ''}`,
        'aria-labelledby': headingId,
        'data-user': user.name,
      },
      h('h3', { id: headingId }, user.displayName, h('span', { class: 'meta' }, ` @${user.name}`)),
      facts([
        ['Role', ROLE_LABELS[user.role]],
        [
          'State',
          h('span', { class: `badge badge-${user.state}` }, user.state === 'active' ? 'Active' : 'Disabled'),
        ],
        ['Joined', dateTimeElement(user.createdAt)],
        ['Last sign-in', user.lastSignInAt ? dateTimeElement(user.lastSignInAt) : 'Never'],
        ['Passkeys', user.passkeys.length === 0 ? 'None' : passkeys],
      ]),
      actions,
      line.element,
    );
  }

  return h('div', {}, ...options.users.map(card));
}
