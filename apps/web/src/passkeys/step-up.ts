import { type PublicKeyCredentialRequestOptionsJSON, startAuthentication } from '@simplewebauthn/browser';
import { ApiRequestError } from '../api/api-request-error.ts';
import { stepUpOptions, verifyStepUp } from '../api/auth.ts';
import { currentUser, onSessionChange } from '../session.ts';
import { t } from './passkey-text.ts';
import { StepUpError } from './step-up-error.ts';
import { wireResponse } from './wire-response.ts';

/** The one sentence a page shows while it asks for the step-up's passkey, in the page's language. */
export function stepUpPrompt(): string {
  return t('stepUpPrompt');
}

/**
 * Until when (this browser's clock) the server said this page's last step-up counts, and for whom. Only a hint
 * that saves a prompt: the server decides, and an action it refuses anyway gets the ceremony then.
 */
let freshUntil = 0;
let freshFor: string | null = null;

// Another account (or none) in this page: its step-up is not this one's.
onSessionChange(() => {
  if (currentUser()?.id !== freshFor) freshUntil = 0;
});

function isCancelled(error: unknown): boolean {
  const name = error instanceof Error ? error.name : undefined;
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError';
}

/**
 * The step-up ceremony: a challenge that only my passkeys may answer (user verification required), the browser's
 * prompt, and the server's check, which lets this session add or remove a passkey or create a token for a few
 * minutes. No PRF is asked: the check proves presence, it derives no key.
 *
 * @throws StepUpError `step_up_cancelled` when the prompt was closed or timed out, `step_up_unavailable` when the
 *   browser could not use a passkey; ApiRequestError (`webauthn_failed`, `challenge_invalid`, `sign_in_required`,
 *   …) from the server. Nothing is changed in any case.
 */
export async function stepUp(): Promise<void> {
  const { challengeId, options } = await stepUpOptions();
  let response: Awaited<ReturnType<typeof startAuthentication>>;
  try {
    // The server built these with @simplewebauthn/server; the protocol passes them through unchecked.
    response = await startAuthentication({
      optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
    });
  } catch (error) {
    throw new StepUpError(isCancelled(error) ? 'step_up_cancelled' : 'step_up_unavailable', error);
  }
  const { steppedUpUntil } = await verifyStepUp({ challengeId, response: wireResponse(response) });
  freshUntil = Date.parse(steppedUpUntil);
  freshFor = currentUser()?.id ?? null;
}

/**
 * Steps up now unless this page did so recently enough that `marginMs` is still left, calling `onPrompt` first
 * (to say why a passkey prompt is coming). For a change that spans a prompt of its own, such as adding a passkey:
 * a step-up that lapsed between its two requests would leave a new passkey on the device that the server refused.
 *
 * @throws like `stepUp`.
 */
export async function ensureSteppedUp(onPrompt: () => void, marginMs: number): Promise<void> {
  if (freshUntil - marginMs > Date.now()) return;
  onPrompt();
  await stepUp();
}

/**
 * Runs `action`; if the server answers `step_up_required`, calls `onPrompt`, steps up and runs `action` once more
 * (a second refusal is thrown as it is). Any other failure is thrown unchanged.
 *
 * @example await withStepUp(() => createApiToken(name, lifetime), () => status.info(stepUpPrompt()))
 * @throws like `action`, and like `stepUp` when the step-up fails (then `action` is not run again).
 */
export async function withStepUp<T>(action: () => Promise<T>, onPrompt: () => void): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.code === 'step_up_required')) throw error;
    freshUntil = 0;
    onPrompt();
    await stepUp();
    return action();
  }
}
