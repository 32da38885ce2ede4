import { manage } from '../i18n/en/manage.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The manage page's sentences, in the page's language. */
export const t = defineMessages('manage', manage);
