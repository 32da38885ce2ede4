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
import { STEP_UP_PROMPT, withStepUp } from '../../passkeys/index.ts';
import { h } from '../../ui/element.ts';
import { field } from '../../ui/field.ts';
import { createStatusLine } from '../../ui/status-line.ts';

const ROLES: readonly Role[] = ['admin', 'member', 'guest'];
const ROLE_LABELS: Record<Role, string> = { admin: 'Admins', member: 'Members', guest: 'Guests' };

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
  const save = h('button', { type: 'submit' }, 'Add network');
  const cancel = h('button', { type: 'button', hidden: true, on: { click: () => edit(null) } }, 'Cancel');
  let editing: NamedNetwork | null = null;

  function edit(network: NamedNetwork | null): void {
    editing = network;
    name.value = network?.name ?? '';
    ranges.value = network?.ranges.join(', ') ?? '';
    save.textContent = network ? `Save ${network.name}` : 'Add network';
    cancel.hidden = network === null;
    if (network) name.focus();
  }

  /**
   * Runs a change (asking for a passkey check when the server wants one), then reloads the section; false when it
   * failed, with the server's reason on the status line.
   */
  async function act(action: () => Promise<unknown>, done: string): Promise<boolean> {
    status.info('Saving…');
    try {
      await withStepUp(action, () => status.info(STEP_UP_PROMPT));
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
        { type: 'button', on: { click: () => edit(network) }, 'aria-label': `Edit ${network.name}` },
        'Edit',
      ),
      h(
        'button',
        {
          type: 'button',
          'aria-label': `Delete ${network.name}`,
          on: { click: () => void act(() => deleteNetwork(network.id), `Deleted ${network.name}.`) },
        },
        'Delete',
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
        h('legend', {}, `${ROLE_LABELS[role]} may connect from`),
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
              'Network policy saved.',
            ),
        },
      },
      'Save network policy',
    );
    return h(
      'div',
      {},
      h('h3', {}, 'Network policy'),
      h(
        'p',
        { class: 'hint' },
        'Where each role may sign in and use its sessions and API tokens. With no network ticked, a role connects from anywhere. You cannot save a policy that leaves out the address you are on now.',
      ),
      ...groups,
      savePolicy,
    );
  }

  async function load(): Promise<void> {
    const [networks, policy] = await Promise.all([listNetworks(), readNetworkPolicy()]);
    list.replaceChildren(...networks.map(networkItem));
    policyBox.replaceChildren(
      networks.length > 0
        ? policyEditor(networks, policy)
        : h('p', { class: 'hint' }, 'No named networks yet.'),
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
            target ? `Saved ${body.name}.` : `Added ${body.name}.`,
          ).then((saved) => {
            if (saved) edit(null);
          });
        },
      },
    },
    field({ label: 'Network name', control: name, hint: 'As senders will see it, e.g. Office VPN.' }),
    field({
      label: 'Addresses or ranges',
      control: ranges,
      hint: 'IPv4 or IPv6 addresses or CIDR ranges, separated by commas.',
    }),
    h('div', { class: 'actions' }, save, cancel),
  );
  load().catch((error: unknown) => {
    if (!sessionLost(error)) status.error(describeError(error));
  });
  return h(
    'section',
    { 'aria-labelledby': 'networks-heading' },
    h('h2', { id: 'networks-heading' }, 'Networks'),
    h(
      'p',
      { class: 'hint' },
      'Named networks senders can limit a link to (a link keeps the addresses it was created with), and from which of them each role may connect.',
    ),
    status.element,
    list,
    form,
    policyBox,
  );
}
