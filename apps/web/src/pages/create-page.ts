import {
  type CreateSecretResponse,
  DEFAULT_EXPIRES_IN_SECONDS,
  EXPIRY_CHOICES,
  type InstanceResponse,
  MAX_VIEWS,
} from '@hushlink/protocol';
import { createSecret } from '../api/index.ts';
import { listNetworkChoices } from '../api/networks.ts';
import { sealSecret } from '../crypto/seal-secret.ts';
import { describeError } from '../describe-error.ts';
import { filePicker } from '../files/file-picker.ts';
import type { FileSecretRules } from '../files/share-files.ts';
import { message } from '../messages.ts';
import { loadInstance, loadSession } from '../session.ts';
import { h, render } from '../ui/element.ts';
import { field } from '../ui/field.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import type { AccessControls } from './access-controls.ts';
import { t } from './create-text.ts';
import type { CreatedLink } from './created-link-view.ts';
import { expiryLabel } from './expiry-label.ts';
import { networkLimitField } from './network-limit-field.ts';

/** The result view's code: not needed by people who only open links, so it is fetched while the form is shown. */
function createdLinkView(): Promise<typeof import('./created-link-view.ts')> {
  return import('./created-link-view.ts');
}

/** The code that encrypts and uploads files: fetched while the form is shown, used when files are chosen. */
function fileSharing(): Promise<typeof import('../files/share-files.ts')> {
  return import('../files/share-files.ts');
}

/** A note that the instance has no account yet, with the way to create the first one. */
function firstAccountNote(): HTMLElement {
  return h(
    'p',
    { class: 'note' },
    ...t.nodes('noAccountsYet', { link: internalLink('/signin', t('createFirstAccount')) }),
  );
}

/** Signed out on an instance that does not take anonymous links: say so, and where to sign in. */
function showSignInFirst(main: HTMLElement, instance: InstanceResponse): void {
  render(
    main,
    h('h1', {}, t('title')),
    h('p', { class: 'lede' }, t('lede')),
    instance.bootstrapped
      ? h(
          'section',
          { class: 'card' },
          h('p', {}, t('accountsOnly')),
          h('p', {}, internalLink('/signin', t('signIn'), { class: 'button-link primary' })),
        )
      : firstAccountNote(),
  );
}

/**
 * `/`: the form that encrypts a secret in this browser and stores only the envelope. The link key never leaves
 * the page except inside the link shown afterwards. Signed in, the person also chooses who may open it.
 */
