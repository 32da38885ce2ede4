import { EXPIRY_CHOICES, MAX_REQUEST_SECONDS, type MyRequest, type RequestAnswer } from '@hushlink/protocol';
import { createSecretRequest, listMySecretRequests } from '../../api/requests.ts';
import { getMe } from '../../api/session.ts';
import { describeError } from '../../describe-error.ts';
import { requestLink } from '../../sealing/links.ts';
import { copyButton } from '../../ui/copy-button.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { dateTimeElement, timeElement } from '../../ui/format-time.ts';
import { internalLink } from '../../ui/navigation.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { expiryLabel } from '../expiry-label.ts';
import { t } from './links-text.ts';

const STATES = {
  open: 'requestOpen',
  answered: 'requestAnswered',
  expired: 'requestExpired',
  revoked: 'requestWithdrawn',
} as const satisfies Record<MyRequest['state'], string>;

const BADGES: Readonly<Record<MyRequest['state'], string>> = {
  open: 'active',
  answered: 'used',
  expired: 'expired',
  revoked: 'revoked',
};

/** A request's link: its id and the keys the answer is sealed to, in the fragment. */
function linkOf(request: MyRequest): string {
  return requestLink(
    location.origin,
    request.id,
    request.keys.map((key) => key.publicKey),
  );
}

function readOnlyInput(id: string, value: string): HTMLInputElement {
  const input = h('input', { id, type: 'text', readonly: true, spellcheck: 'false', autocomplete: 'off' });
  input.value = value;
  input.addEventListener('focus', () => input.select());
  return input;
}

/**
 * What My links offers for an answer: to open it while it can be, or when and by whom it was opened, or why it
 * is gone. An older server that says nothing about the answer gets the link.
 */
function answerLine(secretId: string, answer: RequestAnswer | null | undefined): HTMLElement {
  if (answer?.opened) {
    const by = answer.opened.user
      ? t('person', { displayName: answer.opened.user.displayName, name: answer.opened.user.name })
      : t('someoneNotSignedIn');
    return h(
      'p',
      { 'data-answer': 'opened' },
      ...t.nodes('openedBy', { by, time: dateTimeElement(answer.opened.at) }),
    );
  }
  if (answer === null || (answer && answer.state !== 'active')) {
    const why =
      answer?.state === 'revoked' ? 'goneRevoked' : answer?.state === 'used' ? 'goneOpened' : 'goneExpired';
    return h('p', { 'data-answer': 'gone', class: 'meta' }, t(why));
  }
  return h('p', {}, ...t.nodes('openOnce', { link: internalLink(`/s/${secretId}`, t('openTheAnswer')) }));
}

/**
 * "Requests for a secret" on My links: ask someone (account or not) for a secret with a note and an expiry; the
 * link `/r/ID#KEYS` carries my sealing public keys, so what they type is sealed to my passkeys in their browser.
 * Lists my requests; an answered one opens at `/s/SECRETID` with my passkey.
 *
 * @param failed handles an error of the listing (a lost session ends the page).
 */
export function requestsSection(failed: (error: unknown) => void): HTMLElement {
  const status = createStatusLine();
  const body = h('div', {});
  const list = h('ul', { class: 'item-list', 'aria-label': t('yourRequests') });
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'requests-heading' },
    h('h2', { id: 'requests-heading' }, t('requestsTitle')),
    h('p', {}, t('requestsLede')),
    body,
    status.element,
    list,
  );

  function item(request: MyRequest): HTMLLIElement {
    const parts: Node[] = [
      h('strong', { class: 'item-title' }, request.note),
      h(
        'p',
        { class: 'meta' },
        ...t.nodes('requestMeta', {
          state: h('span', { class: `badge badge-${BADGES[request.state]}` }, t(STATES[request.state])),
          asked: dateTimeElement(request.createdAt),
          open:
            request.state === 'open'
              ? h('span', {}, ...t.nodes('openUntil', { time: timeElement(request.expiresAt) }))
              : '',
          answered: request.answeredAt
            ? h('span', {}, ...t.nodes('answeredAt', { time: dateTimeElement(request.answeredAt) }))
            : '',
        }),
      ),
    ];
    if (request.state === 'answered' && request.secretId)
      parts.push(answerLine(request.secretId, request.answer));
    if (request.state === 'open') {
      const lineStatus = createStatusLine();
      const link = linkOf(request);
      parts.push(
        field({
          label: t('linkOfRequest'),
          control: readOnlyInput(`request-link-${request.id}`, link),
          after: copyButton(t('copy'), () => link, lineStatus),
        }),
        lineStatus.element,
      );
    }
    return h('li', { 'data-request-id': request.id }, h('div', {}, ...parts));
  }

  async function load(): Promise<void> {
    try {
      const requests = await listMySecretRequests();
      list.replaceChildren(...requests.map(item));
      list.hidden = requests.length === 0;
    } catch (error) {
      failed(error);
    }
  }

  function form(): HTMLFormElement {
    const note = h('textarea', {
      id: 'request-note',
      name: 'request-note',
      rows: 2,
      maxlength: 500,
      required: true,
    });
    const expiry = h(
      'select',
      { id: 'request-expiry', name: 'request-expiry' },
      ...EXPIRY_CHOICES.filter((choice) => choice.seconds <= MAX_REQUEST_SECONDS).map((choice) =>
        h(
          'option',
          { value: choice.seconds, selected: choice.seconds === 24 * 60 * 60 },
          expiryLabel(choice.seconds, choice.label),
        ),
      ),
    );
    const created = h('div', {});
    let busy = false;
    const element = h(
      'form',
      {
        novalidate: true,
        on: {
          submit: (event) => {
            event.preventDefault();
            if (busy) return;
            if (note.value.trim() === '') {
              status.error(t('sayWhat'));
              note.focus();
              return;
            }
            busy = true;
            status.info(t('creating'));
            createSecretRequest({ note: note.value.trim(), expiresIn: Number(expiry.value) })
              .then(
                (request) => {
                  const link = linkOf(request);
                  const linkStatus = createStatusLine();
                  created.replaceChildren(
                    field({
                      label: t('requestLink'),
                      control: readOnlyInput('request-link', link),
                      hint: t('requestLinkHint'),
                      after: copyButton(t('copyRequestLink'), () => link, linkStatus),
                    }),
                    linkStatus.element,
                  );
                  note.value = '';
                  status.info(t('requestCreated'));
                  return load();
                },
                (error: unknown) => status.error(describeError(error)),
              )
              .finally(() => {
                busy = false;
              });
          },
        },
      },
      field({ label: t('whatDoYouNeed'), control: note, hint: t('noteHint') }),
      field({ label: t('openFor'), control: expiry }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, t('createRequestLink')),
      ),
      created,
    );
    return element;
  }

  getMe().then(
    (me) => {
      if (me.passkeys.some((passkey) => passkey.prfPublicKey)) {
        body.replaceChildren(form());
      } else {
        body.replaceChildren(
          h(
            'p',
            { class: 'note' },
            ...t.nodes('noSealingPasskey', { link: internalLink('/account', t('addAPasskey')) }),
          ),
        );
      }
    },
    (error: unknown) => failed(error),
  );
  void load();
  return section;
}
