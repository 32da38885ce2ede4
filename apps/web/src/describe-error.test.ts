import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api/api-request-error.ts';
import { describeError } from './describe-error.ts';
import { MESSAGES } from './messages.ts';

describe('describeError', () => {
  it('shows the server’s sentence for a refused field, which names the field and the fault', () => {
    const message = 'Invalid displayName: control characters (such as line breaks) are not allowed.';
    expect(describeError(new ApiRequestError('invalid_request', 400, message))).toBe(message);
  });

  it('shows this page’s own sentence for a code it knows, never the server’s', () => {
    expect(describeError(new ApiRequestError('not_found', 404, 'Secret row missing.'))).toBe(MESSAGES.gone);
  });
});
