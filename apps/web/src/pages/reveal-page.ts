import type { DownloadGrant, PublicUser, SecretMetadata } from '@hushlink/protocol';
import { secretIdSchema } from '@hushlink/protocol';
import { ApiRequestError, getSecretMetadata, revealSecret } from '../api/index.ts';
import { envelopeErrorCode, loadEnvelope } from '../crypto/envelope.ts';
import { claimFor, envelopeBytes, openSecret, readLinkKey } from '../crypto/open-secret.ts';
import { describeError } from '../describe-error.ts';
import type { reveal } from '../i18n/en/reveal.ts';
import { message } from '../messages.ts';
import { currentFragment, forgetFragmentAfterPaint } from '../routes.ts';
import { loadSession, setSignedOut } from '../session.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { focusHeading } from '../ui/focus.ts';
import { formatClockTime, formatCount, timeElement } from '../ui/format-time.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { warmUpMonospaceFont } from '../ui/warm-up-font.ts';
import { showNotice } from './notice-view.ts';
import { t } from './reveal-text.ts';
import { showRevealedSecret } from './revealed-secret-view.ts';

const LINK_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The file code (download, decrypt, save): its own chunk, loaded only for a secret stored as an upload. */
function fileCode(): Promise<typeof import('../files/reveal-files.ts')> {
  return import('../files/reveal-files.ts');
}

function showIncomplete(main: HTMLElement, focus = false): void {
  showNotice(main, { title: t('incompleteTitle'), message: message('incompleteLink'), focus });
}

function showGone(main: HTMLElement, focus = false): void {
  showNotice(main, { title: t('goneTitle'), message: message('gone'), focus });
}

/** A sealed secret's page: loaded only for one, so that link secrets' reveal page stays small. */
async function showSealed(main: HTMLElement, id: string, metadata: SecretMetadata): Promise<void> {
  try {
    await (await import('../sealing/sealed-reveal-page.ts')).showSealedRevealPage(main, id, metadata);
  } catch {
    showNotice(main, { title: message('somethingWrong'), message: message('pageFailed') });
  }
}

/** The link key in `fragment`, or null when it is missing or damaged. Throws only if the library cannot load. */
async function linkKeyOrNull(fragment: string): Promise<Uint8Array | null> {
  if (!LINK_KEY_PATTERN.test(fragment)) return null;
  try {
    return await readLinkKey(fragment);
  } catch (error) {
    if (envelopeErrorCode(error) === 'KEY_INVALID') return null;
    throw error;
  }
}

/**
 * `/s/ID#KEY`: checks the link, shows what is waiting (reading metadata consumes nothing), and reveals only when
 * the person presses Reveal.
 */
export async function showRevealPage(main: HTMLElement, id: string): Promise<void> {
  if (!secretIdSchema.safeParse(id).success) {
    showNotice(main, { title: t('damagedTitle'), message: message('damagedId') });
    return;
  }
  let linkKey: Uint8Array | null;
  try {
    // The code that decrypts (the envelope chunk and libsodium, each pinned by its SHA-256 in the page) loads
    // before the key is read from the fragment: when the browser refuses a chunk that differs, the key is never
    // read, and the page guard (integrity/page-guard.ts) replaces the page with its error.
    await (await loadEnvelope()).loadSodium();
    linkKey = await linkKeyOrNull(currentFragment());
  } catch (error) {
    showNotice(main, { title: message('somethingWrong'), message: describeError(error) });
    return;
  }
  if (!linkKey) {
    // Without a usable key nothing can be revealed. Still say "gone" when it is (a reload after the last view
    // lands here, because the key left the address bar); looking up metadata consumes nothing.
    // A sealed secret's link has no key: its recipients' passkeys open it (sealing/, a chunk of its own).
    let refusal: ApiRequestError | null = null;
    const found = await getSecretMetadata(id).then(
      (metadata) => metadata,
      (error: unknown) => {
        if (isNetworkRefusal(error)) refusal = error;
        return error instanceof ApiRequestError && error.code === 'not_found' ? null : undefined;
      },
    );
    if (refusal) showNetworkRefusal(main, refusal);
    else if (found?.sealed) await showSealed(main, id, found);
    else if (found === null) showGone(main);
    else showIncomplete(main);
    return;
  }
  let metadata: SecretMetadata;
  try {
    metadata = await getSecretMetadata(id);
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === 'not_found') showGone(main);
    else if (isNetworkRefusal(error)) showNetworkRefusal(main, error);
    else showNotice(main, { title: message('somethingWrong'), message: describeError(error) });
    return;
  }
  showWaiting(main, id, linkKey, metadata, await loadSession());
}

