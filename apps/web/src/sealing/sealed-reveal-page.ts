import type { PublicUser, SecretMetadata, SecretSender } from '@hushlink/protocol';
import { ApiRequestError } from '../api/api-request-error.ts';
import { revealSealedSecret } from '../api/sealed-secrets.ts';
import { getSecretMetadata } from '../api/secrets.ts';
import { getMe } from '../api/session.ts';
import { envelopeErrorCode } from '../crypto/envelope.ts';
import { describeError } from '../describe-error.ts';
import { MESSAGES } from '../messages.ts';
import { showNotice } from '../pages/notice-view.ts';
import { showRevealedSecret } from '../pages/revealed-secret-view.ts';
import { loadSession, setSignedOut } from '../session.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { timeElement } from '../ui/format-time.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { heldKeyPairs, type RecipientKeyPair } from './key-store.ts';
import { describeSenderCheck, openFromSender } from './open-from-sender.ts';
import { bytesOf, fingerprintOf } from './sealing-crypto.ts';

/** The sentences of this page that people (and the tests) read. */
export const SEALED_TEXT = {
  noPrf:
    'This passkey cannot open sealed secrets: its authenticator does not support the PRF extension that Hushlink needs. Nothing was opened. Use another of your passkeys, one that your account page lists as able to receive sealed secrets.',
  files: 'This sealed secret holds files, which this page cannot open yet.',
  /** Shown signed out, before any passkey prompt: who can open it, and what to do without an account. */
  forSpecificPeople:
    'This link is for specific people: it opens only for the Hushlink accounts it was sealed to, each with their own passkey. If you are one of them, sign in with your passkey. If you have no account here, you cannot open it yet: ask the person who sent it to invite you, then to share it with you again once you have an account.',
  /** The sender, who sealed it to themselves too, re-opening it. */
  ownSecret:
    'You sealed this secret, and opening it yourself does not use up a view: they stay for the people you sealed it to.',
  /** The sender, who did not seal it to themselves. */
  notSealedToSender:
    'You sealed this secret to other people, not to your own passkeys, so you cannot open it. Only they can.',
} as const;

function viewsNote(viewsLeft: number): string {
  return viewsLeft === 1
    ? 'Opening it uses up a view. This is the last one: the secret is deleted from the server when you open it.'
    : `Opening it uses up a view; ${viewsLeft} are left.`;
}

/**
 * Which passkey to use instead, after the one just used turned out not to be among the recipients: my other
 * passkeys that have sealing keys, by name and fingerprint.
 */
async function otherPasskeysSentence(usedCredentialId: string | undefined): Promise<string> {
  const me = await getMe();
  const used = me.passkeys.find((passkey) => passkey.id === usedCredentialId);
  const others = me.passkeys.filter((passkey) => passkey.prfPublicKey && passkey.id !== usedCredentialId);
  const usedPart = used
    ? `It was not sealed to the passkey you used (“${used.name}”).`
    : 'It was not sealed to the passkey you used.';
  if (others.length === 0) {
    return `${usedPart} None of your other passkeys can receive sealed secrets: ask the sender to seal it again to a passkey you have.`;
  }
  const names = await Promise.all(
    others.map(async (passkey) => `“${passkey.name}” (${await fingerprintOf(passkey.prfPublicKey ?? '')})`),
  );
  return `${usedPart} Use another of your passkeys: ${names.join(' or ')}. A passkey added after the secret was sealed cannot open it.`;
}

/**
 * `/s/ID` of a sealed secret (no key in the link): the recipient proves who they are with a passkey, whose PRF
 * output gives the key pair that unwraps the content key in this browser. Signed out, one button signs in and
 * opens; signed in, the page asks the passkey again (the key pair is never stored) unless this page already
 * derived it. Nothing is consumed before the key pair is in hand, and a passkey that is not among the recipients
 * can be swapped for another without using up another view.
 */
