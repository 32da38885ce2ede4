/** English messages of the request page (`/r/ID#KEYS`), where someone answers a request for a secret. */
export const request = {
  incompleteTitle: 'This link is incomplete',
  incomplete: 'This request link is incomplete: the part after # is missing or damaged.',
  damagedTitle: 'This link is damaged',
  damaged: 'This request link is damaged: the part after /r/ is not a valid request id.',
  goneTitle: 'This request is closed',
  gone: 'This request is no longer open: it was already answered, or it expired or was withdrawn.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Type or paste the secret first.',
  sealing: 'Sealing it to {name}’s passkeys…',
  sending: 'Sending the sealed secret…',
  askedBy: 'Asked by',
  theirNote: 'Their note',
  openUntil: 'Open until',
  sealedTo: 'Sealed to',
  theirKeys: '{fingerprints} (their passkeys’ keys)',
  keyMismatch:
    'The keys in this link differ from the ones this server lists for {name}. The secret is sealed to the keys in the link. If the link did not come to you from them directly, ask them before sending.',
  secret: 'Secret',
  secretHint:
    'It is sealed in this browser so that only {name}’s passkeys can open it. Nobody else, not even this server, can read it.',
  sealAndSend: 'Seal and send',
  asks: '{name} asks you for a secret',
  lede: 'What you type here is encrypted in this browser to their passkeys before it is sent. You do not need an account.',
  sent: 'Sent',
  sentLede:
    'The secret was sealed to {name}’s passkeys and sent. Only they can open it; you can close this page.',
  shareYourOwn: 'Share a secret of your own',
} as const;
