import type { PublicUser, Role } from '@hushlink/protocol';
import {
  type AdminApiToken,
  type AdminUser,
  endAllAccess,
  removeUserPasskey,
  revokeUserToken,
  updateUser,
} from '../../api/admin.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { describeError } from '../../describe-error.ts';
import { STEP_UP_PROMPT, withStepUp } from '../../passkeys/index.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { facts } from '../../ui/facts.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine, type StatusLine } from '../../ui/status-line.ts';
import { describeDevice } from '../../ui/user-agent.ts';
import { passkeyKind } from './passkey-labels.ts';
import type { SessionLost } from './passkeys-section.ts';

const ROLES: readonly Role[] = ['admin', 'member', 'guest'];
const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: 'Admin', member: 'Member', guest: 'Guest' };
const A_ROLE: Readonly<Record<Role, string>> = { admin: 'an admin', member: 'a member', guest: 'a guest' };

/** "2 sessions", "1 API token", "0 API tokens". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function tokenState(token: AdminApiToken): 'Active' | 'Revoked' | 'Expired' {
  if (token.revoked) return 'Revoked';
  return Date.parse(token.expiresAt) <= Date.now() ? 'Expired' : 'Active';
}

/**
 * "added 3 Dec 2026, 16:50 from 203.0.113.7 with Chrome on Linux": when and where a passkey or token was added,
 * so that an admin can tell what an intruder added. The full user agent is the title; rows from before this was
 * recorded say so.
 */
function provenance(createdAt: string, ip: string | null, userAgent: string | null): HTMLElement {
  const where =
    ip === null && userAgent === null
      ? ' (from where was not recorded)'
      : ` from ${ip ?? 'an unknown address'} with ${describeDevice(userAgent)}`;
  return h('span', { title: userAgent ?? '' }, 'added ', dateTimeElement(createdAt), where);
}

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
 * The "People" cards: every account with its role, state, last sign-in, and its passkeys and API tokens with when
 * and from where each was added; change a role, disable (optionally revoking every link they created) or enable,
 * end all sessions and revoke all tokens at once (the action for a compromised account), remove a passkey, revoke
 * a token. An admin's own card offers no role or state change (the server refuses them too). Actions the server
 * guards with a step-up ask for the admin's passkey in place.
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

  /**
   * Runs an admin action and reloads the list; the message goes to the section's status line. An action the
   * server wants a fresh passkey check for asks for it in place, then runs once more.
   */
  async function act(action: () => Promise<string>, line: StatusLine): Promise<void> {
    line.info('Saving…');
    try {
      const done = await withStepUp(action, () => line.info(STEP_UP_PROMPT));
      await options.reload();
      status.info(done);
    } catch (error) {
      report(error, line);
    }
  }

  /** A Remove/Revoke button that asks first, then runs `action` through `act`. */
  function askingButton(
    label: string,
    accessibleName: string,
    confirmation: { question: string; confirm: string },
    action: () => Promise<string>,
    line: StatusLine,
  ): HTMLElement {
    const button = h(
      'button',
      { type: 'button', class: 'secondary small', 'aria-label': accessibleName },
      label,
    );
    const slot = h('span', { class: 'inline-actions' }, button);
    button.addEventListener('click', () => {
      void askToConfirm(slot, confirmation, button).then((confirmed) => {
        if (confirmed) void act(action, line);
      });
    });
    return slot;
  }

  function passkeyList(user: AdminUser, line: StatusLine): HTMLElement {
    return h(
      'ul',
      { class: 'plain-list', 'aria-label': `Passkeys of ${user.displayName}` },
      ...user.passkeys.map((passkey) =>
        h(
          'li',
          { 'data-passkey': passkey.name },
          h('span', {}, passkey.name),
          h(
            'span',
            { class: 'meta' },
            ` · ${passkeyKind(passkey)} · `,
            provenance(passkey.createdAt, passkey.createdIp, passkey.createdUserAgent),
            ' · ',
            passkey.lastUsedAt
              ? h('span', {}, 'last used ', dateTimeElement(passkey.lastUsedAt))
              : 'never used',
            ' ',
          ),
          user.passkeys.length > 1
            ? askingButton(
                'Remove',
                `Remove passkey ${passkey.name} of ${user.displayName}`,
                {
                  question: `Remove the passkey “${passkey.name}” of ${user.displayName}? It can no longer sign in.`,
                  confirm: 'Yes, remove it',
                },
                async () => {
                  await removeUserPasskey(user.id, passkey.id);
                  return `Removed the passkey “${passkey.name}” of ${user.displayName}.`;
                },
                line,
              )
            : null,
        ),
      ),
    );
  }

  function tokenList(user: AdminUser, line: StatusLine): HTMLElement | string {
    if (user.tokens.length === 0) return 'None';
    return h(
      'ul',
      { class: 'plain-list', 'aria-label': `API tokens of ${user.displayName}` },
      ...user.tokens.map((token) => {
        const state = tokenState(token);
        return h(
          'li',
          { 'data-token': token.name, 'data-state': state },
          h('span', {}, token.name),
          h(
            'span',
            { class: 'meta' },
            ` · ${state} · `,
            provenance(token.createdAt, token.createdIp, token.createdUserAgent),
            ' · ',
            token.lastUsedAt ? h('span', {}, 'last used ', dateTimeElement(token.lastUsedAt)) : 'never used',
            ' ',
          ),
          state === 'Active'
            ? askingButton(
                'Revoke',
                `Revoke API token ${token.name} of ${user.displayName}`,
                {
                  question: `Revoke the API token “${token.name}” of ${user.displayName}? Scripts using it stop working.`,
                  confirm: 'Yes, revoke it',
                },
                async () => {
                  await revokeUserToken(user.id, token.id);
                  return `Revoked the API token “${token.name}” of ${user.displayName}.`;
                },
                line,
              )
            : null,
        );
      }),
    );
  }

  function card(user: AdminUser): HTMLElement {
    const self = user.id === options.me.id;
    const line = createStatusLine();
    const headingId = `user-${user.id}`;

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
      const endAll = h('button', { type: 'button', class: 'secondary' }, 'End sessions and revoke tokens');
      const endSlot = h('div', {}, endAll);
      endAll.addEventListener('click', () => {
        void askToConfirm(
          endSlot,
          {
            question: `End every session of ${user.displayName} and revoke all their API tokens? They must sign in with a passkey again, and scripts using their tokens stop working. Their passkeys and links stay.`,
            confirm: 'End sessions and revoke tokens',
          },
          endAll,
        ).then((confirmed) => {
          if (!confirmed) return;
          void act(async () => {
            const { ended, tokensRevoked } = await endAllAccess(user.id);
            return `Ended ${count(ended, 'session')} and revoked ${count(tokensRevoked, 'API token')} of ${user.displayName}.`;
          }, line);
        });
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
        endSlot,
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
        ['Passkeys', user.passkeys.length === 0 ? 'None' : passkeyList(user, line)],
        ['API tokens', tokenList(user, line)],
      ]),
      actions,
      line.element,
    );
  }

  return h('div', {}, ...options.users.map(card));
}