export async function showSealedRevealPage(
  main: HTMLElement,
  id: string,
  firstMetadata: SecretMetadata,
): Promise<void> {
  let metadata = firstMetadata;
  let user: PublicUser | null = await loadSession();
  // The server already knows this account is not named: say so now, not after a passkey prompt.
  if (user && metadata.forYou === false) {
    const mine = metadata.sender?.id === user.id;
    showNotice(main, {
      title: 'Not for you',
      message: `${mine ? SEALED_TEXT.notSealedToSender : MESSAGES.notForYou} You are signed in as ${user.displayName} (@${user.name}).`,
    });
    return;
  }
  /** Whether the signed-in person sealed it (to themselves too): their opening uses up no view. */
  const isMine = (): boolean => user !== null && metadata.sender?.id === user.id;
  let keyPairs: RecipientKeyPair[] = user ? heldKeyPairs(user.id) : [];
  /** After a passkey that could not open it: the next attempt asks for a passkey again. */
  let askPasskey = false;
  let usedCredentialId: string | undefined;
  let held: { envelope: Uint8Array; viewsLeft: number; sender: SecretSender | null } | undefined;
  let busy = false;

  const passphrase = h('input', {
    id: 'passphrase',
    name: 'passphrase',
    type: 'password',
    autocomplete: 'off',
  });
  const note = h('p', { class: 'note' });
  const forWhom = h('p', { id: 'sealed-for-whom' }, SEALED_TEXT.forSpecificPeople);
  const status = createStatusLine();
  const button = h('button', { type: 'submit', class: 'primary' });
  const signedInLine = h('p', { class: 'hint' });

  function update(): void {
    note.textContent = isMine() ? SEALED_TEXT.ownSecret : viewsNote(metadata.viewsLeft);
    forWhom.hidden = user !== null;
    signedInLine.textContent = user ? `Signed in as ${user.displayName} (@${user.name}).` : '';
    if (!user) button.textContent = 'Sign in with your passkey and open';
    else if (askPasskey) button.textContent = 'Use another passkey';
    else if (keyPairs.length === 0) button.textContent = 'Confirm with your passkey and open';
    else button.textContent = 'Open';
  }

  /** A passkey ceremony for the PRF output (a sign-in, which also refreshes the session). False when it failed. */
  async function usePasskey(): Promise<boolean> {
    status.info('Waiting for your passkey…');
    let passkeys: typeof import('../passkeys/index.ts');
    try {
      passkeys = await import('../passkeys/index.ts');
    } catch {
      status.error(MESSAGES.pageFailed);
      return false;
    }
    try {
      const signIn = await passkeys.signInWithPasskeyKey();
      user = signIn.user;
      usedCredentialId = signIn.credentialId;
      if (!signIn.keyPair) {
        askPasskey = true;
        update();
        status.error(SEALED_TEXT.noPrf);
        return false;
      }
      keyPairs = [signIn.keyPair];
      askPasskey = false;
      update();
      return true;
    } catch (error) {
      status.error(passkeys.describePasskeyError(error));
      return false;
    }
  }

  async function open(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (metadata.passphrase && passphrase.value === '') {
      status.error(MESSAGES.passphraseNeeded);
      passphrase.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      if (!user || askPasskey || keyPairs.length === 0) {
        if (!(await usePasskey())) return;
      }
      if (!held) {
        status.info('Opening…');
        // Who sealed it, asked now that I am signed in (the server names the sender only to its recipients), and
        // before the reveal, which may delete it.
        const fresh = await getSecretMetadata(id);
        const sender = fresh.sender;
        metadata = fresh;
        if (fresh.forYou === false) {
          failedAsNotForYou();
          return;
        }
        const revealed = await revealSealedSecret(id);
        if (!('ciphertext' in revealed)) {
          status.error(SEALED_TEXT.files);
          return;
        }
        held = {
          envelope: await bytesOf(revealed.ciphertext),
          viewsLeft: revealed.viewsLeft,
          sender: sender ?? null,
        };
      }
      status.info(metadata.passphrase ? 'Decrypting (the passphrase takes a moment)…' : 'Decrypting…');
      const { text, check } = await openFromSender(held.envelope, keyPairs, passphrase.value, held.sender);
      showRevealedSecret(main, text, held.viewsLeft, {
        text: describeSenderCheck(check),
        verified: check.kind === 'verified',
      });
    } catch (error) {
      await failed(error);
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  }

  function failedAsNotForYou(): void {
    const message = isMine() ? SEALED_TEXT.notSealedToSender : MESSAGES.notForYou;
    showNotice(main, { title: 'Not for you', message, focus: true });
  }

  async function failed(error: unknown): Promise<void> {
    if (error instanceof ApiRequestError) {
      switch (error.code) {
        case 'not_found':
          showNotice(main, { title: 'This secret is gone', message: MESSAGES.gone, focus: true });
          return;
        case 'not_for_you':
          failedAsNotForYou();
          return;
        case 'sign_in_required':
          setSignedOut();
          user = null;
          keyPairs = [];
          update();
          status.info('Your session ended. Sign in with your passkey again to open it.');
          return;
      }
    }
    const code = envelopeErrorCode(error);
    if (code === 'NOT_A_RECIPIENT') {
      askPasskey = true;
      keyPairs = [];
      update();
      note.textContent =
        'The secret is held in this tab: trying another passkey does not use up another view. Reloading or closing the tab loses it.';
      status.error(
        await otherPasskeysSentence(usedCredentialId).catch(
          () => 'It was not sealed to the passkey you used. Use another of your passkeys.',
        ),
      );
      return;
    }
    if (code === 'SENDER_MISMATCH' || code === 'SIGNATURE_INVALID' || code === 'COMMITMENT_MISMATCH') {
      // Nothing was decrypted for the page: the envelope is dropped, and there is nothing to retry.
      held = undefined;
      showNotice(main, { title: 'Do not trust this secret', message: describeError(error), focus: true });
      return;
    }
    if (code === 'PAYLOAD_INVALID') {
      status.error(SEALED_TEXT.files);
      return;
    }
    status.error(describeError(error));
    if (held && metadata.passphrase) {
      note.textContent =
        'The secret is held in this tab: trying again does not use up another view. Reloading or closing the tab loses it.';
      passphrase.focus();
      passphrase.select();
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void open(event) } },
    facts([
      ['Expires', timeElement(metadata.expiresAt)],
      ['Views left', String(metadata.viewsLeft)],
      ['Passphrase', metadata.passphrase ? 'Required' : 'None'],
      ['Who can open it', 'Only the people it was sealed to, with their passkey'],
    ]),
    metadata.passphrase
      ? field({
          label: 'Passphrase',
          control: passphrase,
          hint: 'The sender should have given it to you separately.',
        })
      : null,
    forWhom,
    note,
    h('div', { class: 'actions' }, button, signedInLine),
    status.element,
  );
  update();
  render(
    main,
    h('h1', {}, 'A sealed secret is waiting for you'),
    h(
      'p',
      { class: 'lede' },
      'It was sealed to the passkeys of the people it is for: only your passkey can open it, in this browser. ' +
        'The link holds no key, and nothing is used up until you open it.',
    ),
    form,
  );
}
