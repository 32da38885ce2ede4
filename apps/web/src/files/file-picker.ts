import { h } from '../ui/element.ts';
import { t } from './file-text.ts';
import { formatSize } from './format-size.ts';
import { type TransferProgress, transferProgress } from './transfer-progress.ts';

/** The files part of the create form. */
export interface FilePicker {
  /** The field to place in the form. */
  element: HTMLElement;
  /** The files chosen, in the order they were added. */
  files(): File[];
  /** The upload's progress bar and Cancel button, shown inside the field. */
  progress: TransferProgress;
  /** Turns the controls off while an upload runs, and back on. */
  setBusy(busy: boolean): void;
}

/**
 * A file field: a native `<input type=file multiple>` (reachable with Tab and opened with Enter or Space, named
 * by its label) inside a drop zone, and the list of chosen files with name, size and a Remove button each.
 * Adding more files appends to the list. `onChange` runs after every change.
 */
export function filePicker(onChange: () => void): FilePicker {
  let chosen: File[] = [];
  const input = h('input', { id: 'files', name: 'files', type: 'file', multiple: true });
  const list = h('ul', { class: 'file-list', 'aria-label': t('filesToShare') });
  const progress = transferProgress();
  const hint = h('p', { class: 'hint', id: 'files-hint' }, t('dropHint'));
  input.setAttribute('aria-describedby', hint.id);
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('label', { for: 'files' }, t('filesOptional')),
    input,
    hint,
    list,
    progress.element,
  );

  function add(files: Iterable<File>): void {
    chosen = [...chosen, ...files];
    show();
  }

  function remove(index: number): void {
    chosen = chosen.filter((_, position) => position !== index);
    show();
    // Focus stays in the list (or returns to the input) instead of falling to the top of the page.
    const buttons = list.querySelectorAll('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? input).focus();
  }

  function show(): void {
    list.replaceChildren(
      ...chosen.map((file, index) =>
        h(
          'li',
          { class: 'file-row' },
          h('span', { class: 'file-name' }, file.name),
          h('span', { class: 'hint' }, formatSize(file.size)),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              'aria-label': t('removeLabel', { name: file.name }),
              on: { click: () => remove(index) },
            },
            t('remove'),
          ),
        ),
      ),
    );
    onChange();
  }

  input.addEventListener('change', () => {
    add(input.files ?? []);
    // The list is the state; emptying the input lets the same file be chosen again after removing it.
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    zone.classList.add('drop-zone-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone-active'));
  zone.addEventListener('drop', (event) => {
    zone.classList.remove('drop-zone-active');
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    add(event.dataTransfer.files);
  });

  return {
    element: zone,
    files: () => [...chosen],
    progress,
    setBusy(busy) {
      input.disabled = busy;
      for (const button of list.querySelectorAll('button')) button.disabled = busy;
    },
  };
}
