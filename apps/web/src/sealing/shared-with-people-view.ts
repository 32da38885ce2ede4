import type { CreateSecretResponse, PublicUser } from '@hushlink/protocol';
import { manageLink, revealLink } from '../routes.ts';
import { copyButton } from '../ui/copy-button.ts';
import { h, render } from '../ui/element.ts';
import { facts } from '../ui/facts.ts';
import { field } from '../ui/field.ts';
import { focusHeading } from '../ui/focus.ts';
import { timeElement } from '../ui/format-time.ts';
import { internalLink } from '../ui/navigation.ts';
import { createStatusLine } from '../ui/status-line.ts';
import { sealedLink } from './links.ts';

/** One of the links made when sharing with people: sealed (no key in it), or server-gated (its key in it). */
export type SharedLink =
  | { kind: 'sealed'; created: CreateSecretResponse; people: PublicUser[]; selfIncluded: boolean }
  | { kind: 'gated'; created: CreateSecretResponse; people: PublicUser[]; linkKey: string };

function names(people: readonly PublicUser[]): string {
  return people.map((person) => person.displayName).join(', ');
}

function readOnlyInput(id: string, value: string): HTMLInputElement {
  const input = h('input', { id, type: 'text', readonly: true, spellcheck: 'false', autocomplete: 'off' });
  input.value = value;
  input.addEventListener('focus', () => input.select());
  return input;
}

function linkSection(shared: SharedLink, passphrase: boolean): HTMLElement {
  const sealed = shared.kind === 'sealed';
  const link = sealed
    ? sealedLink(location.origin, shared.created.id)
    : revealLink(location.origin, shared.created.id, shared.linkKey);
  const manage = manageLink(location.origin, shared.created.id, shared.created.manageToken);
  const linkStatus = createStatusLine();
  const manageStatus = createStatusLine();
  const label = sealed ? 'Sealed link' : 'Server-checked link';
  const headingId = `${shared.kind}-heading`;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': headingId, 'data-link-kind': shared.kind },
    h(
      'h2',
      { id: headingId },
      sealed ? `Sealed to ${names(shared.people)}` : `For ${names(shared.people)}: not sealed`,
    ),
    h(
      'p',
      {},
      sealed
        ? `Only ${shared.selfIncluded ? 'their passkeys and yours' : 'their passkeys'} can open it. The link carries no key, so it is safe to send by any channel, and the server cannot decrypt it.${shared.selfIncluded ? ' Opening it yourself does not use up a view.' : ''}`
        : 'Their passkeys cannot receive sealed secrets, so this link carries its key, and the server lets only them open it after they sign in. Send it to them alone.',
    ),
    field({
      label,
      control: readOnlyInput(`${shared.kind}-link`, link),
      after: copyButton(`Copy ${label.toLowerCase()}`, () => link, linkStatus),
    }),
    linkStatus.element,
    passphrase && !sealed
      ? h('p', { class: 'note' }, 'Send the passphrase by another channel, never next to the link.')
      : null,
    facts([['Expires', timeElement(shared.created.expiresAt)]]),
    field({
      label: `Manage link of the ${label.toLowerCase()}`,
      control: readOnlyInput(`${shared.kind}-manage-link`, manage),
      hint: 'Keep it for yourself: it revokes this link before it is read. It is shown only once.',
      after: copyButton('Copy manage link', () => manage, manageStatus),
    }),
    manageStatus.element,
  );
}

/**
 * The result of sharing with people: the sealed link and, when some recipients cannot receive sealed secrets,
 * the server-gated link for them, each labelled with whom it is for.
 */
export function showSharedWithPeople(
  main: HTMLElement,
  links: readonly SharedLink[],
  options: { maxViews: number; passphrase: boolean },
  createAnother: () => void,
): void {
  const heading = h('h1', {}, links.length === 1 ? 'Your link is ready' : 'Your links are ready');
  const views = options.maxViews === 1 ? 'once' : `${options.maxViews} times`;
  render(
    main,
    heading,
    h(
      'p',
      { class: 'lede' },
      links.length > 1
        ? `Some of the people you chose can receive sealed secrets and some cannot, so there are two links: send each one only to the people it names. Each can be opened ${views}.`
        : links[0]?.kind === 'gated'
          ? `None of the people you chose can receive sealed secrets, so this link is not sealed: it is server-checked. Send it only to the people it names. It can be opened ${views}.`
          : `Send this link to the people it is for. It can be opened ${views}.`,
    ),
    ...links.map((shared) => linkSection(shared, options.passphrase)),
    options.passphrase
      ? h('p', { class: 'note' }, 'The passphrase is needed as well: send it by another channel.')
      : null,
    h(
      'p',
      { class: 'hint' },
      'They are also in ',
      internalLink('/links', 'My links'),
      ', where you can see who opened them and revoke them.',
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: createAnother } }, 'Create another'),
    ),
  );
  focusHeading(heading);
}
