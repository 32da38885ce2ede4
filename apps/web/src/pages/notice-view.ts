import { message } from '../messages.ts';
import { h, render } from '../ui/element.ts';
import { focusHeading } from '../ui/focus.ts';
import { internalLink } from '../ui/navigation.ts';

/** What a notice says: a short title and one sentence. */
export interface Notice {
  title: string;
  message: string;
  /** Move focus to the title (after an action, not on first load). */
  focus?: boolean;
}

/** Replaces the page with a notice (a gone secret, a damaged link) and a way to share a secret of one's own. */
export function showNotice(main: HTMLElement, notice: Notice): void {
  const heading = h('h1', {}, notice.title);
  render(
    main,
    heading,
    h('p', { class: 'notice', 'data-notice': '' }, notice.message),
    h('p', {}, internalLink('/', message('shareYourOwn'))),
  );
  if (notice.focus) focusHeading(heading);
}