export async function showCreatePage(main: HTMLElement, options: { focus?: boolean } = {}): Promise<void> {
  const user = await loadSession();
  let instance: InstanceResponse | null = null;
  if (!user) {
    // Unreachable server: show the form anyway; creating will say what is wrong.
    instance = await loadInstance().catch(() => null);
    if (instance && !instance.anonymousLinks) {
      showSignInFirst(main, instance);
      return;
    }
  }
  const secret = h('textarea', {
    id: 'secret',
    name: 'secret',
    rows: 7,
    required: true,
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
  });
  const expiry = h(
    'select',
    { id: 'expiry', name: 'expiry' },
    ...EXPIRY_CHOICES.map((choice) =>
      h(
        'option',
        { value: choice.seconds, selected: choice.seconds === DEFAULT_EXPIRES_IN_SECONDS },
        expiryLabel(choice.seconds, choice.label),
      ),
    ),
  );
  const views = h('input', {
    id: 'views',
    name: 'views',
    type: 'number',
    inputmode: 'numeric',
    min: 1,
    max: MAX_VIEWS,
    step: 1,
    value: 1,
    required: true,
  });
  const passphrase = h('input', {
    id: 'passphrase',
    name: 'passphrase',
    type: 'password',
    autocomplete: 'new-password',
  });
  createdLinkView().catch(() => undefined);
  fileSharing().catch(() => undefined);
  // Text, files, or both: with files chosen, the text box may stay empty.
  const files = filePicker(() => {
    secret.required = files.files().length === 0;
  });
  let controls: AccessControls | null = null;
  if (user) {
    // Choosing who may open a link is for signed-in people only: its code (and the people picker) loads then.
    try {
      controls = (await import('./access-controls.ts')).accessControls(user);
    } catch {
      render(main, h('h1', {}, t('title')), h('p', { class: 'notice' }, message('pageFailed')));
      return;
    }
  }
  // Signed in, the named networks are offered too; without them (or the answer) the field takes ranges only.
  const networks = networkLimitField(user ? await listNetworkChoices().catch(() => []) : []);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('createLink'));
  const status = createStatusLine();
  let busy = false;

  async function create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const text = secret.value;
    const chosen = files.files();
    const maxViews = Number(views.value);
    if (text.trim() === '' && chosen.length === 0) {
      status.error(message('emptySecret'));
      secret.focus();
      return;
    }
    if (!Number.isInteger(maxViews) || maxViews < 1 || maxViews > MAX_VIEWS) {
      status.error(message('viewsRange'));
      views.focus();
      return;
    }
    const access = controls?.access() ?? 'link';
    const recipients = access === 'people' && controls ? controls.picker.chosen() : [];
    if (access === 'people' && recipients.length === 0) {
      status.error(t('choosePeople'));
      controls?.picker.input.focus();
      return;
    }
    const limit = networks.read();
    if ('error' in limit) {
      status.error(limit.error);
      networks.input.focus();
      return;
    }
    const allowedRanges = {
      ...(limit.ranges.length > 0 ? { allowedRanges: limit.ranges } : {}),
      ...(limit.networks.length > 0 ? { allowedNetworks: limit.networks } : {}),
    };
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      if (access === 'people' && chosen.length === 0 && controls?.sealing?.enabled()) {
        // Text sealed to their passkeys (and a server-gated link for those who cannot receive that): sealing/.
        // Files to people still go the server-gated way.
        const { shareWithPeople } = await import('../sealing/share-with-people.ts');
        const share = { text, expiresIn: Number(expiry.value), maxViews, passphrase: passphrase.value };
        await shareWithPeople(
          main,
          {
            ...share,
            ...allowedRanges,
            notifyOnOpen: controls.notify.checked,
            recipients,
            sealing: controls.sealing,
            status,
          },
          () => void showCreatePage(main, { focus: true }),
        );
        return;
      }
      const rules: FileSecretRules = {
        expiresIn: Number(expiry.value),
        maxViews,
        access,
        ...(recipients.length > 0 ? { recipients: recipients.map((person) => person.id) } : {}),
        ...(controls ? { notifyOnOpen: controls.notify.checked } : {}),
        passphrase: passphrase.value !== '',
        ...allowedRanges,
      };
      let created: CreateSecretResponse;
      let linkKey: string;
      if (chosen.length > 0) {
        ({ created, linkKey } = await shareChosenFiles(chosen, text, rules));
      } else {
        status.info(passphrase.value ? t('encryptingSlow') : t('encrypting'));
        const sealed = await sealSecret(text, passphrase.value);
        status.info(t('saving'));
        created = await createSecret({
          ...rules,
          ciphertext: sealed.ciphertext,
          claimHash: sealed.claimHash,
        });
        linkKey = sealed.linkKey;
      }
      const link: CreatedLink = {
        ...created,
        linkKey,
        maxViews,
        passphrase: passphrase.value !== '',
        access,
        recipients,
        signedIn: user !== null,
      };
      const { showCreatedLink } = await createdLinkView();
      showCreatedLink(main, link, () => void showCreatePage(main, { focus: true }));
    } catch (error) {
      if (chosen.length === 0) status.error(describeError(error));
      else if (error instanceof DOMException && error.name === 'AbortError')
        status.info(message('uploadCancelled'));
      else status.error((await fileSharing()).describeFileFailure(error));
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  }

  /** Encrypts the files (and the text, as `message.txt`) as they are read, and uploads them, with progress. */
  async function shareChosenFiles(chosen: File[], text: string, rules: FileSecretRules) {
    status.info(passphrase.value ? t('encryptingSlow') : t('encryptingAndUploading'));
    const { shareFiles } = await fileSharing();
    const signal = files.progress.start(t('uploadingFiles'), 1);
    files.setBusy(true);
    try {
      return await shareFiles({
        files: chosen,
        text,
        passphrase: passphrase.value,
        rules,
        signal,
        onProgress: (sent, total) => files.progress.update(sent, total),
      });
    } finally {
      files.progress.stop();
      files.setBusy(false);
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void create(event) } },
    field({
      label: t('secret'),
      control: secret,
      hint: t('secretHint'),
    }),
    files.element,
    h(
      'div',
      { class: 'field-row' },
      field({ label: t('expiresAfter'), control: expiry }),
      field({ label: t('viewsAllowed'), control: views }),
    ),
    field({
      label: t('passphraseOptional'),
      control: passphrase,
      hint: t('passphraseHint'),
    }),
    controls?.element,
    networks.element,
    h('div', { class: 'actions' }, submit),
    status.element,
  );
  render(
    main,
    h('h1', {}, t('title')),
    h('p', { class: 'lede' }, t('lede')),
    instance && !instance.bootstrapped ? firstAccountNote() : null,
    form,
  );
  if (options.focus) secret.focus();
}
