import type { Passkey } from '@hushlink/protocol';
import { removePasskey, renamePasskey } from '../../api/account.ts';
import { ApiRequestError } from '../../api/api-request-error.ts';
import { getMe } from '../../api/session.ts';
import { addPasskey, describePasskeyError, stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { fingerprintOf, signingFingerprintOf } from '../../sealing/sealing-crypto.ts';
import { askToConfirm } from '../../ui/confirm.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement } from '../../ui/format-time.ts';
import { createStatusLine, type StatusLine } from '../../ui/status-line.ts';
import { t } from './account-text.ts';
import { passkeyKind } from './passkey-labels.ts';

/**
 * Whether a passkey can receive sealed secrets, with its key's fingerprint (filled in once the envelope library
 * has computed it) for people to compare with what a sender sees.
 */
function sealingLine(passkey: Passkey): HTMLElement {
  if (!passkey.prfPublicKey) {
    return h('p', { class: 'meta', 'data-sealing': 'none' }, t('noPrf'));
  }
  return h(
    'p',
    { class: 'meta', 'data-sealing': 'key' },
    ...t.nodes('receivesSealed', {
      fingerprint: fingerprintSpan(fingerprintOf(passkey.prfPublicKey), 'data-fingerprint'),
    }),
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
      span.textContent = t('unavailable');
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
    ...t.nodes('signsSealed', {
      fingerprint: fingerprintSpan(signingFingerprintOf(passkey.prfSigningKey), 'data-signing-fingerprint'),
    }),
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
  const list = h('ul', { class: 'item-list', 'aria-label': t('yourPasskeys') });

  function show(passkeys: Passkey[]): void {
    list.replaceChildren(...passkeys.map((passkey) => item(passkey)));
  }

  function report(error: unknown, line: StatusLine = status): void {
    if (sessionLost(error)) return;
    if (error instanceof ApiRequestError && error.code === 'last_passkey') {
      line.error(t('lastPasskey'));
    } else {
      line.error(describePasskeyError(error));
    }
  }

  function item(passkey: Passkey): HTMLLIElement {
    const rename = h(
      'button',
      { type: 'button', class: 'secondary small', 'aria-label': t('renameLabel', { name: passkey.name }) },
      t('rename'),
    );
    const remove = h(
      'button',
      { type: 'button', class: 'secondary small', 'aria-label': t('removeLabel', { name: passkey.name }) },
      t('remove'),
    );
    const buttons = h('div', { class: 'button-row' }, rename, remove);
    const description = h(
      'div',
      {},
      h('strong', { class: 'item-title' }, passkey.name),
      h(
        'p',
        { class: 'meta' },
        ...t.nodes('addedMeta', {
          kind: passkeyKind(passkey),
          added: dateTimeElement(passkey.createdAt),
          lastUsed: passkey.lastUsedAt
            ? h('span', {}, ...t.nodes('lastUsed', { time: dateTimeElement(passkey.lastUsedAt) }))
            : t('neverSignedInWith'),
        }),
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
                status.error(t('nameThePasskey'));
                input.focus();
                return;
              }
              renamePasskey(passkey.id, name).then(
                (me) => {
                  show(me.passkeys);
                  status.info(t('renamed', { name }));
                },
                (error: unknown) => report(error),
              );
            },
          },
        },
        field({ label: t('newNameFor', { name: passkey.name }), control: input }),
        h(
          'div',
          { class: 'button-row' },
          h('button', { type: 'submit', class: 'primary small' }, t('save')),
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
            t('cancel'),
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
          question: t('removePasskeyQuestion', { name: passkey.name }),
          confirm: t('yesRemove'),
        },
        remove,
      ).then(async (confirmed) => {
        if (!confirmed) return;
        try {
          const me = await withStepUp(
            () => removePasskey(passkey.id),
            () => status.info(stepUpPrompt()),
          );
          show(me.passkeys);
          status.info(t('removed', { name: passkey.name }));
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
    placeholder: t('passkeyNamePlaceholder'),
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
                ? t('thenNewPasskey', { prompt: stepUpPrompt() })
                : t('waitingForNewPasskey'),
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
                addStatus.info(canReceiveSealed ? t('passkeyAddedSealed') : t('passkeyAddedNoPrf'));
              },
              (error: unknown) => report(error, addStatus),
            )
            .finally(() => {
              adding = false;
            });
        },
      },
    },
    h('h3', {}, t('addPasskey')),
    h('p', { class: 'hint' }, t('addPasskeyHint')),
    field({
      label: t('newPasskeyName'),
      control: newName,
      after: h('button', { type: 'submit', class: 'primary' }, t('addPasskey')),
    }),
    addStatus.element,
  );

  show(initial);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'passkeys-heading' },
    h('h2', { id: 'passkeys-heading' }, t('passkeys')),
    list,
    status.element,
    addForm,
  );
}
