/** English messages of the reveal page (`/s/ID#KEY`) and of the revealed secret. */
export const reveal = {
  incompleteTitle: 'This link is incomplete',
  goneTitle: 'This secret is gone',
  damagedTitle: 'This link is damaged',
  notForYouTitle: 'Not for you',
  whoLink: 'Anyone with the link',
  whoTeam: 'Anyone on the team (members and admins, not guests)',
  whoPeople: 'Only the people it was shared with',
  signInPeople:
    'Only the people it was shared with can open it. Sign in with your passkey to show that it is you; you stay on this page.',
  signInTeam:
    'Only the members and admins of this Hushlink can open it. Sign in with your passkey; you stay on this page.',
  notForAGuest:
    'This secret is for the team (members and admins), and guests cannot open it. Ask the sender to share it with you by name.',
  viewsNote:
    '{count, plural, one {Revealing uses up a view. This is the last one: the secret is deleted from the server when you reveal it.} other {Revealing uses up a view; # views are left.}}',
  reveal: 'Reveal',
  tryAgain: 'Try again',
  signInWithPasskey: 'Sign in with a passkey',
  signedInAs: 'Signed in as {displayName} (@{name}).',
  waitingForPasskey: 'Waiting for your passkey…',
  signedIn: 'Signed in.',
  signedInPressReveal: 'Signed in. Press Reveal to open the secret.',
  revealing: 'Revealing…',
  downloading: 'Downloading…',
  downloadingSlow: 'Downloading (the passphrase takes a moment)…',
  decrypting: 'Decrypting…',
  decryptingSlow: 'Decrypting (the passphrase takes a moment)…',
  heldDownload:
    'The download is held in this tab until {time}: trying again does not use up another view. Reloading or closing the tab loses it.',
  heldSecret:
    'The secret is held in this tab: trying again does not use up another view. Reloading or closing the tab loses it.',
  expires: 'Expires',
  viewsLeft: 'Views left',
  passphrase: 'Passphrase',
  required: 'Required',
  none: 'None',
  whoCanOpen: 'Who can open it',
  passphraseHint: 'The sender should have given it to you separately.',
  waitingTitle: 'A secret is waiting for you',
  waitingLede: 'It is decrypted in this browser when you reveal it. Nothing is used up until then.',
  revealedTitle: 'The secret',
  hiddenNote: 'Hidden. Press Show to see it again.',
  show: 'Show',
  hide: 'Hide',
  lastView:
    'This was the last view: the secret is now deleted from the server. Copy it before you leave this page.',
  moreViews:
    'The link can be opened {count, plural, one {# more time} other {# more times}} before it stops working.',
  notFromNetworkTitle: 'Not from this network',
} as const;
