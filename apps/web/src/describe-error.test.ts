import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api/api-request-error.ts';
import { loadSealing } from './crypto/envelope.ts';
import { describeError } from './describe-error.ts';
import { message } from './messages.ts';

describe('describeError', () => {
  it('shows the server’s sentence for a refused field, which names the field and the fault', () => {
    const message = 'Invalid displayName: control characters (such as line breaks) are not allowed.';
    expect(describeError(new ApiRequestError('invalid_request', 400, message))).toBe(message);
  });

  it('shows this page’s own sentence for a code it knows, never the server’s', () => {
    expect(describeError(new ApiRequestError('not_found', 404, 'Secret row missing.'))).toBe(message('gone'));
    expect(describeError(new ApiRequestError('network_policy_denied', 403, 'Not from here.'))).toBe(
      message('networkPolicyDenied'),
    );
  });

  it('shows the server’s sentence where only it knows the facts (a policy change that would lock the admin out)', () => {
    const sentence =
      'This would lock you out: your address (192.0.2.7) would not be inside any network of your role.';
    expect(describeError(new ApiRequestError('would_lock_you_out', 409, sentence))).toBe(sentence);
  });

  it('refuses a sealed secret whose signature fails or names someone else, and one whose key commitment fails', async () => {
    const { EnvelopeError } = await loadSealing();
    for (const code of ['SENDER_MISMATCH', 'SIGNATURE_INVALID'] as const) {
      expect(describeError(new EnvelopeError(code, 'x'))).toBe(message('senderNotVerified'));
    }
    expect(message('senderNotVerified')).toBe(
      'This secret is not signed by the person the server names as its sender. Do not trust it; tell the sender and your admin.',
    );
    expect(describeError(new EnvelopeError('COMMITMENT_MISMATCH', 'x'))).toBe(message('commitmentMismatch'));
  });
});
