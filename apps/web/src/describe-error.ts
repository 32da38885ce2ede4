import { ApiRequestError } from './api/index.ts';
import { envelopeErrorCode } from './crypto/envelope.ts';
import { message, tooManyAttempts } from './messages.ts';
import { StepUpError } from './passkeys/step-up-error.ts';

/**
 * The sentence to show for a failed step, from the error's code (never its message). Anything unknown gets a
 * calm generic sentence; the details go to the console for whoever debugs it, without secrets.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) return describeApiError(error);
  if (error instanceof StepUpError) {
    return error.code === 'step_up_cancelled' ? message('stepUpCancelled') : message('stepUpUnavailable');
  }
  const code = envelopeErrorCode(error);
  switch (code) {
    case 'DECRYPTION_FAILED':
      return message('decryptionFailed');
    case 'PASSPHRASE_REQUIRED':
      return message('passphraseNeeded');
    case 'KEY_INVALID':
      return message('incompleteLink');
    case 'LIMIT_EXCEEDED':
      return message('tooLarge');
    case 'SENDER_MISMATCH':
    case 'SIGNATURE_INVALID':
      return message('senderNotVerified');
    case 'COMMITMENT_MISMATCH':
      return message('commitmentMismatch');
    case 'ENVELOPE_INVALID':
    case 'UNSUPPORTED_VERSION':
    case 'PAYLOAD_INVALID':
      return message('unreadable');
    case undefined:
      break;
  }
  console.error('hushlink: unexpected failure', error instanceof Error ? error.name : typeof error);
  // A dynamic import that fails (offline, or a deploy replaced the chunks) is a TypeError from the loader.
  return error instanceof TypeError ? message('sodiumFailed') : message('unexpected');
}

function describeApiError(error: ApiRequestError): string {
  switch (error.code) {
    case 'not_found':
      return message('gone');
    case 'claim_mismatch':
      return message('incompleteLink');
    case 'rate_limited':
      return tooManyAttempts(error.retryAfter);
    case 'network_error':
      return message('network');
    case 'payload_too_large':
      return message('tooLarge');
    case 'forbidden':
      return message('forbiddenToken');
    case 'sign_in_required':
      return message('signInRequired');
    case 'not_for_you':
      return message('notForYou');
    case 'network_policy_denied':
      // A fixed sentence (it names no network), so it is worded here, in the page's language.
      return message('networkPolicyDenied');
    case 'network_not_allowed':
    case 'would_lock_you_out':
    case 'network_in_use':
    case 'unknown_network':
    case 'storage_full':
      // Only the server knows the rule (and names no range to an outsider), which network is meant, or what could
      // not be stored.
      return error.message;
    case 'unavailable':
      return message('serverUnavailable');
    case 'unauthorized':
      return message('unauthorized');
    case 'unknown_user':
      return message('unknownUser');
    case 'origin_mismatch':
      return message('originMismatch');
    case 'step_up_required':
      // Only after a step-up that the server still did not count (a clock far off, or one that lapsed).
      return message('stepUpRequired');
    case 'invalid_request':
      // The server names the field and what is wrong with it (a line break in a name): only it knows which.
      return error.message;
    case 'unknown_code':
      // A code added to the API after this page was built: the server's own sentence is the best we have.
      return error.message;
    default:
      return message('unexpected');
  }
}
