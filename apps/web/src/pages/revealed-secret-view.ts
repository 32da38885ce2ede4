import { message } from '../messages.ts';
import { copyButton } from '../ui/copy-button.ts';
import { h, render } from '../ui/element.ts';
import { focusHeading } from '../ui/focus.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { t } from './reveal-text.ts';

/**
 * Shows a decrypted secret as text (`textContent`, never markup) with Copy and Hide, and, for a sealed secret, who
 * sealed it (`senderLine`: a sentence, shown above the secret and read with the heading, which takes the focus).
 */
export function showRevealedSecret(
  main: HTMLElement,
  text: string,
  viewsLeft: number,
  senderLine?: { text: string; verified: boolean },
): void {
  const secret = h('pre', { id: 'revealed-secret', class: 'secret', 'aria-labelledby': 'revealed-heading' });
  secret.textContent = text;
  const hiddenNote = h('p', { class: 'secret secret-hidden', hidden: true }, t('hiddenNote'));
  const status = createStatusLine();
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-controls': 'revealed-secret',
      on: {
        click: () => {
          const hide = !secret.hidden;
          secret.hidden = hide;
          hiddenNote.hidden = !hide;
          toggle.textContent = hide ? t('show') : t('hide');
        },
      },
    },
    t('hide'),
  );
  const heading = h(
    'h1',
    { id: 'revealed-heading', ...(senderLine ? { 'aria-describedby': 'secret-sender' } : {}) },
    t('revealedTitle'),
  );
  const sender = senderLine
    ? h(
        'p',
        {
          id: 'secret-sender',
          class: 'note',
          'data-sender': senderLine.verified ? 'verified' : 'not-verified',
        },
        senderLine.text,
      )
    : null;
  render(
    main,
    heading,
    h('p', { class: 'lede' }, viewsLeft === 0 ? t('lastView') : t('moreViews', { count: viewsLeft })),
    sender,
    h(
      'section',
      { class: 'card' },
      secret,
      hiddenNote,
      h(
        'div',
        { class: 'actions' },
        copyButton(message('copy'), () => text, status),
        toggle,
      ),
      status.element,
    ),
    h('p', {}, internalLink('/', message('shareYourOwn'))),
  );
  focusHeading(heading);
}
