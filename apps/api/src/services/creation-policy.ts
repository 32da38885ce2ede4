import { ApiError } from '../errors.ts';
import type { AppConfig } from '../ports.ts';
import type { Actor } from '../request-info.ts';

/**
 * The one place that decides who may create a secret with a given access rule: any signed-in account may
 * create any kind; a visitor who is not signed in may create only `link` secrets, and only when the instance
 * allows anonymous links (`ANONYMOUS_LINKS`).
 *
 * @throws ApiError `sign_in_required` otherwise.
 */
export function assertMayCreateSecret(config: AppConfig, actor: Actor | null, access: string): void {
  if (actor) return;
  if (!config.anonymousLinks) {
    throw new ApiError('sign_in_required', 401, 'Sign in with your passkey to create a link on this server.');
  }
  if (access !== 'link') {
    throw new ApiError(
      'sign_in_required',
      401,
      'Sign in to create a link for signed-in people or named people.',
    );
  }
}
