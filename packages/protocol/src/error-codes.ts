/**
 * Every error code the HTTP API can answer with. Clients switch on `code`, never on `message`.
 */
export const ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'claim_mismatch',
  'unauthorized',
  'forbidden',
  'origin_mismatch',
  'sign_in_required',
  'not_for_you',
  'network_not_allowed',
  'challenge_invalid',
  'webauthn_failed',
  'name_taken',
  'invite_invalid',
  'registration_closed',
  'account_disabled',
  'last_passkey',
  'step_up_required',
  'token_not_allowed',
  'token_required',
  'unknown_user',
  'claim_required',
  'too_large',
  'upload_invalid',
  'upload_incomplete',
  'storage_full',
  'blob_missing',
  'no_keys',
  'request_gone',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

/** A stable, snake_case error code of the HTTP API. */
export type ErrorCode = (typeof ERROR_CODES)[number];
