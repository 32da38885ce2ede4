import { admin } from '../../i18n/en/admin.ts';
import { defineMessages } from '../../i18n/messages.ts';

/** The admin page's sentences (people, audit log, audit export), in the page's language. */
export const t = defineMessages('admin', admin);
