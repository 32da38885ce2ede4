import { passkeys } from '../i18n/en/passkeys.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The passkey ceremonies' sentences, in the page's language (part of the passkeys chunk, loaded on demand). */
export const t = defineMessages('passkeys', passkeys);
