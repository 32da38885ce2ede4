import { DEFAULT_EXPIRES_IN_SECONDS, EXPIRY_CHOICES, MAX_VIEWS } from '@hushlink/protocol';
import { createSecret } from '../api/index.ts';
import { sealSecret } from '../crypto/seal-secret.ts';
import { describeError } from '../describe-error.ts';
import { MESSAGES } from '../messages.ts';
import { h, render } from '../ui/element.ts';
import { field } from '../ui/field.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { type CreatedLink, showCreatedLink } from './created-link-view.ts';

/**
 * `/`: the form that encrypts a secret in this browser and stores only the envelope. The link key never leaves
 * the page except inside the link shown afterwards.
 */
export function showCreatePage(main: HTMLElement, options: { focus?: boolean } = {}): void {
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
        choice.label,
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
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Create link');
  const status = createStatusLine();
  let busy = false;

  async function create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const text = secret.value;
    const maxViews = Number(views.value);
    if (text.trim() === '') {
      status.error(MESSAGES.emptySecret);
      secret.focus();
      return;
    }
    if (!Number.isInteger(maxViews) || maxViews < 1 || maxViews > MAX_VIEWS) {
      status.error(MESSAGES.viewsRange);
      views.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      status.info(passphrase.value ? 'Encrypting (the passphrase takes a moment)…' : 'Encrypting…');
      const sealed = await sealSecret(text, passphrase.value);
      status.info('Saving the encrypted secret…');
      const created = await createSecret({
        ciphertext: sealed.ciphertext,
        expiresIn: Number(expiry.value),
        maxViews,
        access: 'link',
        passphrase: passphrase.value !== '',
        claimHash: sealed.claimHash,
      });
      const link: CreatedLink = {
        ...created,
        linkKey: sealed.linkKey,
        maxViews,
        passphrase: passphrase.value !== '',
      };
      showCreatedLink(main, link, () => showCreatePage(main, { focus: true }));
    } catch (error) {
      status.error(describeError(error));
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  }

  const form = h(
    'form',
    { class: 'card', novalidate: true, on: { submit: (event) => void create(event) } },
    field({
      label: 'Secret',
      control: secret,
      hint: 'A password, an API key, a note. It is encrypted before it leaves.',
    }),
    h(
      'div',
      { class: 'field-row' },
      field({ label: 'Expires after', control: expiry }),
      field({ label: 'Views allowed', control: views }),
    ),
    field({
      label: 'Passphrase (optional)',
      control: passphrase,
      hint: 'Send the passphrase by another channel (a call, a different app), never together with the link.',
    }),
    h('div', { class: 'actions' }, submit),
    status.element,
  );
  render(
    main,
    h('h1', {}, 'Share a secret'),
    h(
      'p',
      { class: 'lede' },
      'Your secret is encrypted in this browser. The key travels only inside the link, so the server never sees it.',
    ),
    form,
  );
  if (options.focus) secret.focus();
}
