import type { Access, CreateSecretResponse, PublicUser } from '@hushlink/protocol';
import { accessSummary } from '../access-labels.ts';
import { manageLink, revealLink } from '../routes.ts';
import { copyButton } from '../ui/copy-button.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { focusHeading } from '../ui/focus.ts';
import { formatCount, timeElement } from '../ui/format-time.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { t } from './create-text.ts';

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
  const figure = h('figure', { class: 'qr' }, h('figcaption', {}, t('scanIt')));
  import('../ui/qr-code.ts').then(
    ({ qrCodeSvg }) => figure.prepend(qrCodeSvg(link, t('qrLabel'))),
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
  const heading = h('h1', {}, t('readyOne'));

  render(
    main,
    heading,
    h('p', { class: 'lede' }, t('sendThisLink', { count: created.maxViews })),
    h(
      'section',
      { class: 'card' },
      field({
        label: t('secretLink'),
        control: linkInput,
        after: copyButton(t('copyLink'), () => link, linkStatus),
      }),
      linkStatus.element,
      created.passphrase ? h('p', { class: 'note' }, t('passphraseSeparately')) : null,
      h(
        'div',
        { class: 'link-details' },
        qrFigure(link),
        facts([
          [t('expires'), timeElement(created.expiresAt)],
          [t('viewsAllowed'), formatCount(created.maxViews)],
          [t('passphrase'), created.passphrase ? t('required') : t('none')],
          [t('whoCanOpen'), accessSummary(created.access, created.recipients)],
        ]),
      ),
      created.signedIn
        ? h(
            'p',
            { class: 'hint' },
            ...t.nodes('alsoInMyLinks', { link: internalLink('/links', t('myLinks')) }),
          )
        : null,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'manage-heading' },
      h('h2', { id: 'manage-heading' }, t('keepManageLink')),
      h('p', {}, t('manageLinkWhy')),
      field({
        label: t('manageLink'),
        control: manageInput,
        after: copyButton(t('copyManageLink'), () => manage, manageStatus),
      }),
      manageStatus.element,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: createAnother } }, t('createAnother')),
    ),
  );
  focusHeading(heading);
}
