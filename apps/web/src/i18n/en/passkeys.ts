/** English messages of the passkey ceremonies (sign-in, a new account or passkey, the step-up), by error code. */
export const passkeys = {
  stepUpPrompt: 'Confirm it’s you with your passkey.',
  rejected: 'The passkey was not accepted. Try again, or use another passkey.',
  challengeExpired: 'The passkey request expired. Try again.',
  accountDisabled: 'This account is disabled. Ask an admin of this Hushlink.',
  nameTaken: 'This user name is taken. Choose another.',
  inviteInvalid: 'This invite link is invalid, expired or already used. Ask for a new one.',
  registrationClosed: 'New accounts need an invite link from someone on this Hushlink.',
  alreadyRegistered:
    'This device already holds a passkey for your account. Use another device or security key.',
  promptClosed: 'The passkey prompt was closed or timed out. Try again when you are ready.',
  wrongAddress:
    'Passkeys do not work at this address. Open Hushlink at its own address (https) and try again.',
  unsupported: 'This browser or device cannot use passkeys here. Try another browser or device.',
  failed: 'The passkey could not be used. Try again.',
} as const;
