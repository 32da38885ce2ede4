/** Why a step-up (the passkey check before a sensitive change) did not happen in the browser. */
export type StepUpErrorCode = 'step_up_cancelled' | 'step_up_unavailable';

/**
 * The passkey prompt of a step-up was closed or failed, so the change it guarded was not made. The API's own
 * refusals of a step-up stay `ApiRequestError`s (a lost session must still read as `sign_in_required`). This file
 * holds no WebAuthn code, so `describeError` can word it without loading the passkey chunk.
 */
export class StepUpError extends Error {
  override readonly name = 'StepUpError';

  constructor(
    readonly code: StepUpErrorCode,
    /** The browser's error, kept for the console; never shown. */
    override readonly cause: unknown,
  ) {
    super(code);
  }
}
