import type { PublicUser } from '@hushlink/protocol';
import { t } from '../pages/create-text.ts';
import { h } from './element.ts';

/** A type-ahead choice of accounts, shown as removable chips. */
export interface PeoplePicker {
  /** The field to place in a form. */
  element: HTMLDivElement;
  /** The text box, for focus after a validation message. */
  input: HTMLInputElement;
  /** The people chosen so far, in the order they were chosen. */
  chosen(): PublicUser[];
}

/** What the picker needs from outside. */
export interface PeoplePickerOptions {
  /** The text box's id (the label points at it). */
  id: string;
  label: string;
  /** Finds people whose name starts with the prefix. */
  search(prefix: string): Promise<PublicUser[]>;
  /** The sentence to show when a search fails. */
  describeError(error: unknown): string;
  /** Called with the people chosen after each choice or removal. */
  onChange?(people: PublicUser[]): void;
}

/** "Ada Lovelace (@ada)". */
export function personLabel(person: PublicUser): string {
  return `${person.displayName} (@${person.name})`;
}

const SEARCH_DELAY_MS = 150;

/**
 * A combobox (ARIA 1.2, list autocomplete): typing searches the directory, arrow keys move through the results,
 * Enter or a click chooses one, Escape closes the list. Chosen people appear as chips, each with its own
 * "Remove" button; the results never include someone already chosen.
 */
export function createPeoplePicker(options: PeoplePickerOptions): PeoplePicker {
  const { id } = options;
  const listId = `${id}-options`;
  const picked: PublicUser[] = [];
  let found: PublicUser[] = [];
  let active = -1;
  let searches = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = h('input', {
    id,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-options', 'aria-label': options.label });
  list.hidden = true;
  const chips = h('ul', { class: 'chips', 'aria-label': t('chosenPeople') });
  chips.hidden = true;
  const message = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number): void {
    active = index;
    for (const [position, option] of [...list.children].entries()) {
      option.setAttribute('aria-selected', String(position === index));
    }
    const option = list.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function showResults(people: PublicUser[]): void {
    found = people.filter((person) => !picked.some((chosen) => chosen.id === person.id));
    list.replaceChildren(
      ...found.map((person, index) =>
        h(
          'li',
          {
            id: `${id}-option-${index}`,
            role: 'option',
            'aria-selected': 'false',
            on: {
              // Keep focus in the text box: the list closes when it loses focus.
              mousedown: (event) => event.preventDefault(),
              click: () => choose(index),
            },
          },
          personLabel(person),
        ),
      ),
    );
    message.textContent = found.length === 0 ? t('noOneByThatName') : '';
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    highlight(found.length > 0 ? 0 : -1);
  }

  function renderChips(): void {
    chips.hidden = picked.length === 0;
    chips.replaceChildren(
      ...picked.map((person) =>
        h(
          'li',
          { class: 'chip' },
          h('span', {}, personLabel(person)),
          h(
            'button',
            {
              type: 'button',
              'aria-label': t('remove', { name: person.displayName }),
              title: t('remove', { name: person.displayName }),
              on: { click: () => remove(person) },
            },
            '×',
          ),
        ),
      ),
    );
  }

  function choose(index: number): void {
    const person = found[index];
    if (!person) return;
    picked.push(person);
    renderChips();
    options.onChange?.([...picked]);
    input.value = '';
    message.textContent = t('added', { name: person.displayName });
    close();
    input.focus();
  }

  function remove(person: PublicUser): void {
    const index = picked.findIndex((chosen) => chosen.id === person.id);
    if (index >= 0) picked.splice(index, 1);
    renderChips();
    options.onChange?.([...picked]);
    message.textContent = t('removed', { name: person.displayName });
    input.focus();
  }

  function search(): void {
    const prefix = input.value.trim().toLowerCase();
    const search = ++searches;
    if (prefix === '') {
      close();
      message.textContent = '';
      return;
    }
    options.search(prefix).then(
      (people) => {
        if (search === searches) showResults(people);
      },
      (error: unknown) => {
        if (search !== searches) return;
        close();
        message.textContent = options.describeError(error);
      },
    );
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, SEARCH_DELAY_MS);
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (open) highlight(Math.min(active + 1, found.length - 1));
        else search();
        break;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
        break;
      case 'Enter':
        // Choosing must not submit the form.
        if (!open) return;
        event.preventDefault();
        choose(active);
        break;
      case 'Escape':
        if (!open) return;
        event.preventDefault();
        close();
        break;
    }
  });

  const hintId = `${id}-hint`;
  input.setAttribute('aria-describedby', hintId);
  const element = h(
    'div',
    { class: 'field picker' },
    h('label', { for: id }, options.label),
    chips,
    h('div', { class: 'picker-box' }, input, list),
    h('p', { class: 'hint', id: hintId }, t('pickerHint')),
    message,
  );
  return { element, input, chosen: () => [...picked] };
}
