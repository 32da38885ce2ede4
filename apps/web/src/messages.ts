/** Sentences shown to people, in one place so that pages and tests agree on them. */
export const MESSAGES = {
  incompleteLink: 'This link is incomplete: the part after # is missing or damaged.',
  incompleteManageLink: 'This manage link is incomplete: the part after # is missing or damaged.',
  damagedId:
    'This link is damaged: the part after /s/ is not a valid secret id. Check that the whole link was copied.',
  gone: 'This secret is gone: it expired, was already viewed, or was revoked.',
  decryptionFailed: 'Could not decrypt: the passphrase is wrong, or the link was altered.',
  /** A sealed secret whose signature fails, or whose signer is not the sender the server names. */
  senderNotVerified:
    'This secret is not signed by the person the server names as its sender. Do not trust it; tell the sender and your admin.',
  /** An envelope whose content key does not match its commitment: altered, or built to open two ways. */
  commitmentMismatch:
    'This secret was altered: its key does not match what it was sealed with. Nothing of it was shown; tell the sender.',
  passphraseNeeded: 'Enter the passphrase first. The sender should have given it to you separately.',
  network: 'Could not reach the Hushlink server. Check your connection and try again.',
  unexpected: 'Something went wrong. Nothing was lost; please try again.',
  sodiumFailed: 'The encryption library could not load in this browser. Reload the page and try again.',
  tooLarge: 'This secret is too large to share as a link.',
  emptySecret: 'Type or paste the secret first, or add files.',
  uploadCancelled: 'Cancelled. Nothing was shared, and what was already uploaded has been deleted.',
  viewsRange: 'Views must be a whole number from 1 to 100.',
  forbiddenToken: 'This manage link does not belong to this secret. Check that the whole link was copied.',
  notForYou: 'This secret was shared with other people, not with you.',
  signInRequired: 'Sign in with your passkey first.',
  pageFailed: 'This page could not load. Reload it and try again.',
  stepUpCancelled:
    'You did not confirm with your passkey, so nothing was changed. Try again when you are ready.',
  stepUpUnavailable:
    'Your passkey could not be used to confirm it’s you, so nothing was changed. Try again, or use another passkey.',
  stepUpRequired: 'This change needs a fresh check with your passkey. Try again and confirm it’s you.',
} as const;

/** "Too many attempts; try again in N seconds." */
export function tooManyAttempts(retryAfter: number | undefined): string {
  const seconds = Math.max(1, retryAfter ?? 60);
  return `Too many attempts; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
