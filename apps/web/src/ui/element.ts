/** An attribute value: `true` sets an empty attribute; `false` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | undefined;

/** Event listeners to attach, by event name. */
export type Listeners = { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };

/** Attributes of a new element, plus `on` for its listeners. */
export type Props = { on?: Listeners } & { [name: string]: AttributeValue | Listeners };

/** A child: a node, or a string that becomes a text node (never markup); empty values are skipped. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an HTML element with attributes, listeners and children. Strings always become text nodes, so
 * nothing built here can ever be parsed as HTML (the page runs under Trusted Types with no policy).
 *
 * @example h('button', { type: 'button', on: { click: reveal } }, 'Reveal')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') continue;
    if (value === undefined || value === false || typeof value === 'object') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(event, listener as EventListener);
  }
  element.append(...children.filter(isChild));
  return element;
}

function isChild(child: Child): child is Node | string {
  return child !== null && child !== undefined && child !== false;
}

/** Replaces everything inside `parent` with `children`. */
export function render(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter(isChild));
}
