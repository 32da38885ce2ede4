import { MAX_ALLOWED_RANGES, networkRangeSchema } from '@hushlink/protocol';
import { h } from '../ui/element.ts';
import { field } from '../ui/field.ts';

/** The create form's "only from these networks" field. */
export interface NetworkLimitField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The ranges typed, each checked as the server checks it; a sentence naming the first bad one otherwise. */
  read(): { ranges: string[] } | { error: string };
}

/**
 * A field that limits a link to networks: addresses or CIDR ranges separated by commas or spaces (the office's
 * `192.0.2.0/24`, a VPN's IPv6 range). Empty, the link opens from anywhere.
 */
export function networkLimitField(): NetworkLimitField {
  const input = h('input', {
    id: 'allowed-ranges',
    name: 'allowed-ranges',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: '192.0.2.0/24, 2001:db8::/32',
  });
  const element = field({
    label: 'Only from these networks (optional)',
    control: input,
    hint: 'IP addresses or ranges, separated by commas. Opened from anywhere else, the link is refused and nothing is used up.',
  });
  return {
    element,
    input,
    read() {
      const ranges = input.value.split(/[\s,]+/).filter((part) => part !== '');
      if (ranges.length > MAX_ALLOWED_RANGES)
        return { error: `Name at most ${MAX_ALLOWED_RANGES} networks.` };
      for (const range of ranges) {
        const parsed = networkRangeSchema.safeParse(range);
        if (!parsed.success)
          return { error: `“${range}”: ${parsed.error.issues[0]?.message ?? 'not a network'}.` };
      }
      return { ranges };
    },
  };
}
