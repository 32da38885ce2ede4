import { ApiRequestError } from './api/index.ts';
import { envelopeErrorCode } from './crypto/envelope.ts';
import { MESSAGES, tooManyAttempts } from './messages.ts';
import { StepUpError } from './passkeys/step-up-error.ts';

/**
 * The sentence to show for a failed step, from the error's code (never its message). Anything unknown gets a
 * calm generic sentence; the details go to the console for whoever debugs it, without secrets.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) return describeApiError(error);
  if (error instanceof StepUpError) {
    return error.code === 'step_up_cancelled' ? MESSAGES.stepUpCancelled : MESSAGES.stepUpUnavailable;
  }
  const code = envelopeErrorCode(error);
  switch (code) {
    case 'DECRYPTION_FAILED':
      return MESSAGES.decryptionFailed;
    case 'PASSPHRASE_REQUIRED':
      return MESSAGES.passphraseNeeded;
    case 'KEY_INVALID':
      return MESSAGES.incompleteLink;
    case 'LIMIT_EXCEEDED':
      return MESSAGES.tooLarge;
    case 'SENDER_MISMATCH':
    case 'SIGNATURE_INVALID':
      return MESSAGES.senderNotVerified;
    case 'COMMITMENT_MISMATCH':
      return MESSAGES.commitmentMismatch;
    case 'ENVELOPE_INVALID':
    case 'UNSUPPORTED_VERSION':
    case 'PAYLOAD_INVALID':
      return 'This secret could not be read: it was made by a different version of Hushlink, or altered.';
    case undefined:
      break;
  }
  console.error('hushlink: unexpected failure', error instanceof Error ? error.name : typeof error);
  // A dynamic import that fails (offline, or a deploy replaced the chunks) is a TypeError from the loader.
  return error instanceof TypeError ? MESSAGES.sodiumFailed : MESSAGES.unexpected;
}

function describeApiError(error: ApiRequestError): string {
  switch (error.code) {
    case 'not_found':
      return MESSAGES.gone;
    case 'claim_mismatch':
      return MESSAGES.incompleteLink;
    case 'rate_limited':
      return tooManyAttempts(error.retryAfter);
    case 'network_error':
      return MESSAGES.network;
    case 'payload_too_large':
      return MESSAGES.tooLarge;
    case 'forbidden':
      return MESSAGES.forbiddenToken;
    case 'sign_in_required':
      return MESSAGES.signInRequired;
    case 'not_for_you':
      return MESSAGES.notForYou;
    case 'network_not_allowed':
      // Only the server knows the rule; its sentence names no range.
      return error.message;
    case 'unauthorized':
      return 'This server does not accept new secrets without signing in.';
    case 'unknown_user':
      return 'One of the people you chose no longer has an active account. Remove them and try again.';
    case 'origin_mismatch':
      return 'This request did not come from this Hushlink page. Reload it and try again.';
    case 'step_up_required':
      // Only after a step-up that the server still did not count (a clock far off, or one that lapsed).
      return MESSAGES.stepUpRequired;
    case 'invalid_request':
      // The server names the field and what is wrong with it (a line break in a name): only it knows which.
      return error.message;
    case 'unknown_code':
      // A code added to the API after this page was built: the server's own sentence is the best we have.
      return error.message;
    default:
      return MESSAGES.unexpected;
  }
}
