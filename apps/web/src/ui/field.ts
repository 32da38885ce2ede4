import { type Child, h } from './element.ts';

/** A form control with the parts every field has. */
export interface FieldParts {
  /** The visible label, which is also the control's accessible name. */
  label: string;
  /** The control; it must have an `id`, which the label points at. */
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  /** A short help text, linked to the control with `aria-describedby`. */
  hint?: Child;
  /** Extra elements after the control on the same line (e.g. a Copy button). */
  after?: Child;
}

/**
 * A labelled field: `<label for>` names the control for assistive technology, and the hint is read after it.
 *
 * @example field({ label: 'Secret', control: h('textarea', { id: 'secret' }) })
 */
export function field(parts: FieldParts): HTMLDivElement {
  const { id } = parts.control;
  const hint = parts.hint ? h('p', { class: 'hint', id: `${id}-hint` }, parts.hint) : null;
  if (hint) parts.control.setAttribute('aria-describedby', hint.id);
  const line = parts.after ? h('div', { class: 'control-row' }, parts.control, parts.after) : parts.control;
  return h('div', { class: 'field' }, h('label', { for: id }, parts.label), line, hint);
}
