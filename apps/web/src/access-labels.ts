import type { Access, PublicUser } from '@hushlink/protocol';

/** The access rules as the pages name them. */
export const ACCESS_LABELS: Readonly<Record<Access, string>> = {
  link: 'Anyone with the link',
  // Stored as `signed-in` (links already sent keep it), but it means the team: guests are not admitted.
  'signed-in': 'Anyone on the team (members and admins, not guests)',
  people: 'Only these people',
};

/** Who may open a link, in one line: the rule, or the named people. */
export function accessSummary(access: Access, recipients: readonly PublicUser[]): string {
  if (access === 'people' && recipients.length > 0) {
    return `Only ${recipients.map((person) => person.displayName).join(', ')}`;
  }
  return ACCESS_LABELS[access];
}
