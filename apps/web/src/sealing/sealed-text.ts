import { sealed } from '../i18n/en/sealed.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The sealed reveal page's sentences, in the page's language. */
export const t = defineMessages('sealed', sealed);
