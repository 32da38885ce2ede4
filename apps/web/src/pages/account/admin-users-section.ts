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
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { facts } from '../../ui/facts.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine, type StatusLine } from '../../ui/status-line.ts';
import { describeDevice } from '../../ui/user-agent.ts';
import { t } from './admin-text.ts';
import { passkeyKind } from './passkey-labels.ts';
import type { SessionLost } from './passkeys-section.ts';

const ROLES: readonly Role[] = ['admin', 'member', 'guest'];
const ROLE_LABELS = {
  admin: 'roleAdmin',
  member: 'roleMember',
  guest: 'roleGuest',
} as const satisfies Record<Role, string>;
const TOKEN_STATES = { Active: 'tokenActive', Revoked: 'tokenRevoked', Expired: 'tokenExpired' } as const;

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
  const time = dateTimeElement(createdAt);
  return h(
    'span',
    { title: userAgent ?? '' },
    ...(ip === null && userAgent === null
      ? t.nodes('addedNotRecorded', { time })
      : t.nodes('addedFrom', { time, ip: ip ?? t('anUnknownAddress'), device: describeDevice(userAgent) })),
  );
}

/** "last used 3 Dec 2026, 16:50", or "never used". */
function lastUsed(at: string | null): HTMLElement | string {
  return at ? h('span', {}, ...t.nodes('lastUsed', { time: dateTimeElement(at) })) : t('neverUsed');
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
      line.error(t('onlyPasskey'));
    } else if (error instanceof ApiRequestError && error.code === 'forbidden') {
      line.error(t('notAllowed'));
    } else {
      line.error(describeError(error));
    }
  }

  /**
   * Runs an admin action and reloads the list; the message goes to the section's status line. An action the
   * server wants a fresh passkey check for asks for it in place, then runs once more.
   */
  async function act(action: () => Promise<string>, line: StatusLine): Promise<void> {
    line.info(t('saving'));
    try {
      const done = await withStepUp(action, () => line.info(stepUpPrompt()));
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
      { class: 'plain-list', 'aria-label': t('passkeysOf', { name: user.displayName }) },
      ...user.passkeys.map((passkey) =>
        h(
          'li',
          { 'data-passkey': passkey.name },
          h('span', {}, passkey.name),
          h(
            'span',
            { class: 'meta' },
            ...t.nodes('itemMeta', {
              kind: passkeyKind(passkey),
              added: provenance(passkey.createdAt, passkey.createdIp, passkey.createdUserAgent),
              lastUsed: lastUsed(passkey.lastUsedAt),
            }),
          ),
          user.passkeys.length > 1
            ? askingButton(
                t('remove'),
                t('removePasskeyLabel', { passkey: passkey.name, name: user.displayName }),
                {
                  question: t('removePasskeyQuestion', { passkey: passkey.name, name: user.displayName }),
                  confirm: t('yesRemove'),
                },
                async () => {
                  await removeUserPasskey(user.id, passkey.id);
                  return t('removedPasskey', { passkey: passkey.name, name: user.displayName });
                },
                line,
              )
            : null,
        ),
      ),
    );
  }

  function tokenList(user: AdminUser, line: StatusLine): HTMLElement | string {
    if (user.tokens.length === 0) return t('none');
    return h(
      'ul',
      { class: 'plain-list', 'aria-label': t('tokensOf', { name: user.displayName }) },
      ...user.tokens.map((token) => {
        const state = tokenState(token);
        return h(
          'li',
          { 'data-token': token.name, 'data-state': state },
          h('span', {}, token.name),
          h(
            'span',
            { class: 'meta' },
            ...t.nodes('itemMeta', {
              kind: t(TOKEN_STATES[state]),
              added: provenance(token.createdAt, token.createdIp, token.createdUserAgent),
              lastUsed: lastUsed(token.lastUsedAt),
            }),
          ),
          state === 'Active'
            ? askingButton(
                t('revoke'),
                t('revokeTokenLabel', { token: token.name, name: user.displayName }),
                {
                  question: t('revokeTokenQuestion', { token: token.name, name: user.displayName }),
                  confirm: t('yesRevoke'),
                },
                async () => {
                  await revokeUserToken(user.id, token.id);
                  return t('revokedToken', { token: token.name, name: user.displayName });
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
      actions.append(h('p', { class: 'hint' }, t('thisIsYou')));
    } else {
      const role = h(
        'select',
        { id: `role-${user.id}`, class: 'compact' },
        ...ROLES.map((value) => h('option', { value, selected: value === user.role }, t(ROLE_LABELS[value]))),
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
                line.info(t('alreadyRole', { name: user.displayName, role: chosen }));
                return;
              }
              void act(async () => {
                await updateUser(user.id, { role: chosen });
                return t('nowRole', { name: user.displayName, role: chosen });
              }, line);
            },
          },
        },
        t('changeRole'),
      );
      const endAll = h('button', { type: 'button', class: 'secondary' }, t('endAll'));
      const endSlot = h('div', {}, endAll);
      endAll.addEventListener('click', () => {
        void askToConfirm(
          endSlot,
          {
            question: t('endAllQuestion', { name: user.displayName }),
            confirm: t('endAll'),
          },
          endAll,
        ).then((confirmed) => {
          if (!confirmed) return;
          void act(async () => {
            const { ended, tokensRevoked } = await endAllAccess(user.id);
            return t('endedAll', { sessions: ended, tokens: tokensRevoked, name: user.displayName });
          }, line);
        });
      });
      const stateButton =
        user.state === 'active'
          ? h('button', { type: 'button', class: 'danger' }, t('disable'))
          : h('button', { type: 'button', class: 'secondary' }, t('enable'));
      const stateSlot = h('div', {}, stateButton);
      stateButton.addEventListener('click', () => {
        if (user.state === 'disabled') {
          void act(async () => {
            await updateUser(user.id, { state: 'active' });
            return t('enabledAgain', { name: user.displayName });
          }, line);
          return;
        }
        const revokeLinks = h('input', { type: 'checkbox', id: `revoke-links-${user.id}` });
        void askToConfirm(
          stateSlot,
          {
            question: t('disableQuestion', { name: user.displayName }),
            confirm: t('disableAccount'),
            extra: h(
              'div',
              { class: 'choice' },
              revokeLinks,
              h('label', { for: revokeLinks.id }, t('alsoRevokeLinks')),
            ),
          },
          stateButton,
        ).then((confirmed) => {
          if (!confirmed) return;
          void act(async () => {
            await updateUser(user.id, { state: 'disabled', revokeLinks: revokeLinks.checked });
            return t(revokeLinks.checked ? 'disabledAndRevoked' : 'disabled', { name: user.displayName });
          }, line);
        });
      });
      actions.append(
        h(
          'div',
          { class: 'control-row' },
          field({ label: t('roleOf', { name: user.displayName }), control: role }),
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
        [t('role'), t(ROLE_LABELS[user.role])],
        [
          t('state'),
          h(
            'span',
            { class: `badge badge-${user.state}` },
            t(user.state === 'active' ? 'stateActive' : 'stateDisabled'),
          ),
        ],
        [t('joined'), dateTimeElement(user.createdAt)],
        [t('lastSignIn'), user.lastSignInAt ? dateTimeElement(user.lastSignInAt) : t('never')],
        [t('passkeys'), user.passkeys.length === 0 ? t('none') : passkeyList(user, line)],
        [t('apiTokens'), tokenList(user, line)],
      ]),
      actions,
      line.element,
    );
  }

  return h('div', {}, ...options.users.map(card));
}
