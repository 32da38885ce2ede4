import { WebAuthnCheckError } from './webauthn-check-error.ts';

/**
 * Compares the user handle an assertion returned with the WebAuthn user id of the account that owns the
 * credential (WebAuthn Level 3 §7.2, step 6). A discoverable sign-in (`required`), where the server named no
 * credential, must carry one; a step-up, where the server named the account's credentials (`allowCredentials`),
 * may leave it out, as the spec allows, but one that is there must match.
 *
 * @throws WebAuthnCheckError `user_handle_missing` or `user_handle_mismatch`
 */
export function checkUserHandle(userHandle: unknown, webauthnUserId: string, required: boolean): void {
  if (userHandle === undefined || userHandle === null) {
    if (!required) return;
    throw new WebAuthnCheckError('user_handle_missing', 'The passkey response carries no user handle.');
  }
  if (userHandle !== webauthnUserId) {
    throw new WebAuthnCheckError(
      'user_handle_mismatch',
      "The passkey response's user handle is not that of the account the passkey belongs to.",
    );
  }
}
