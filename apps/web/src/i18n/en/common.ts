/**
 * English messages shared by every page: the header and footer, notices, and the sentences for errors (by their
 * stable codes, never by the server's English).
 */
export const common = {
  tagline: 'End-to-end encrypted secret sharing',
  mainNav: 'Main',
  footer:
    'Encrypted in your browser with libsodium. The key stays in the link; the server stores only ciphertext.',
  language: 'Language',
  navSignIn: 'Sign in',
  navNewSecret: 'New secret',
  navMyLinks: 'My links',
  navAccount: 'Account',
  navAdmin: 'Admin',
  navSignedInAs: 'Signed in as @{name}',
  signOut: 'Sign out',
  signOutRetry: 'Sign out (try again)',
  shareYourOwn: 'Share a secret of your own',
  somethingWrong: 'Something went wrong',
  pageNotFound: 'Page not found',
  nothingHere: 'There is nothing at this address.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying failed: select the text and copy it by hand.',
  incompleteLink: 'This link is incomplete: the part after # is missing or damaged.',
  incompleteManageLink: 'This manage link is incomplete: the part after # is missing or damaged.',
  damagedId:
    'This link is damaged: the part after /s/ is not a valid secret id. Check that the whole link was copied.',
  gone: 'This secret is gone: it expired, was already viewed, or was revoked.',
  decryptionFailed: 'Could not decrypt: the passphrase is wrong, or the link was altered.',
  senderNotVerified:
    'This secret is not signed by the person the server names as its sender. Do not trust it; tell the sender and your admin.',
  commitmentMismatch:
    'This secret was altered: its key does not match what it was sealed with. Nothing of it was shown; tell the sender.',
  unreadable: 'This secret could not be read: it was made by a different version of Hushlink, or altered.',
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
  tooManyAttempts: 'Too many attempts; try again in {seconds, plural, one {# second} other {# seconds}}.',
  unauthorized: 'This server does not accept new secrets without signing in.',
  unknownUser: 'One of the people you chose no longer has an active account. Remove them and try again.',
  originMismatch: 'This request did not come from this Hushlink page. Reload it and try again.',
  cancel: 'Cancel',
  unknownBrowserTitle: 'Unknown browser',
  unknownBrowser: 'unknown browser',
  browserOn: '{browser} on {system}',
  networkPolicyDenied:
    'Your organisation lets your account connect to Hushlink only from its own networks, and you are not on one of them. Connect to the office network or its VPN and try again.',
  serverUnavailable: 'The Hushlink server is not available right now. Try again in a moment.',
} as const;
