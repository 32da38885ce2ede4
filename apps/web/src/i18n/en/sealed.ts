/** English messages of the sealed reveal page (`/s/ID` with no key) and of who sealed what it opened. */
export const sealed = {
  noPrf:
    'This passkey cannot open sealed secrets: its authenticator does not support the PRF extension that Hushlink needs. Nothing was opened. Use another of your passkeys, one that your account page lists as able to receive sealed secrets.',
  files: 'This sealed secret holds files, which this page cannot open yet.',
  forSpecificPeople:
    'This link is for specific people: it opens only for the Hushlink accounts it was sealed to, each with their own passkey. If you are one of them, sign in with your passkey. If you have no account here, you cannot open it yet: ask the person who sent it to invite you, then to share it with you again once you have an account.',
  ownSecret:
    'You sealed this secret, and opening it yourself does not use up a view: they stay for the people you sealed it to.',
  notSealedToSender:
    'You sealed this secret to other people, not to your own passkeys, so you cannot open it. Only they can.',
  signedInAsSentence: 'You are signed in as {displayName} (@{name}).',
  viewsNote:
    '{count, plural, one {Opening it uses up a view. This is the last one: the secret is deleted from the server when you open it.} other {Opening it uses up a view; # views are left.}}',
  notSealedToUsedNamed: 'It was not sealed to the passkey you used (“{passkey}”).',
  notSealedToUsed: 'It was not sealed to the passkey you used.',
  noOtherPasskeys:
    'None of your other passkeys can receive sealed secrets: ask the sender to seal it again to a passkey you have.',
  useOtherPasskeys:
    'Use another of your passkeys: {passkeys}. A passkey added after the secret was sealed cannot open it.',
  passkeyWithFingerprint: '“{name}” ({fingerprint})',
  signedInAs: 'Signed in as {displayName} (@{name}).',
  signInAndOpen: 'Sign in with your passkey and open',
  useAnotherPasskey: 'Use another passkey',
  confirmAndOpen: 'Confirm with your passkey and open',
  open: 'Open',
  opening: 'Opening…',
  sessionEnded: 'Your session ended. Sign in with your passkey again to open it.',
  heldForAnotherPasskey:
    'The secret is held in this tab: trying another passkey does not use up another view. Reloading or closing the tab loses it.',
  notSealedUseAnother: 'It was not sealed to the passkey you used. Use another of your passkeys.',
  doNotTrustTitle: 'Do not trust this secret',
  whoCanOpenSealed: 'Only the people it was sealed to, with their passkey',
  title: 'A sealed secret is waiting for you',
  lede: 'It was sealed to the passkeys of the people it is for: only your passkey can open it, in this browser. The link holds no key, and nothing is used up until you open it.',
  senderVerified:
    'Sealed by {displayName} (@{name}), key {fingerprint}, verified: the signature matches a key of theirs.',
  senderRequestLink:
    'Sender not verified: answered through your request link by someone who was not signed in.',
  senderBeforeSigning: 'Sender not verified: sealed before senders signed what they seal.',
  senderNoSigningKey:
    'Sender not verified: {displayName} (@{name}) has no signing key yet, so it is unsigned.',
  senderNewKey:
    'This browser has not seen this key of theirs before: compare its fingerprint with the one on their Account page.',
  senderBeforeTheirKey:
    'Sender not verified: sealed before {displayName} (@{name}) had a signing key, so it is unsigned.',
} as const;
