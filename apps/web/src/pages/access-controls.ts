import type { Access, PublicUser } from '@hushlink/protocol';
import { accessLabel } from '../access-labels.ts';
import { findPeople } from '../api/people.ts';
import { describeError } from '../describe-error.ts';
import { createSealingPanel, type SealingPanel } from '../sealing/sealing-panel.ts';
import { h } from '../ui/element.ts';
import { createPeoplePicker, type PeoplePicker } from '../ui/people-picker.ts';
import { t } from './create-text.ts';

const ACCESS_HINTS = {
  link: 'hintLink',
  'signed-in': 'hintTeam',
  people: 'hintPeople',
} as const satisfies Readonly<Record<Access, string>>;

/** The access choice of a signed-in person: three radios, the people picker, and "notify me". */
export interface AccessControls {
  element: HTMLElement;
  access(): Access;
  picker: PeoplePicker;
  /** Sealing to the chosen people's passkeys (null for guests, who cannot name people). */
  sealing: SealingPanel | null;
  notify: HTMLInputElement;
}

/**
 * The create page's "Who can open it" for a signed-in person: anyone with the link, anyone on the team, or only
 * named people, and "Notify me when it is opened". Guests are offered only the link: they see nothing of the
 * team, so they cannot name people, and the server refuses them a team link (which they could not open).
 */
export function accessControls(user: PublicUser): AccessControls {
  const choices: Access[] = user.role === 'guest' ? ['link'] : ['link', 'signed-in', 'people'];
  const sealing = user.role === 'guest' ? null : createSealingPanel(user);
  const picker = createPeoplePicker({
    id: 'people',
    label: t('people'),
    search: findPeople,
    describeError,
    onChange: (people) => sealing?.show(people),
  });
  const radios = choices.map((value) =>
    h('input', {
      type: 'radio',
      name: 'access',
      id: `access-${value}`,
      value,
      checked: value === 'link',
      'aria-describedby': `access-${value}-hint`,
      on: { change: () => update() },
    }),
  );
  function access(): Access {
    return choices.find((_, index) => radios[index]?.checked) ?? 'link';
  }
  function update(): void {
    picker.element.hidden = access() !== 'people';
    if (sealing) sealing.element.hidden = access() !== 'people';
  }
  update();
  const notify = h('input', { type: 'checkbox', id: 'notify', name: 'notify' });
  const element = h(
    'div',
    {},
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, t('whoCanOpen')),
      ...choices.map((value, index) =>
        h(
          'div',
          { class: 'choice' },
          radios[index],
          h(
            'div',
            {},
            h('label', { for: `access-${value}` }, accessLabel(value)),
            h('p', { class: 'hint', id: `access-${value}-hint` }, t(ACCESS_HINTS[value])),
          ),
        ),
      ),
    ),
    picker.element,
    sealing?.element,
    h('div', { class: 'choice field' }, notify, h('label', { for: 'notify' }, t('notify'))),
  );
  return { element, access, picker, sealing, notify };
}
