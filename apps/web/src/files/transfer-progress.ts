import { h } from '../ui/element.ts';
import { t } from './file-text.ts';

/** A labelled progress bar with a Cancel button, for one upload or download at a time. */
export interface TransferProgress {
  /** The element to place in the page; hidden while idle. */
  element: HTMLDivElement;
  /**
   * Shows the bar with `label` and returns the signal that Cancel aborts. Starting again ends the previous run.
   */
  start(label: string, total: number): AbortSignal;
  /** Moves the bar to `done` bytes of the total (`total` replaces the total given to `start`). */
  update(done: number, total?: number): void;
  /** Hides the bar. */
  stop(): void;
}

let count = 0;

/**
 * Creates a `<progress>` named by its visible label (so a screen reader announces "Uploading files, 40%"), the
 * bytes done as text beside it, and a Cancel button.
 *
 * @example const signal = progress.start('Uploading files', size); … progress.update(sent); … progress.stop();
 */
export function transferProgress(): TransferProgress {
  count += 1;
  const id = `transfer-progress-${count}`;
  const label = h('label', { for: id });
  const bar = h('progress', { id, max: 1, value: 0 });
  const figure = h('span', { class: 'hint' });
  let controller: AbortController | undefined;
  const cancel = h(
    'button',
    { type: 'button', class: 'secondary', on: { click: () => controller?.abort() } },
    t('cancel'),
  );
  const element = h(
    'div',
    { class: 'transfer-progress', hidden: true },
    label,
    h('div', { class: 'control-row' }, bar, cancel),
    figure,
  );
  let total = 1;
  return {
    element,
    start(text, size) {
      controller?.abort();
      controller = new AbortController();
      total = Math.max(1, size);
      label.textContent = text;
      bar.max = total;
      bar.value = 0;
      figure.textContent = '';
      element.hidden = false;
      return controller.signal;
    },
    update(done, size) {
      if (size !== undefined) {
        total = Math.max(1, size);
        bar.max = total;
      }
      bar.value = Math.min(done, total);
      figure.textContent = `${Math.floor((Math.min(done, total) / total) * 100)}%`;
    },
    stop() {
      controller = undefined;
      element.hidden = true;
    },
  };
}
