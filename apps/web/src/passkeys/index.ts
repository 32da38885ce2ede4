// The passkey ceremonies and @simplewebauthn/browser: one chunk, loaded when a page needs a passkey.
export { describePasskeyError } from './describe-passkey-error.ts';
export { addPasskey, createAccountWithPasskey, type NewAccount } from './register.ts';
export { signInWithPasskey } from './sign-in.ts';
