import { request } from '../i18n/en/request.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The request page's sentences, in the page's language. */
export const t = defineMessages('request', request);
