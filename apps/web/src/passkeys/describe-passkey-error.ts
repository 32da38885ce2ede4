import { browserSupportsWebAuthn, WebAuthnError } from '@simplewebauthn/browser';
import { ApiRequestError } from '../api/api-request-error.ts';
import { describeError } from '../describe-error.ts';
import { t } from './passkey-text.ts';
import { StepUpError } from './step-up-error.ts';

/** The API's answers that only passkey ceremonies get (the rest are worded by `describeError`). */
function describeCeremonyError(error: ApiRequestError): string {
  switch (error.code) {
    case 'webauthn_failed':
      return t('rejected');
    case 'challenge_invalid':
      return t('challengeExpired');
    case 'account_disabled':
      return t('accountDisabled');
    case 'name_taken':
      return t('nameTaken');
    case 'invite_invalid':
      return t('inviteInvalid');
    case 'registration_closed':
      return t('registrationClosed');
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
    return t('alreadyRegistered');
  }
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError') {
    return t('promptClosed');
  }
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError') {
    return t('wrongAddress');
  }
  if (name === 'NotSupportedError' || !browserSupportsWebAuthn()) {
    return t('unsupported');
  }
  console.error('hushlink: passkey ceremony failed', code ?? name ?? typeof error);
  return t('failed');
}
