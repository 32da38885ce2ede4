import {
  type CeremonyOptionsResponse,
  ceremonyOptionsResponseSchema,
  type LoginVerifyRequest,
  type RegisterOptionsRequest,
  type RegisterVerifyRequest,
  type SignedInResponse,
  type StepUpResponse,
  type StepUpVerifyRequest,
  signedInResponseSchema,
  stepUpResponseSchema,
} from '@hushlink/protocol';
import { requestJson } from './request.ts';

/**
 * `POST /api/auth/register/options`: a single-use challenge and WebAuthn creation options. Signed out, for a new
 * account (`name`, and `inviteToken` after the first account); signed in, for another passkey of mine.
 */
export function registrationOptions(request: RegisterOptionsRequest): Promise<CeremonyOptionsResponse> {
  return requestJson(
    { method: 'POST', path: '/api/auth/register/options', body: request },
    ceremonyOptionsResponseSchema,
  );
}

/** `POST /api/auth/register/verify`: stores the new passkey; a new account is signed in (cookie). */
export function verifyRegistration(request: RegisterVerifyRequest): Promise<SignedInResponse> {
  return requestJson(
    { method: 'POST', path: '/api/auth/register/verify', body: request },
    signedInResponseSchema,
  );
}

/** `POST /api/auth/login/options`: a username-less sign-in challenge (any discoverable passkey may answer). */
export function signInOptions(): Promise<CeremonyOptionsResponse> {
  return requestJson(
    { method: 'POST', path: '/api/auth/login/options', body: {} },
    ceremonyOptionsResponseSchema,
  );
}

/** `POST /api/auth/login/verify`: checks the assertion and starts a session (cookie). */
export function verifySignIn(request: LoginVerifyRequest): Promise<SignedInResponse> {
  return requestJson(
    { method: 'POST', path: '/api/auth/login/verify', body: request },
    signedInResponseSchema,
  );
}

/**
 * `POST /api/auth/step-up/options`: a challenge that only my own passkeys may answer, with user verification
 * required. Signed in only.
 */
export function stepUpOptions(): Promise<CeremonyOptionsResponse> {
  return requestJson(
    { method: 'POST', path: '/api/auth/step-up/options', body: {} },
    ceremonyOptionsResponseSchema,
  );
}

/** `POST /api/auth/step-up/verify`: checks the assertion and marks this session as freshly confirmed. */
export function verifyStepUp(request: StepUpVerifyRequest): Promise<StepUpResponse> {
  return requestJson(
    { method: 'POST', path: '/api/auth/step-up/verify', body: request },
    stepUpResponseSchema,
  );
}
