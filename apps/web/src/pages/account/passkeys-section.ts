import type { Passkey } from '@hushlink/protocol';
import { removePasskey, renamePasskey } from '../../api/account.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { getMe } from '../../api/session.ts';
import { addPasskey, describePasskeyError, STEP_UP_PROMPT, withStepUp } from '../../passkeys/index.ts';
import { fingerprintOf, signingFingerprintOf } from '../../sealing/sealing-crypto.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine, type StatusLine } from '../../ui/status-line.ts';
import { passkeyKind } from './passkey-labels.ts';

/**
 * Whether a passkey can receive sealed secrets, with its key's fingerprint (filled in once the envelope library
 * has computed it) for people to compare with what a sender sees.
 */
function sealingLine(passkey: Passkey): HTMLElement {
  if (!passkey.prfPublicKey) {
    return h(
      'p',
      { class: 'meta', 'data-sealing': 'none' },
      'Cannot receive sealed secrets: its authenticator does not support PRF.',
    );
  }
  return h(
    'p',
    { class: 'meta', 'data-sealing': 'key' },
    'Receives sealed secrets. Key fingerprint: ',
    fingerprintSpan(fingerprintOf(passkey.prfPublicKey), 'data-fingerprint'),
  );
}

/** A span that reads "…" until `fingerprint` is computed, then the fingerprint (or "unavailable"). */
function fingerprintSpan(fingerprint: Promise<string>, attribute: string): HTMLElement {
  const span = h('span', { class: 'mono', [attribute]: '' }, '…');
  fingerprint.then(
    (text) => {
      span.textContent = text;
    },
    () => {
      span.textContent = 'unavailable';
    },
  );
  return span;
}

/**
 * The fingerprint of the signing key derived from the same PRF output: what a recipient of a secret I sealed sees
 * beside "verified", for us to compare. Nothing for a passkey without one (no PRF, or none sent yet).
 */
function signingLine(passkey: Passkey): HTMLElement | null {
  if (!passkey.prfSigningKey) return null;
  return h(
    'p',
    { class: 'meta', 'data-signing': 'key' },
    'Signs what you seal. Signing key fingerprint: ',
    fingerprintSpan(signingFingerprintOf(passkey.prfSigningKey), 'data-signing-fingerprint'),
  );
}

/** Handles an error no section can fix itself (a lost session): true when it did. */
export type SessionLost = (error: unknown) => boolean;

/**
 * "Passkeys": my passkeys with name, kind (synced or this device only), when added and last used; rename,
 * remove (the server refuses the last one), and add another. Adding and removing need a step-up (a fresh check
 * with a passkey I already have), asked for in place.
 */
