import type { CreateSecretResponse, PublicUser } from '@hushlink/protocol';
import { currentLanguage } from '../i18n/translator.ts';
import { t } from '../pages/create-text.ts';
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
  return new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(
    people.map((person) => person.displayName),
  );
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
  const label = sealed ? t('sealedLink') : t('gatedLink');
  const headingId = `${shared.kind}-heading`;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': headingId, 'data-link-kind': shared.kind },
    h(
      'h2',
      { id: headingId },
      sealed
        ? t('sealedToHeading', { names: names(shared.people) })
        : t('gatedHeading', { names: names(shared.people) }),
    ),
    h(
      'p',
      {},
      sealed
        ? t(shared.selfIncluded ? 'sealedExplainedWithYou' : 'sealedExplainedOthers')
        : t('gatedExplained'),
    ),
    field({
      label,
      control: readOnlyInput(`${shared.kind}-link`, link),
      after: copyButton(sealed ? t('copySealedLink') : t('copyGatedLink'), () => link, linkStatus),
    }),
    linkStatus.element,
    passphrase && !sealed ? h('p', { class: 'note' }, t('passphraseSeparately')) : null,
    facts([[t('expires'), timeElement(shared.created.expiresAt)]]),
    field({
      label: sealed ? t('manageLinkOfSealed') : t('manageLinkOfGated'),
      control: readOnlyInput(`${shared.kind}-manage-link`, manage),
      hint: t('manageLinkHint'),
      after: copyButton(t('copyManageLink'), () => manage, manageStatus),
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
  const heading = h('h1', {}, links.length === 1 ? t('readyOne') : t('readyTwo'));
  const count = options.maxViews;
  render(
    main,
    heading,
    h(
      'p',
      { class: 'lede' },
      links.length > 1
        ? t('twoLinks', { count })
        : links[0]?.kind === 'gated'
          ? t('onlyGated', { count })
          : t('sendToPeople', { count }),
    ),
    ...links.map((shared) => linkSection(shared, options.passphrase)),
    options.passphrase ? h('p', { class: 'note' }, t('passphraseToo')) : null,
    h(
      'p',
      { class: 'hint' },
      ...t.nodes('alsoInMyLinksPlural', { link: internalLink('/links', t('myLinks')) }),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: createAnother } }, t('createAnother')),
    ),
  );
  focusHeading(heading);
}
