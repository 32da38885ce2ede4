import { links } from '../../i18n/en/links.ts';
import { defineMessages } from '../../i18n/messages.ts';

/** My links' sentences (the links I created, my requests for a secret), in the page's language. */
export const t = defineMessages('links', links);
