/**
 * Which of the relying party's own WebAuthn checks a response failed (the ones `@simplewebauthn/server` leaves to
 * the application). Recorded as the reason of a failed sign-in; registration answers with the error's message.
 */
export type WebAuthnCheckReason =
  | 'client_data_invalid'
  | 'cross_origin'
  | 'top_origin'
  | 'credential_id_invalid'
  | 'credential_id_too_long'
  | 'credential_id_mismatch'
  | 'user_handle_missing'
  | 'user_handle_mismatch';

/** A WebAuthn response refused by one of our own checks: a stable `reason` and a message naming what was wrong. */
export class WebAuthnCheckError extends Error {
  override readonly name = 'WebAuthnCheckError';

  constructor(
    readonly reason: WebAuthnCheckReason,
    message: string,
  ) {
    super(message);
  }
}
