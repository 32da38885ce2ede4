/**
 * Moves keyboard focus to a heading after the page changed under it, so keyboard and screen reader users land on
 * the new content. The heading gets `tabindex="-1"`: focusable by script, not a stop in the Tab order.
 */
export function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  heading.focus();
}
