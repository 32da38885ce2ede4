import { type Child, h } from './element.ts';

/** A short list of named facts ("Expires", "Views left") as a description list. */
export function facts(entries: readonly (readonly [string, Child])[]): HTMLDListElement {
  return h(
    'dl',
    { class: 'facts' },
    ...entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}
