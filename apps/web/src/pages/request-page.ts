import { type RequestInfo, requestIdSchema } from '@hushlink/protocol';
import { ApiRequestError } from '../api/api-request-error.ts';
import { answerSecretRequest, getSecretRequest } from '../api/requests.ts';
import { describeError } from '../describe-error.ts';
import { message } from '../messages.ts';
import { currentFragment } from '../routes.ts';
import { fingerprintOf, sealTextTo } from '../sealing/sealing-crypto.ts';
import { signingKeyForSealing } from '../sealing/sender-signing.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { focusHeading } from '../ui/focus.ts';
import { timeElement } from '../ui/format-time.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { showNotice } from './notice-view.ts';
import { t } from './request-text.ts';

const PUBLIC_KEY = /^[A-Za-z0-9_-]{43}$/;
/** More keys than anyone has passkeys: a fragment longer than this is not one of our links. */
const MAX_LINK_KEYS = 64;

/** The requester's public keys from the link's fragment (`KEY.KEY…`), or null when it is missing or malformed. */
function linkKeys(fragment: string): string[] | null {
  if (fragment === '') return null;
  const keys = fragment.split('.');
  if (keys.length > MAX_LINK_KEYS || !keys.every((key) => PUBLIC_KEY.test(key))) return null;
  return [...new Set(keys)];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}

function showGone(main: HTMLElement, focus = false): void {
  showNotice(main, { title: t('goneTitle'), message: t('gone'), focus });
}

/**
 * `/r/ID#KEYS` (no account needed): shows who asks for a secret and their note, seals the text typed here to the
 * requester's keys from the link (warning when the server lists others) and sends only the sealed envelope.
 */
export async function showRequestPage(main: HTMLElement, id: string): Promise<void> {
  if (!requestIdSchema.safeParse(id).success) {
    showNotice(main, { title: t('damagedTitle'), message: t('damaged') });
    return;
  }
  const keys = linkKeys(currentFragment());
  if (!keys) {
    showNotice(main, { title: t('incompleteTitle'), message: t('incomplete') });
    return;
  }
  let info: RequestInfo;
  let fingerprints: string[];
  try {
    info = await getSecretRequest(id);
    fingerprints = await Promise.all(keys.map(fingerprintOf));
  } catch (error) {
    if (error instanceof ApiRequestError && (error.code === 'not_found' || error.code === 'request_gone')) {
      showGone(main);
    } else {
      showNotice(main, { title: message('somethingWrong'), message: describeError(error) });
    }
    return;
  }
  showAnswerForm(main, id, info, keys, fingerprints);
}

function showAnswerForm(
  main: HTMLElement,
  id: string,
  info: RequestInfo,
  keys: readonly string[],
  fingerprints: readonly string[],
): void {
  const requester = t('requester', { displayName: info.requester.displayName, name: info.requester.name });
  const name = info.requester.displayName;
  const secret = h('textarea', {
    id: 'secret',
    name: 'secret',
    rows: 7,
    required: true,
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
  });
  const status = createStatusLine();
  const serverKeys = info.keys.map((key) => key.publicKey);
  const mismatch = !sameKeys(keys, serverKeys);
  let busy = false;

  async function send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const text = secret.value;
    if (text.trim() === '') {
      status.error(t('typeFirst'));
      secret.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      // Signed in, the answer is signed as mine (the server names me as its sender); signed out, it is not.
      const signer = await signingKeyForSealing(status);
      status.info(t('sealing', { name }));
      // Sealed to the keys of the link, which came from the requester, not to the ones the server lists.
      const ciphertext = await sealTextTo(text, keys, '', signer);
      status.info(t('sending'));
      await answerSecretRequest(id, ciphertext);
      secret.value = '';
      showSent(main, info);
    } catch (error) {
      if (error instanceof ApiRequestError && (error.code === 'not_found' || error.code === 'request_gone')) {
        showGone(main, true);
        return;
      }
      status.error(describeError(error));
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void send(event) } },
    facts([
      [t('askedBy'), requester],
      [t('theirNote'), h('span', { id: 'request-note' }, info.note)],
      [t('openUntil'), timeElement(info.expiresAt)],
      [t('sealedTo'), t('theirKeys', { fingerprints: fingerprints.join(', ') })],
    ]),
    mismatch ? h('p', { class: 'note', 'data-key-mismatch': '' }, t('keyMismatch', { name })) : null,
    field({
      label: t('secret'),
      control: secret,
      hint: t('secretHint', { name }),
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('sealAndSend'))),
    status.element,
  );
  render(main, h('h1', {}, t('asks', { name })), h('p', { class: 'lede' }, t('lede')), form);
}

function showSent(main: HTMLElement, info: RequestInfo): void {
  const heading = h('h1', {}, t('sent'));
  render(
    main,
    heading,
    h('p', { class: 'lede', 'data-notice': '' }, t('sentLede', { name: info.requester.displayName })),
    h('p', {}, internalLink('/', t('shareYourOwn'))),
  );
  focusHeading(heading);
}
