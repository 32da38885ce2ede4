import { account } from '../../i18n/en/account.ts';
import { defineMessages } from '../../i18n/messages.ts';

/** The account pages' sentences (sign-in, joining, `/account` and its sections), in the page's language. */
export const t = defineMessages('account', account);
