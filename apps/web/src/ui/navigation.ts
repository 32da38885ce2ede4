type Renderer = () => void;

let renderer: Renderer = () => undefined;
/** The address the page was last rendered for by a history event. */
let renderedFor = '';

function renderCurrent(): void {
  renderedFor = location.href;
  renderer();
}

/**
 * Registers what renders the page for the current `location`. Back, forward and an edited fragment (a pasted
 * link that differs only after `#`) re-render through it.
 */
export function setRenderer(render: Renderer): void {
  renderer = render;
  window.addEventListener('popstate', renderCurrent);
  // A fragment navigation fires popstate and then hashchange: render once.
  window.addEventListener('hashchange', (event) => {
    if (event.newURL !== renderedFor) renderCurrent();
  });
}

/** Shows another page of the client without reloading (History API). */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  renderCurrent();
}

/** Options for `internalLink`. */
export interface LinkOptions {
  class?: string;
}

/** A link to another page of the client that navigates in place; a modified click still opens a new tab. */
export function internalLink(path: string, text: string, options: LinkOptions = {}): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = path;
  link.textContent = text;
  if (options.class) link.className = options.class;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  });
  return link;
}

/** Renders the current address again (after a sign-in or sign-out), without a new history entry. */
export function refresh(): void {
  renderCurrent();
}