export function passkeysSection(initial: Passkey[], sessionLost: SessionLost): HTMLElement {
  const status = createStatusLine();
  const list = h('ul', { class: 'item-list', 'aria-label': 'Your passkeys' });

  function show(passkeys: Passkey[]): void {
    list.replaceChildren(...passkeys.map((passkey) => item(passkey)));
  }

  function report(error: unknown, line: StatusLine = status): void {
    if (sessionLost(error)) return;
    if (error instanceof ApiRequestError && error.code === 'last_passkey') {
      line.error('This is your only passkey. Add another before removing it.');
    } else {
      line.error(describePasskeyError(error));
    }
  }

  function item(passkey: Passkey): HTMLLIElement {
    const rename = h(
      'button',
      { type: 'button', class: 'secondary small', 'aria-label': `Rename ${passkey.name}` },
      'Rename',
    );
    const remove = h(
      'button',
      { type: 'button', class: 'secondary small', 'aria-label': `Remove ${passkey.name}` },
      'Remove',
    );
    const buttons = h('div', { class: 'button-row' }, rename, remove);
    const description = h(
      'div',
      {},
      h('strong', { class: 'item-title' }, passkey.name),
      h(
        'p',
        { class: 'meta' },
        `${passkeyKind(passkey)} · added `,
        dateTimeElement(passkey.createdAt),
        ' · ',
        passkey.lastUsedAt
          ? h('span', {}, 'last used ', dateTimeElement(passkey.lastUsedAt))
          : 'never used to sign in',
      ),
    );
    description.append(sealingLine(passkey));
    const signing = signingLine(passkey);
    if (signing) description.append(signing);
    const element = h('li', { 'data-passkey': passkey.name }, description, buttons);

    rename.addEventListener('click', () => {
      const input = h('input', { id: `rename-${passkey.id}`, type: 'text', maxlength: 60, required: true });
      input.value = passkey.name;
      const form = h(
        'form',
        {
          class: 'inline-form',
          novalidate: true,
          on: {
            submit: (event) => {
              event.preventDefault();
              const name = input.value.trim();
              if (name === '') {
                status.error('Give the passkey a name.');
                input.focus();
                return;
              }
              renamePasskey(passkey.id, name).then(
                (me) => {
                  show(me.passkeys);
                  status.info(`Renamed to “${name}”.`);
                },
                (error: unknown) => report(error),
              );
            },
          },
        },
        field({ label: `New name for ${passkey.name}`, control: input }),
        h(
          'div',
          { class: 'button-row' },
          h('button', { type: 'submit', class: 'primary small' }, 'Save'),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              on: {
                click: () => {
                  element.replaceChildren(description, buttons);
                  rename.focus();
                },
              },
            },
            'Cancel',
          ),
        ),
      );
      element.replaceChildren(form);
      input.focus();
      input.select();
    });

    remove.addEventListener('click', () => {
      void askToConfirm(
        buttons,
        {
          question: `Remove “${passkey.name}”? It can no longer sign in to your account.`,
          confirm: 'Yes, remove it',
        },
        remove,
      ).then(async (confirmed) => {
        if (!confirmed) return;
        try {
          const me = await withStepUp(
            () => removePasskey(passkey.id),
            () => status.info(STEP_UP_PROMPT),
          );
          show(me.passkeys);
          status.info(`Removed “${passkey.name}”.`);
        } catch (error) {
          // Put the buttons back: the passkey is still there.
          buttons.replaceChildren(rename, remove);
          report(error);
        }
      });
    });
    return element;
  }

  const newName = h('input', {
    id: 'new-passkey-name',
    type: 'text',
    maxlength: 60,
    placeholder: 'e.g. Work laptop',
  });
  const addStatus = createStatusLine();
  let adding = false;
  const addForm = h(
    'form',
    {
      class: 'add-passkey',
      novalidate: true,
      on: {
        submit: (event) => {
          event.preventDefault();
          if (adding) return;
          adding = true;
          let canReceiveSealed = false;
          addPasskey(newName.value.trim(), (stage) =>
            addStatus.info(
              stage === 'confirming'
                ? `${STEP_UP_PROMPT} Then your device creates the new passkey.`
                : 'Waiting for your device to create a passkey…',
            ),
          )
            .then((added) => {
              canReceiveSealed = added.canReceiveSealed;
              return getMe();
            })
            .then(
              (me) => {
                show(me.passkeys);
                newName.value = '';
                addStatus.info(
                  canReceiveSealed
                    ? 'Passkey added. It can receive sealed secrets.'
                    : 'Passkey added. Its authenticator does not support PRF, so it cannot receive sealed secrets.',
                );
              },
              (error: unknown) => report(error, addStatus),
            )
            .finally(() => {
              adding = false;
            });
        },
      },
    },
    h('h3', {}, 'Add a passkey'),
    h(
      'p',
      { class: 'hint' },
      'A second passkey (another device, a security key) keeps you in if one is lost.',
    ),
    field({
      label: 'Name of the new passkey (optional)',
      control: newName,
      after: h('button', { type: 'submit', class: 'primary' }, 'Add a passkey'),
    }),
    addStatus.element,
  );

  show(initial);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'passkeys-heading' },
    h('h2', { id: 'passkeys-heading' }, 'Passkeys'),
    list,
    status.element,
    addForm,
  );
}