/** Who may open a secret, as the page explains it before anything is consumed. */
const WHO_MAY_OPEN = {
  link: 'whoLink',
  'signed-in': 'whoTeam',
  people: 'whoPeople',
} as const satisfies Readonly<Record<SecretMetadata['access'], keyof typeof reveal>>;

function signInNote(access: SecretMetadata['access']): string {
  return access === 'people' ? t('signInPeople') : t('signInTeam');
}

/** A guest on a team link is told why: the link is for the team, and only a link naming them will open. */

function showNotForYou(main: HTMLElement, access: SecretMetadata['access']): void {
  const text = access === 'signed-in' ? t('notForAGuest') : message('notForYou');
  showNotice(main, { title: t('notForYouTitle'), message: text, focus: true });
}

function viewsNote(viewsLeft: number): string {
  return t('viewsNote', { count: viewsLeft });
}

function showWaiting(
  main: HTMLElement,
  id: string,
  linkKey: Uint8Array,
  metadata: SecretMetadata,
  user: PublicUser | null,
): void {
  const passphrase = h('input', {
    id: 'passphrase',
    name: 'passphrase',
    type: 'password',
    autocomplete: 'off',
  });
  const note = h('p', { class: 'note' }, viewsNote(metadata.viewsLeft));
  const status = createStatusLine();
  // Once a view is consumed the envelope (or, for files, the download grant) stays here, so a mistyped
  // passphrase or a failed download can be retried without another view.
  let held:
    | { envelope: Uint8Array; viewsLeft: number }
    | { grant: DownloadGrant; viewsLeft: number }
    | undefined;
  if (metadata.storage === 'upload') fileCode().catch(() => undefined);
  else warmUpMonospaceFont();
  // The claim depends only on the link key: derive it while the person reads, not after they press Reveal. A
  // failure is kept for the click, which derives it again.
  let claim: Promise<string> = claimFor(linkKey);
  claim.catch(() => undefined);
  let busy = false;

  const restricted = metadata.access !== 'link';
  const revealButton = h('button', { type: 'submit', class: 'primary' }, t('reveal'));
  const signInText = h('p', { id: 'sign-in-note' }, signInNote(metadata.access));
  const signInButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'aria-describedby': signInText.id,
      on: { click: () => void signIn() },
    },
    t('signInWithPasskey'),
  );
  const signInBox = h('div', { class: 'sign-in-box' }, signInText, signInButton);
  const signedInLine = h('p', { class: 'hint' });
  /** Set when Reveal was pressed and refused for want of a session: after signing in, it is retried. */
  let revealAfterSignIn = false;

  function askToSignIn(retry: boolean): void {
    revealAfterSignIn = retry;
    signInBox.hidden = false;
    revealButton.hidden = true;
    signedInLine.textContent = '';
  }

  function showSignedIn(account: PublicUser): void {
    signInBox.hidden = true;
    revealButton.hidden = false;
    signedInLine.textContent = t('signedInAs', { displayName: account.displayName, name: account.name });
  }

  /** Signs in right here (the link key stays in this page and its address), then reveals if that was asked. */
  async function signIn(): Promise<void> {
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    status.info(t('waitingForPasskey'));
    let passkeys: typeof import('../passkeys/index.ts');
    try {
      passkeys = await import('../passkeys/index.ts');
    } catch {
      status.error(message('pageFailed'));
      busy = false;
      form.removeAttribute('aria-busy');
      return;
    }
    try {
      const account = await passkeys.signInWithPasskey();
      showSignedIn(account);
      status.info(revealAfterSignIn ? t('signedIn') : t('signedInPressReveal'));
    } catch (error) {
      status.error(passkeys.describePasskeyError(error));
      return;
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
    if (revealAfterSignIn) {
      revealAfterSignIn = false;
      await reveal();
    } else {
      revealButton.focus();
    }
  }

  async function reveal(event?: SubmitEvent): Promise<void> {
    event?.preventDefault();
    if (busy || revealButton.hidden) return;
    if (metadata.passphrase && passphrase.value === '') {
      status.error(message('passphraseNeeded'));
      passphrase.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      if (!held) {
        // Files this browser could not save are refused before a view is spent.
        const refusal =
          metadata.storage === 'upload' && (await (await fileCode()).refusalBeforeReveal(metadata.size));
        if (refusal) {
          status.error(refusal);
          return;
        }
        status.info(t('revealing'));
        const revealed = await revealSecret(
          id,
          await claim.catch(() => {
            claim = claimFor(linkKey);
            return claim;
          }),
        );
        held =
          'download' in revealed
            ? { grant: revealed.download, viewsLeft: revealed.viewsLeft }
            : { envelope: await envelopeBytes(revealed.ciphertext), viewsLeft: revealed.viewsLeft };
        // The view is spent: the key has done its job and must not stay in the address bar or history. It leaves
        // them once the secret is on screen (the next frame), so that the navigation does not delay it.
        forgetFragmentAfterPaint();
      }
      if ('grant' in held) {
        status.info(metadata.passphrase ? t('downloadingSlow') : t('downloading'));
        const upload = {
          id,
          grant: held.grant,
          linkKey,
          passphrase: passphrase.value,
          viewsLeft: held.viewsLeft,
        };
        await (await fileCode()).openUploadedSecret(main, upload);
        return;
      }
      status.info(metadata.passphrase ? t('decryptingSlow') : t('decrypting'));
      const text = await openSecret(held.envelope, linkKey, passphrase.value);
      showRevealedSecret(main, text, held.viewsLeft);
    } catch (error) {
      failed(error);
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  }

  function failed(error: unknown): void {
    if (error instanceof ApiRequestError && error.code === 'not_found') {
      showGone(main, true);
      return;
    }
    if (error instanceof ApiRequestError && error.code === 'sign_in_required') {
      // The session ended (or was never there): sign in here and the reveal is tried again.
      setSignedOut();
      askToSignIn(true);
      status.clear();
      focusHeading(signInText);
      return;
    }
    if (error instanceof ApiRequestError && error.code === 'not_for_you') {
      showNotForYou(main, metadata.access);
      return;
    }
    if (error instanceof ApiRequestError && error.code === 'claim_mismatch') {
      showIncomplete(main, true);
      return;
    }
    status.error(describeError(error));
    if (held) {
      note.textContent =
        'grant' in held
          ? t('heldDownload', { time: formatClockTime(held.grant.expiresAt) })
          : t('heldSecret');
      if ('grant' in held) revealButton.textContent = t('tryAgain');
      if (metadata.passphrase) {
        passphrase.focus();
        passphrase.select();
      }
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void reveal(event) } },
    facts([
      [t('expires'), timeElement(metadata.expiresAt)],
      [t('viewsLeft'), formatCount(metadata.viewsLeft)],
      [t('passphrase'), metadata.passphrase ? t('required') : t('none')],
      [t('whoCanOpen'), t(WHO_MAY_OPEN[metadata.access])],
    ]),
    metadata.passphrase
      ? field({
          label: t('passphrase'),
          control: passphrase,
          hint: t('passphraseHint'),
        })
      : null,
    note,
    restricted ? signInBox : null,
    h('div', { class: 'actions' }, revealButton, signedInLine),
    status.element,
  );
  if (restricted && user) showSignedIn(user);
  else if (restricted) askToSignIn(false);
  render(main, h('h1', {}, t('waitingTitle')), h('p', { class: 'lede' }, t('waitingLede')), form);
}

/** Whether the server refused this link because the reader is outside the networks its sender chose. */
function isNetworkRefusal(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.code === 'network_not_allowed';
}

/** The link opens only on its sender's networks: the server's sentence, which names none of them. */
function showNetworkRefusal(main: HTMLElement, error: ApiRequestError): void {
  showNotice(main, { title: t('notFromNetworkTitle'), message: error.message });
}
