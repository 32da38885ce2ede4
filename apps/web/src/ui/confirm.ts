import { message } from '../messages.ts';
import { type Child, h } from './element.ts';
import { focusHeading } from './focus.ts';

/** What a confirmation asks. */
export interface Confirmation {
  /** The question, e.g. "Revoke this link? …". */
  question: string;
  /** The label of the button that confirms, e.g. "Yes, revoke it". */
  confirm: string;
  /** More controls shown with the question (e.g. a checkbox). */
  extra?: Child;
}

let confirmations = 0;

/**
 * Asks in place before something that cannot be undone: `slot`'s content is replaced by the question, the
 * confirming (danger) button and Cancel. Resolves true on confirm; on Cancel the slot's content comes back and
 * focus returns to `returnFocus`. Focus goes to the question first, so a key still held cannot confirm.
 */
export function askToConfirm(
  slot: HTMLElement,
  confirmation: Confirmation,
  returnFocus?: HTMLElement,
): Promise<boolean> {
  const before = [...slot.childNodes];
  const id = `confirm-question-${++confirmations}`;
  const question = h('p', { class: 'confirm', id }, confirmation.question);
  return new Promise((resolve) => {
    const yes = h(
      'button',
      { type: 'button', class: 'danger', 'aria-describedby': id, on: { click: () => resolve(true) } },
      confirmation.confirm,
    );
    const no = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        on: {
          click: () => {
            slot.replaceChildren(...before);
            returnFocus?.focus();
            resolve(false);
          },
        },
      },
      message('cancel'),
    );
    slot.replaceChildren(
      h(
        'div',
        { class: 'confirm-box' },
        question,
        confirmation.extra,
        h('div', { class: 'button-row' }, yes, no),
      ),
    );
    focusHeading(question);
  });
}
