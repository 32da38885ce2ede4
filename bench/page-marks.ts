// Runs inside the reveal page, injected before any of its scripts (`addInitScript`), so that it sees the DOM from
// the start. It only reads the DOM and records times on the page's own clock (performance.now(), 0 = navigation
// start); the bench reads them afterwards.

/** Times in milliseconds since navigation start, null until they happen. */
export interface PageMarks {
  /** A visible, enabled button named "Reveal" is in the page (its form's submit listener comes with it). */
  revealReady: number | null;
  /** The trusted click on that button (the event's own time stamp). */
  clicked: number | null;
  /** An element whose whole text is the secret is in the DOM and visible. */
  plaintextInDom: number | null;
  /** The next animation frame after that: the frame that paints it. */
  plaintextFrame: number | null;
}

/** The name under which the marks are kept on `globalThis`. */
export const MARKS_KEY = '__hushlinkBenchMarks';

/** Installs the observer; `expected` is the plaintext to look for. Self-contained: it is serialized into the page. */
export function installPageMarks(expected: string): void {
  const marks: PageMarks = { revealReady: null, clicked: null, plaintextInDom: null, plaintextFrame: null };
  Object.assign(globalThis, { __hushlinkBenchMarks: marks });
  const isRevealButton = (node: Element | null): node is HTMLButtonElement =>
    node instanceof HTMLButtonElement && node.textContent?.trim() === 'Reveal';
  const check = () => {
    if (marks.revealReady === null) {
      const button = [...document.querySelectorAll('button')].find(isRevealButton);
      if (button && !button.disabled && button.checkVisibility()) marks.revealReady = performance.now();
    }
    if (marks.clicked !== null && marks.plaintextInDom === null) {
      const main = document.querySelector('main');
      const holder = main
        ? [...main.querySelectorAll('*')].find((element) => element.textContent === expected)
        : undefined;
      if (holder?.checkVisibility()) {
        marks.plaintextInDom = performance.now();
        requestAnimationFrame(() => {
          marks.plaintextFrame = performance.now();
        });
      }
    }
  };
  addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (marks.clicked === null && isRevealButton(target)) marks.clicked = event.timeStamp;
    },
    true,
  );
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
}
