import { reveal } from '../i18n/en/reveal.ts';
import { defineMessages } from '../i18n/messages.ts';

/** The reveal page's and the revealed secret's sentences, in the page's language. */
export const t = defineMessages('reveal', reveal);
