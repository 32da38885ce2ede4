import { h } from './element.ts';

/** A polite live region for one part of a page: progress, confirmations and errors are read out when set. */
export interface StatusLine {
  /** The element to place in the page (present from the start, so screen readers watch it). */
  element: HTMLParagraphElement;
  /** Shows a neutral message. */
  info(text: string): void;
  /** Shows an error message. */
  error(text: string): void;
  /** Empties the region. */
  clear(): void;
}

/** Creates a `role="status"` region; errors use the same region, styled differently. */
export function createStatusLine(): StatusLine {
  const element = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  function show(text: string, kind: 'info' | 'error'): void {
    element.className = kind === 'error' ? 'status status-error' : 'status';
    element.textContent = text;
  }
  return {
    element,
    info: (text) => show(text, 'info'),
    error: (text) => show(text, 'error'),
    clear: () => show('', 'info'),
  };
}
