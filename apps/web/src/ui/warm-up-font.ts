import { h } from './element.ts';

/**
 * Lays out a few characters in the secret's monospace font once, off-screen and hidden, while the page waits for
 * the person. The first text laid out in a font family makes the browser look the family up in the system's fonts
 * (10 to 30 ms in Chromium on Linux for our stack, measured), which would otherwise land between the reveal
 * response and the secret appearing. Nothing is shown or announced: the probe is `aria-hidden`, invisible and
 * removed at once.
 */
export function warmUpMonospaceFont(): void {
  const lay = () => {
    const probe = h('pre', { class: 'secret font-warm-up', 'aria-hidden': 'true' }, 'Aa0Il1O');
    document.body.append(probe);
    probe.getBoundingClientRect();
    probe.remove();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(lay, { timeout: 1_000 });
  else setTimeout(lay, 0);
}
