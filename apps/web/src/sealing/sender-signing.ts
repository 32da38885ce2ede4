import { ApiRequestError } from '../api/api-request-error.ts';
import { StepUpError } from '../passkeys/step-up-error.ts';
import { loadSession } from '../session.ts';
import type { StatusLine } from '../ui/status-line.ts';
import { heldSigningKeyPair, type SigningKeyPair } from './key-store.ts';

/**
 * The signing key pair to sign a sealed secret with, so that its recipients can check that it comes from me: the
 * one this page derived at sign-in, or, when the page holds none (it was reloaded), one derived now from a passkey
 * prompt (a sign-in, as the sealed reveal page asks, which refreshes the session). Null when nobody is signed in or
 * the passkey used has no PRF: the secret is then sealed unsigned, and its recipients are told the sender is not
 * verified.
 *
 * @throws StepUpError when the prompt is closed (`step_up_cancelled`) or fails, ApiRequestError when the server
 *   refuses the sign-in: nothing is sealed then.
 */
export async function signingKeyForSealing(status: StatusLine): Promise<SigningKeyPair | null> {
  const user = await loadSession();
  if (!user) return null;
  const held = heldSigningKeyPair(user.id);
  if (held) return held;
  status.info(
    'Confirm with your passkey: it signs the secret, so its recipients can check that it comes from you…',
  );
  const passkeys = await import('../passkeys/index.ts');
  try {
    const signIn = await passkeys.signInWithPasskeyKey();
    // A passkey of another account signs in as that account: it must not sign as me, and nothing is sealed.
    if (signIn.user.id !== user.id) throw new StepUpError('step_up_unavailable', null);
    return signIn.signing;
  } catch (error) {
    if (error instanceof ApiRequestError || error instanceof StepUpError) throw error;
    const cancelled = error instanceof DOMException && error.name === 'NotAllowedError';
    throw new StepUpError(cancelled ? 'step_up_cancelled' : 'step_up_unavailable', error);
  }
}
