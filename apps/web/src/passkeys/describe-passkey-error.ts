import { browserSupportsWebAuthn, WebAuthnError } from '@simplewebauthn/browser';
import { ApiRequestError } from '../api/api-request-error.ts';
import { describeError } from '../describe-error.ts';
import { StepUpError } from './step-up-error.ts';

/** The API's answers that only passkey ceremonies get (the rest are worded by `describeError`). */
function describeCeremonyError(error: ApiRequestError): string {
  switch (error.code) {
    case 'webauthn_failed':
      return 'The passkey was not accepted. Try again, or use another passkey.';
    case 'challenge_invalid':
      return 'The passkey request expired. Try again.';
    case 'account_disabled':
      return 'This account is disabled. Ask an admin of this Hushlink.';
    case 'name_taken':
      return 'This user name is taken. Choose another.';
    case 'invite_invalid':
      return 'This invite link is invalid, expired or already used. Ask for a new one.';
    case 'registration_closed':
      return 'New accounts need an invite link from someone on this Hushlink.';
    default:
      return describeError(error);
  }
}

/**
 * The sentence for a failed passkey ceremony: the browser's WebAuthn errors by their code or DOMException name
 * (never their message), and the API's by code.
 */
export function describePasskeyError(error: unknown): string {
  if (error instanceof ApiRequestError) return describeCeremonyError(error);
  if (error instanceof StepUpError) return describeError(error);
  const code = error instanceof WebAuthnError ? error.code : undefined;
  const name = error instanceof Error ? error.name : undefined;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') {
    return 'This device already holds a passkey for your account. Use another device or security key.';
  }
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError') {
    return 'The passkey prompt was closed or timed out. Try again when you are ready.';
  }
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError') {
    return 'Passkeys do not work at this address. Open Hushlink at its own address (https) and try again.';
  }
  if (name === 'NotSupportedError' || !browserSupportsWebAuthn()) {
    return 'This browser or device cannot use passkeys here. Try another browser or device.';
  }
  console.error('hushlink: passkey ceremony failed', code ?? name ?? typeof error);
  return 'The passkey could not be used. Try again.';
}
