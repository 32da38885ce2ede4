import { ApiError } from '../errors.ts';
import type { AppConfig } from '../ports.ts';
import type { Actor } from '../request-info.ts';

/**
 * The one place that decides who may create a secret with a given access rule: members and admins may create
 * any kind; a guest may not create a `signed-in` (team) link; a visitor who is not signed in may create only
 * `link` secrets, and only when the instance allows anonymous links (`ANONYMOUS_LINKS`).
 *
 * A `signed-in` link opens for the team — members and admins — and never for a guest (see `assertMayOpen` in
 * `secrets.ts`). A guest who made one could not open their own link, and "the team" is a circle they are not
 * part of; a guest hands a secret to a member by answering that member's request (sealed to them) or by a link.
 *
 * @throws ApiError `sign_in_required` (401) for a visitor, `forbidden` (403) for a guest's team link.
 */
export function assertMayCreateSecret(config: AppConfig, actor: Actor | null, access: string): void {
  if (actor) {
    if (actor.user.role === 'guest' && access === 'signed-in') {
      throw new ApiError(
        'forbidden',
        403,
        'Guests cannot create links for the whole team (members and admins). Share with a link, or answer a request a member sent you.',
      );
    }
    return;
  }
  if (!config.anonymousLinks) {
    throw new ApiError('sign_in_required', 401, 'Sign in with your passkey to create a link on this server.');
  }
  if (access !== 'link') {
    throw new ApiError('sign_in_required', 401, 'Sign in to create a link for the team or for named people.');
  }
}
