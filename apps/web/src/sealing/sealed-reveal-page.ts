import type { PublicUser, SecretMetadata, SecretSender } from '@hushlink/protocol';
import { ApiRequestError } from '../api/api-request-error.ts';
import { revealSealedSecret } from '../api/sealed-secrets.ts';
import { getSecretMetadata } from '../api/secrets.ts';
import { getMe } from '../api/session.ts';
import { envelopeErrorCode } from '../crypto/envelope.ts';
import { describeError } from '../describe-error.ts';
import { currentLanguage } from '../i18n/translator.ts';
import { message } from '../messages.ts';
import { showNotice } from '../pages/notice-view.ts';
import { t as reveal } from '../pages/reveal-text.ts';
import { showRevealedSecret } from '../pages/revealed-secret-view.ts';
import { loadSession, setSignedOut } from '../session.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { formatCount, timeElement } from '../ui/format-time.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { heldKeyPairs, type RecipientKeyPair } from './key-store.ts';
import { describeSenderCheck, openFromSender } from './open-from-sender.ts';
import { t } from './sealed-text.ts';
import { bytesOf, fingerprintOf } from './sealing-crypto.ts';

function viewsNote(viewsLeft: number): string {
  return t('viewsNote', { count: viewsLeft });
}

/**
 * Which passkey to use instead, after the one just used turned out not to be among the recipients: my other
 * passkeys that have sealing keys, by name and fingerprint.
 */
async function otherPasskeysSentence(usedCredentialId: string | undefined): Promise<string> {
  const me = await getMe();
  const used = me.passkeys.find((passkey) => passkey.id === usedCredentialId);
  const others = me.passkeys.filter((passkey) => passkey.prfPublicKey && passkey.id !== usedCredentialId);
  const usedPart = used ? t('notSealedToUsedNamed', { passkey: used.name }) : t('notSealedToUsed');
  if (others.length === 0) {
    return `${usedPart} ${t('noOtherPasskeys')}`;
  }
  const names = await Promise.all(
    others.map(async (passkey) =>
      t('passkeyWithFingerprint', {
        name: passkey.name,
        fingerprint: await fingerprintOf(passkey.prfPublicKey ?? ''),
      }),
    ),
  );
  const list = new Intl.ListFormat(currentLanguage(), { type: 'disjunction' }).format(names);
  return `${usedPart} ${t('useOtherPasskeys', { passkeys: list })}`;
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
      title: reveal('notForYouTitle'),
      message: `${mine ? t('notSealedToSender') : message('notForYou')} ${t('signedInAsSentence', { displayName: user.displayName, name: user.name })}`,
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
  const forWhom = h('p', { id: 'sealed-for-whom' }, t('forSpecificPeople'));
  const status = createStatusLine();
  const button = h('button', { type: 'submit', class: 'primary' });
  const signedInLine = h('p', { class: 'hint' });

  function update(): void {
    note.textContent = isMine() ? t('ownSecret') : viewsNote(metadata.viewsLeft);
    forWhom.hidden = user !== null;
    signedInLine.textContent = user
      ? t('signedInAs', { displayName: user.displayName, name: user.name })
      : '';
    if (!user) button.textContent = t('signInAndOpen');
    else if (askPasskey) button.textContent = t('useAnotherPasskey');
    else if (keyPairs.length === 0) button.textContent = t('confirmAndOpen');
    else button.textContent = t('open');
  }

  /** A passkey ceremony for the PRF output (a sign-in, which also refreshes the session). False when it failed. */
  async function usePasskey(): Promise<boolean> {
    status.info(reveal('waitingForPasskey'));
    let passkeys: typeof import('../passkeys/index.ts');
    try {
      passkeys = await import('../passkeys/index.ts');
    } catch {
      status.error(message('pageFailed'));
      return false;
    }
    try {
      const signIn = await passkeys.signInWithPasskeyKey();
      user = signIn.user;
      usedCredentialId = signIn.credentialId;
      if (!signIn.keyPair) {
        askPasskey = true;
        update();
        status.error(t('noPrf'));
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
      status.error(message('passphraseNeeded'));
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
        status.info(t('opening'));
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
          status.error(t('files'));
          return;
        }
        held = {
          envelope: await bytesOf(revealed.ciphertext),
          viewsLeft: revealed.viewsLeft,
          sender: sender ?? null,
        };
      }
      status.info(metadata.passphrase ? reveal('decryptingSlow') : reveal('decrypting'));
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
    const text = isMine() ? t('notSealedToSender') : message('notForYou');
    showNotice(main, { title: reveal('notForYouTitle'), message: text, focus: true });
  }

  async function failed(error: unknown): Promise<void> {
    if (error instanceof ApiRequestError) {
      switch (error.code) {
        case 'not_found':
          showNotice(main, { title: reveal('goneTitle'), message: message('gone'), focus: true });
          return;
        case 'not_for_you':
          failedAsNotForYou();
          return;
        case 'sign_in_required':
          setSignedOut();
          user = null;
          keyPairs = [];
          update();
          status.info(t('sessionEnded'));
          return;
      }
    }
    const code = envelopeErrorCode(error);
    if (code === 'NOT_A_RECIPIENT') {
      askPasskey = true;
      keyPairs = [];
      update();
      note.textContent = t('heldForAnotherPasskey');
      status.error(await otherPasskeysSentence(usedCredentialId).catch(() => t('notSealedUseAnother')));
      return;
    }
    if (code === 'SENDER_MISMATCH' || code === 'SIGNATURE_INVALID' || code === 'COMMITMENT_MISMATCH') {
      // Nothing was decrypted for the page: the envelope is dropped, and there is nothing to retry.
      held = undefined;
      showNotice(main, { title: t('doNotTrustTitle'), message: describeError(error), focus: true });
      return;
    }
    if (code === 'PAYLOAD_INVALID') {
      status.error(t('files'));
      return;
    }
    status.error(describeError(error));
    if (held && metadata.passphrase) {
      note.textContent = reveal('heldSecret');
      passphrase.focus();
      passphrase.select();
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void open(event) } },
    facts([
      [reveal('expires'), timeElement(metadata.expiresAt)],
      [reveal('viewsLeft'), formatCount(metadata.viewsLeft)],
      [reveal('passphrase'), metadata.passphrase ? reveal('required') : reveal('none')],
      [reveal('whoCanOpen'), t('whoCanOpenSealed')],
    ]),
    metadata.passphrase
      ? field({
          label: reveal('passphrase'),
          control: passphrase,
          hint: reveal('passphraseHint'),
        })
      : null,
    forWhom,
    note,
    h('div', { class: 'actions' }, button, signedInLine),
    status.element,
  );
  update();
  render(main, h('h1', {}, t('title')), h('p', { class: 'lede' }, t('lede')), form);
}
