import { MAX_ALLOWED_RANGES, networkRangeSchema } from '@hushlink/protocol';
import type { NetworkChoice } from '../api/networks.ts';
import { h } from '../ui/element.ts';
import { field } from '../ui/field.ts';
import { t } from './create-text.ts';

/** The create form's "only from these networks" field. */
export interface NetworkLimitField {
  element: HTMLElement;
  input: HTMLInputElement;
  /**
   * The ranges typed, each checked as the server checks it, and the names of the named networks ticked; a
   * sentence naming the first bad range otherwise.
   */
  read(): { ranges: string[]; networks: string[] } | { error: string };
}

/**
 * A field that limits a link to networks: the named networks an admin defined (`choices`, ticked by name; shown
 * only when there are some) and addresses or CIDR ranges separated by commas or spaces (the office's
 * `192.0.2.0/24`, a VPN's IPv6 range). Nothing ticked or typed, the link opens from anywhere.
 */
export function networkLimitField(choices: readonly NetworkChoice[] = []): NetworkLimitField {
  const input = h('input', {
    id: 'allowed-ranges',
    name: 'allowed-ranges',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: '192.0.2.0/24, 2001:db8::/32',
  });
  const boxes = choices.map((choice) =>
    h('input', { type: 'checkbox', id: `network-${choice.id}`, name: 'allowed-network', value: choice.name }),
  );
  const named =
    choices.length === 0
      ? null
      : h(
          'fieldset',
          { class: 'choices' },
          h('legend', {}, t('namedNetworks')),
          ...choices.map((choice, index) =>
            h(
              'div',
              { class: 'choice' },
              boxes[index],
              h('label', { for: `network-${choice.id}` }, choice.name),
            ),
          ),
          h('p', { class: 'hint' }, t('namedNetworksHint')),
        );
  const ranges = field({
    label: t('networksLabel'),
    control: input,
    hint: t('networksHint'),
  });
  return {
    element: named ? h('div', {}, named, ranges) : ranges,
    input,
    read() {
      const networks = boxes.filter((box) => box.checked).map((box) => box.value);
      const typed = input.value.split(/[\s,]+/).filter((part) => part !== '');
      if (typed.length > MAX_ALLOWED_RANGES)
        return { error: t('networksTooMany', { max: MAX_ALLOWED_RANGES }) };
      for (const range of typed) {
        const parsed = networkRangeSchema.safeParse(range);
        if (!parsed.success)
          return {
            error: t('networkInvalid', {
              range,
              reason: parsed.error.issues[0]?.message ?? t('notANetwork'),
            }),
          };
      }
      return { ranges: typed, networks };
    },
  };
}
