// The passkey ceremonies and @simplewebauthn/browser: one chunk, loaded when a page needs a passkey.
export { describePasskeyError } from './describe-passkey-error.ts';
export {
  type AddPasskeyStage,
  addPasskey,
  createAccountWithPasskey,
  type NewAccount,
  type RegisteredPasskey,
} from './register.ts';
export { type PasskeySignIn, signInWithPasskey, signInWithPasskeyKey } from './sign-in.ts';
export { ensureSteppedUp, stepUp, stepUpPrompt, withStepUp } from './step-up.ts';
export { StepUpError, type StepUpErrorCode } from './step-up-error.ts';
