import { message } from '../messages.ts';
import { h } from './element.ts';
import type { StatusLine } from './status-line.ts';

/**
 * A button that copies `read()` to the clipboard and says so in `status` ("Copied"), or explains how to copy by
 * hand when the browser refuses (no permission, or not a secure context).
 */
export function copyButton(label: string, read: () => string, status: StatusLine): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      on: {
        click: () => {
          void copyText(read()).then(
            () => status.info(message('copied')),
            () => status.error(message('copyFailed')),
          );
        },
      },
    },
    label,
  );
}

async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
}
