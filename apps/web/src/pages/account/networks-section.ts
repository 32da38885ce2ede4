import type { Role } from '@hushlink/protocol';
import {
  createNetwork,
  deleteNetwork,
  listNetworks,
  type NamedNetwork,
  type NetworkPolicy,
  readNetworkPolicy,
  saveNetworkPolicy,
  updateNetwork,
} from '../../api/networks.ts';
import { describeError } from '../../describe-error.ts';
import { stepUpPrompt, withStepUp } from '../../passkeys/index.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { createStatusLine } from '../../ui/status-line.ts';
import { t } from './admin-text.ts';

const ROLES: readonly Role[] = ['admin', 'member', 'guest'];
const ROLE_LEGENDS = {
  admin: 'policyAdmins',
  member: 'policyMembers',
  guest: 'policyGuests',
} as const satisfies Record<Role, string>;

/**
 * Admin's Networks section: the named networks (list, add, change, delete) and the per-role network policy (which
 * networks each role may sign in and use sessions and API tokens from; none ticked, anywhere). Changes that can
 * shut people out ask for a passkey check in place; the server refuses one that would shut out the admin.
 * `sessionLost` handles an expired session as the rest of the page does.
 */
export function networksSection(sessionLost: (error: unknown) => boolean): HTMLElement {
  const status = createStatusLine();
  const list = h('ul', { class: 'plain-list', 'data-networks': '' });
  const policyBox = h('div', {});
  const name = h('input', { id: 'network-name', name: 'network-name', type: 'text', autocomplete: 'off' });
  const ranges = h('input', {
    id: 'network-ranges',
    name: 'network-ranges',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: '192.0.2.0/24, 2001:db8::/32',
  });
  const save = h('button', { type: 'submit' }, t('addNetwork'));
  const cancel = h(
    'button',
    { type: 'button', hidden: true, on: { click: () => edit(null) } },
    t('cancelEdit'),
  );
  let editing: NamedNetwork | null = null;

  function edit(network: NamedNetwork | null): void {
    editing = network;
    name.value = network?.name ?? '';
    ranges.value = network?.ranges.join(', ') ?? '';
    save.textContent = network ? t('saveNetwork', { name: network.name }) : t('addNetwork');
    cancel.hidden = network === null;
    if (network) name.focus();
  }

  /**
   * Runs a change (asking for a passkey check when the server wants one), then reloads the section; false when it
   * failed, with the server's reason on the status line.
   */
  async function act(action: () => Promise<unknown>, done: string): Promise<boolean> {
    status.info(t('saving'));
    try {
      await withStepUp(action, () => status.info(stepUpPrompt()));
      await load();
      status.info(done);
      return true;
    } catch (error) {
      if (!sessionLost(error)) status.error(describeError(error));
      return false;
    }
  }

  function networkItem(network: NamedNetwork): HTMLElement {
    return h(
      'li',
      { 'data-network': network.name },
      h('strong', {}, network.name),
      ` ${network.ranges.join(', ')} `,
      h(
        'button',
        {
          type: 'button',
          on: { click: () => edit(network) },
          'aria-label': t('editNetworkLabel', { name: network.name }),
        },
        t('editNetwork'),
      ),
      h(
        'button',
        {
          type: 'button',
          'aria-label': t('deleteNetworkLabel', { name: network.name }),
          on: {
            click: () =>
              void act(() => deleteNetwork(network.id), t('networkDeleted', { name: network.name })),
          },
        },
        t('deleteNetwork'),
      ),
    );
  }

  function policyEditor(networks: NamedNetwork[], policy: NetworkPolicy): HTMLElement {
    const boxes = new Map<Role, HTMLInputElement[]>();
    const groups = ROLES.map((role) => {
      const roleBoxes = networks.map((network) =>
        h('input', {
          type: 'checkbox',
          id: `policy-${role}-${network.id}`,
          value: network.id,
          checked: policy[role].includes(network.id),
        }),
      );
      boxes.set(role, roleBoxes);
      return h(
        'fieldset',
        { class: 'choices', 'data-policy-role': role },
        h('legend', {}, t(ROLE_LEGENDS[role])),
        ...networks.map((network, index) =>
          h(
            'div',
            { class: 'choice' },
            roleBoxes[index],
            h('label', { for: `policy-${role}-${network.id}` }, network.name),
          ),
        ),
      );
    });
    const read = (role: Role) => (boxes.get(role) ?? []).filter((box) => box.checked).map((box) => box.value);
    const savePolicy = h(
      'button',
      {
        type: 'button',
        on: {
          click: () =>
            void act(
              () => saveNetworkPolicy({ admin: read('admin'), member: read('member'), guest: read('guest') }),
              t('policySaved'),
            ),
        },
      },
      t('savePolicy'),
    );
    return h(
      'div',
      {},
      h('h3', {}, t('policyTitle')),
      h('p', { class: 'hint' }, t('policyHint')),
      ...groups,
      savePolicy,
    );
  }

  async function load(): Promise<void> {
    const [networks, policy] = await Promise.all([listNetworks(), readNetworkPolicy()]);
    list.replaceChildren(...networks.map(networkItem));
    policyBox.replaceChildren(
      networks.length > 0 ? policyEditor(networks, policy) : h('p', { class: 'hint' }, t('noNetworks')),
    );
  }

  const form = h(
    'form',
    {
      on: {
        submit: (event: SubmitEvent) => {
          event.preventDefault();
          const body = {
            name: name.value.trim(),
            ranges: ranges.value.split(/[\s,]+/).filter((part) => part !== ''),
          };
          const target = editing;
          void act(
            () => (target ? updateNetwork(target.id, body) : createNetwork(body)),
            t(target ? 'networkSaved' : 'networkAdded', { name: body.name }),
          ).then((saved) => {
            if (saved) edit(null);
          });
        },
      },
    },
    field({ label: t('networkName'), control: name, hint: t('networkNameHint') }),
    field({ label: t('networkRanges'), control: ranges, hint: t('networkRangesHint') }),
    h('div', { class: 'actions' }, save, cancel),
  );
  load().catch((error: unknown) => {
    if (!sessionLost(error)) status.error(describeError(error));
  });
  return h(
    'section',
    { 'aria-labelledby': 'networks-heading' },
    h('h2', { id: 'networks-heading' }, t('networksTitle')),
    h('p', { class: 'hint' }, t('networksLede')),
    status.element,
    list,
    form,
    policyBox,
  );
}
