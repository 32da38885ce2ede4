import { common } from './i18n/en/common.ts';
import { defineMessages } from './i18n/messages.ts';

/**
 * Sentences shared by every page, in the page's language (`i18n/en/common.ts` holds the English), so that pages
 * and tests agree on them.
 *
 * @example message('gone') // 'This secret is gone: it expired, was already viewed, or was revoked.'
 */
export const message = defineMessages('common', common);

/** "Too many attempts; try again in N seconds." */
export function tooManyAttempts(retryAfter: number | undefined): string {
  return message('tooManyAttempts', { seconds: Math.max(1, retryAfter ?? 60) });
}
