import type { PublicUser, RecipientKey } from '@hushlink/protocol';
import { getUserKeys } from '../api/keys.ts';
import { describeError } from '../describe-error.ts';
import { t } from '../pages/create-text.ts';
import { h } from '../ui/element.ts';
import { personLabel } from '../ui/people-picker.ts';
import { keyChanges, knownFingerprints } from './known-keys.ts';
import { fingerprintOf } from './sealing-crypto.ts';

/** A person's sealing keys as the create page uses them: the keys and their fingerprints, in the same order. */
export interface PersonKeys {
  person: PublicUser;
  keys: RecipientKey[];
  fingerprints: string[];
}

/** Who gets what when sharing with people: sealed to their passkeys, or the server-gated link. */
export interface SealingPlan {
  /** Recipients with at least one sealing key. */
  sealed: PersonKeys[];
  /** Recipients without one: they get a link with its key, checked by the server (`people` access). */
  gated: PublicUser[];
  /** My own keys, when "I can re-open it too" is ticked and I have some. */
  self: PersonKeys | null;
}

/** The "Seal it to their passkeys" part of the create page, under the people picker. */
export interface SealingPanel {
  element: HTMLElement;
  /** Whether the sender wants sealing (on by default). */
  enabled(): boolean;
  /** Shows the keys of the people now chosen (called whenever the choice changes). */
  show(people: readonly PublicUser[]): void;
  /** Looks up everyone's keys (once per person) and splits them. @throws ApiRequestError. */
  plan(people: readonly PublicUser[]): Promise<SealingPlan>;
}

async function lookUp(person: PublicUser): Promise<PersonKeys> {
  const { keys } = await getUserKeys(person.id);
  const fingerprints = await Promise.all(keys.map((key) => fingerprintOf(key.publicKey)));
  return { person, keys, fingerprints };
}

/** "AB12 CD34 (Work laptop), EF56 … (Phone)". */
function keyList(found: PersonKeys): string {
  return found.keys
    .map((key, index) =>
      t('keyWithPasskey', { fingerprint: found.fingerprints[index] ?? '', passkey: key.passkeyName }),
    )
    .join(', ');
}

/**
 * The sender's view of sealing: a "Seal it to their passkeys" choice, "I can re-open it too", and for each
 * chosen person whether they can receive sealed secrets, their keys' fingerprints, and a warning when these
 * differ from the ones last sealed to in this browser.
 */
export function createSealingPanel(user: PublicUser): SealingPanel {
  const lookups = new Map<string, Promise<PersonKeys>>();
  function keysOf(person: PublicUser): Promise<PersonKeys> {
    let lookup = lookups.get(person.id);
    if (!lookup) {
      lookup = lookUp(person);
      lookups.set(person.id, lookup);
      // A failed lookup is asked again next time.
      lookup.catch(() => lookups.delete(person.id));
    }
    return lookup;
  }

  const seal = h('input', { type: 'checkbox', id: 'seal', name: 'seal', checked: true });
  const self = h('input', { type: 'checkbox', id: 'seal-self', name: 'seal-self', checked: true });
  const selfHint = h('p', { class: 'hint', id: 'seal-self-hint' }, t('checkingPasskeys'));
  self.setAttribute('aria-describedby', selfHint.id);
  const selfChoice = h(
    'div',
    { class: 'choice field' },
    self,
    h('div', {}, h('label', { for: 'seal-self' }, t('reopenToo')), selfHint),
  );
  const list = h('ul', { class: 'plain-list', 'aria-label': t('sealingKeysList') });
  list.hidden = true;
  /** Said when none of the chosen people can receive a sealed secret, so that the ticked box promises nothing. */
  const nothingSealed = h('p', { class: 'note', 'data-nothing-sealed': '' }, t('nothingSealed'));
  nothingSealed.hidden = true;
  const details = h('div', {}, selfChoice, list, nothingSealed);

  let selfKeys: PersonKeys | null = null;
  keysOf(user).then(
    (found) => {
      selfKeys = found;
      if (found.keys.length === 0) {
        self.checked = false;
        self.disabled = true;
        selfHint.textContent = t('noSealingKeysOfMine');
      } else {
        selfHint.textContent = t('alsoSealedToYou', { keys: keyList(found) });
      }
    },
    () => {
      self.checked = false;
      self.disabled = true;
      selfHint.textContent = t('selfKeysFailed');
    },
  );

  let shown = 0;
  function show(people: readonly PublicUser[]): void {
    const round = ++shown;
    list.hidden = people.length === 0;
    nothingSealed.hidden = true;
    Promise.all(people.map(keysOf)).then(
      (found) => {
        if (round !== shown) return;
        nothingSealed.hidden = found.length === 0 || found.some((entry) => entry.keys.length > 0);
      },
      () => undefined,
    );
    list.replaceChildren(
      ...people.map((person) => {
        const item = h(
          'li',
          { 'data-recipient': person.name },
          h('strong', {}, personLabel(person)),
          h('span', { class: 'meta' }, t('lookingUpKeys')),
        );
        keysOf(person).then(
          (found) => {
            if (round === shown) item.replaceChildren(...describe(found));
          },
          (error: unknown) => {
            if (round === shown) {
              item.replaceChildren(h('strong', {}, personLabel(person)), `: ${describeError(error)}`);
            }
          },
        );
        return item;
      }),
    );
  }

  function describe(found: PersonKeys): Node[] {
    const name = h('strong', {}, personLabel(found.person));
    if (found.keys.length === 0) {
      return [name, h('p', { class: 'meta' }, t('cannotReceive'))];
    }
    const nodes: Node[] = [name, h('p', { class: 'meta' }, t('canReceive', { keys: keyList(found) }))];
    const changes = keyChanges(knownFingerprints(found.person.id), found.fingerprints);
    if (changes.added.length > 0 || changes.removed.length > 0) {
      const parts = [
        changes.added.length > 0 ? t('keysAdded', { fingerprints: changes.added.join(', ') }) : '',
        changes.removed.length > 0 ? t('keysRemoved', { fingerprints: changes.removed.join(', ') }) : '',
      ].filter(Boolean);
      nodes.push(
        h(
          'p',
          { class: 'note', 'data-key-change': '' },
          t('keysChanged', { name: found.person.displayName, changes: parts.join('; ') }),
        ),
      );
    }
    return nodes;
  }

  function update(): void {
    details.hidden = !seal.checked;
  }
  seal.addEventListener('change', update);

  const element = h(
    'div',
    { class: 'sealing' },
    h(
      'div',
      { class: 'choice field' },
      seal,
      h(
        'div',
        {},
        h('label', { for: 'seal' }, t('sealTo')),
        h('p', { class: 'hint', id: 'seal-hint' }, t('sealHint')),
      ),
    ),
    details,
  );
  seal.setAttribute('aria-describedby', 'seal-hint');

  return {
    element,
    enabled: () => seal.checked,
    show,
    async plan(people) {
      const found = await Promise.all(people.map(keysOf));
      const mine = self.checked ? (selfKeys ?? (await keysOf(user))) : null;
      return {
        sealed: found.filter((entry) => entry.keys.length > 0),
        gated: found.filter((entry) => entry.keys.length === 0).map((entry) => entry.person),
        self: mine && mine.keys.length > 0 ? mine : null,
      };
    },
  };
}
