import { create } from '../i18n/en/create.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The create page's and its results' sentences, in the page's language. */
export const t = defineMessages('create', create);
