import type { Access, CreateSecretResponse, PublicUser } from '@hushlink/protocol';
import { accessSummary } from '../access-labels.ts';
import { manageLink, revealLink } from '../routes.ts';
import { copyButton } from '../ui/copy-button.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { focusHeading } from '../ui/focus.ts';
import { timeElement } from '../ui/format-time.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';

/** A secret just stored, with what only this browser knows: the link key. */
export interface CreatedLink extends CreateSecretResponse {
  linkKey: string;
  maxViews: number;
  passphrase: boolean;
  access: Access;
  /** The named people of a `people` link. */
  recipients: PublicUser[];
  /** Created while signed in: the link is also listed in "My links". */
  signedIn: boolean;
}

function readOnlyInput(id: string, value: string): HTMLInputElement {
  const input = h('input', { id, type: 'text', readonly: true, spellcheck: 'false', autocomplete: 'off' });
  input.value = value;
  input.addEventListener('focus', () => input.select());
  return input;
}

/**
 * A figure that receives the link's QR code once the encoder (its own small chunk, needed only here) has loaded.
 * Drawn locally: the link never goes to a QR service.
 */
function qrFigure(link: string): HTMLElement {
  const figure = h('figure', { class: 'qr' }, h('figcaption', {}, 'Or scan it with a phone.'));
  import('../ui/qr-code.ts').then(
    ({ qrCodeSvg }) => figure.prepend(qrCodeSvg(link, 'QR code of the secret link')),
    () => figure.remove(),
  );
  return figure;
}

/**
 * Shows the link to send (with Copy and a QR code), its expiry, and the manage link to keep for revoking.
 * Focus moves to the heading so keyboard and screen reader users land on the result.
 */
export function showCreatedLink(main: HTMLElement, created: CreatedLink, createAnother: () => void): void {
  const link = revealLink(location.origin, created.id, created.linkKey);
  const manage = manageLink(location.origin, created.id, created.manageToken);
  const linkInput = readOnlyInput('share-link', link);
  const manageInput = readOnlyInput('manage-link', manage);
  const linkStatus = createStatusLine();
  const manageStatus = createStatusLine();
  const views = created.maxViews === 1 ? 'once' : `${created.maxViews} times`;
  const heading = h('h1', {}, 'Your link is ready');

  render(
    main,
    heading,
    h(
      'p',
      { class: 'lede' },
      `Send this link to the person who should read the secret. It can be opened ${views}.`,
    ),
    h(
      'section',
      { class: 'card' },
      field({
        label: 'Secret link',
        control: linkInput,
        after: copyButton('Copy link', () => link, linkStatus),
      }),
      linkStatus.element,
      created.passphrase
        ? h('p', { class: 'note' }, 'Send the passphrase by another channel, never next to the link.')
        : null,
      h(
        'div',
        { class: 'link-details' },
        qrFigure(link),
        facts([
          ['Expires', timeElement(created.expiresAt)],
          ['Views allowed', String(created.maxViews)],
          ['Passphrase', created.passphrase ? 'Required' : 'None'],
          ['Who can open it', accessSummary(created.access, created.recipients)],
        ]),
      ),
      created.signedIn
        ? h(
            'p',
            { class: 'hint' },
            'It is also in ',
            internalLink('/links', 'My links'),
            ', where you can see who opened it and revoke it.',
          )
        : null,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'manage-heading' },
      h('h2', { id: 'manage-heading' }, 'Keep the manage link'),
      h(
        'p',
        {},
        'It lets you revoke the secret before it is read. It is shown only once: keep it for yourself, do not send it.',
      ),
      field({
        label: 'Manage link',
        control: manageInput,
        after: copyButton('Copy manage link', () => manage, manageStatus),
      }),
      manageStatus.element,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: createAnother } }, 'Create another'),
    ),
  );
  focusHeading(heading);
}
