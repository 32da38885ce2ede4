import type { Access, PublicUser } from '@hushlink/protocol';

/** The access rules as the pages name them. */
export const ACCESS_LABELS: Readonly<Record<Access, string>> = {
  link: 'Anyone with the link',
  'signed-in': 'Anyone signed in',
  people: 'Only these people',
};

/** Who may open a link, in one line: the rule, or the named people. */
export function accessSummary(access: Access, recipients: readonly PublicUser[]): string {
  if (access === 'people' && recipients.length > 0) {
    return `Only ${recipients.map((person) => person.displayName).join(', ')}`;
  }
  return ACCESS_LABELS[access];
}
