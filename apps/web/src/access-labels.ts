import type { Access, PublicUser } from '@hushlink/protocol';
import { currentLanguage } from './i18n/translator.ts';
import { t } from './pages/create-text.ts';

/** The access rules as the pages name them, in the page's language. */
export function accessLabel(access: Access): string {
  // Stored as `signed-in` (links already sent keep it), but it means the team: guests are not admitted.
  return t(access === 'link' ? 'accessLink' : access === 'signed-in' ? 'accessTeam' : 'accessPeople');
}

/** Who may open a link, in one line: the rule, or the named people. */
export function accessSummary(access: Access, recipients: readonly PublicUser[]): string {
  if (access === 'people' && recipients.length > 0) {
    const names = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(
      recipients.map((person) => person.displayName),
    );
    return t('accessOnly', { names });
  }
  return accessLabel(access);
}
