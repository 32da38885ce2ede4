/**
 * English messages of the create page (`/`), its access choice and people picker, sealing to people's passkeys,
 * and the pages that show the links made.
 */
export const create = {
  title: 'Share a secret',
  lede: 'Your secret is encrypted in this browser. The key travels only inside the link, so the server never sees it.',
  noAccountsYet:
    'This Hushlink has no accounts yet. {link}: it becomes the admin, who invites everyone else.',
  createFirstAccount: 'Create the first account',
  accountsOnly:
    'On this Hushlink, only people with an account can share secrets. Sign in with your passkey first.',
  signIn: 'Sign in',
  expiry5m: '5 minutes',
  expiry1h: '1 hour',
  expiry1d: '1 day',
  expiry7d: '7 days',
  expiry30d: '30 days',
  createLink: 'Create link',
  choosePeople: 'Choose at least one person, or another kind of access.',
  encrypting: 'Encrypting…',
  encryptingSlow: 'Encrypting (the passphrase takes a moment)…',
  encryptingAndUploading: 'Encrypting and uploading…',
  uploadingFiles: 'Uploading the encrypted files',
  saving: 'Saving the encrypted secret…',
  secret: 'Secret',
  secretHint: 'A password, an API key, a note. It is encrypted before it leaves.',
  expiresAfter: 'Expires after',
  viewsAllowed: 'Views allowed',
  passphraseOptional: 'Passphrase (optional)',
  passphraseHint:
    'Send the passphrase by another channel (a call, a different app), never together with the link.',
  accessLink: 'Anyone with the link',
  accessTeam: 'Anyone on the team (members and admins, not guests)',
  accessPeople: 'Only these people',
  accessOnly: 'Only {names}',
  hintLink: 'Whoever holds the link can open it.',
  hintTeam:
    'Members and admins of this Hushlink, after signing in with their passkey. Guests (contractors) cannot open it.',
  hintPeople: 'Only the accounts you name, after signing in with their passkey.',
  people: 'People',
  whoCanOpen: 'Who can open it',
  notify: 'Notify me when it is opened',
  chosenPeople: 'Chosen people',
  noOneByThatName: 'No one by that name.',
  remove: 'Remove {name}',
  added: '{name} added.',
  removed: '{name} removed.',
  pickerHint: 'Type the start of a name, then choose with the arrow keys and Enter.',
  readyOne: 'Your link is ready',
  readyTwo: 'Your links are ready',
  scanIt: 'Or scan it with a phone.',
  qrLabel: 'QR code of the secret link',
  sendThisLink:
    'Send this link to the person who should read the secret. It can be opened {count, plural, one {once} other {# times}}.',
  secretLink: 'Secret link',
  copyLink: 'Copy link',
  passphraseSeparately: 'Send the passphrase by another channel, never next to the link.',
  expires: 'Expires',
  passphrase: 'Passphrase',
  required: 'Required',
  none: 'None',
  alsoInMyLinks: 'It is also in {link}, where you can see who opened it and revoke it.',
  myLinks: 'My links',
  keepManageLink: 'Keep the manage link',
  manageLinkWhy:
    'It lets you revoke the secret before it is read. It is shown only once: keep it for yourself, do not send it.',
  manageLink: 'Manage link',
  copyManageLink: 'Copy manage link',
  createAnother: 'Create another',
  sealTo: 'Seal it to their passkeys',
  sealHint:
    'Only their passkeys can open it: the link carries no key and the server cannot decrypt it. People whose passkeys cannot receive sealed secrets get a server-checked link instead.',
  reopenToo: 'I can re-open it too',
  checkingPasskeys: 'Checking your passkeys…',
  noSealingKeysOfMine:
    'None of your passkeys can receive sealed secrets, so you cannot re-open it. Add one that can on your account page.',
  selfKeysFailed: 'Your keys could not be looked up: you will not be able to re-open it.',
  alsoSealedToYou: 'Also sealed to your own passkeys: {keys}. Opening it yourself does not use up a view.',
  sealingKeysList: 'Sealing keys of the chosen people',
  lookingUpKeys: ': looking up their keys…',
  keyWithPasskey: '{fingerprint} ({passkey})',
  cannotReceive:
    'Cannot receive sealed secrets (none of their passkeys supports it). They get a server-checked link instead: it carries its key, and the server lets only them open it.',
  canReceive: 'Can receive sealed secrets. Keys: {keys}.',
  keysAdded: 'new {fingerprints}',
  keysRemoved: 'gone {fingerprints}',
  keysChanged:
    '{name}’s keys changed since you last sealed to them ({changes}). A new passkey explains it; if they did not add one, check with them before sending.',
  nothingSealed:
    'None of the people you chose can receive sealed secrets, so nothing will be sealed: they get one server-checked link.',
  lookingUpTheirKeys: 'Looking up their passkeys’ keys…',
  encryptingForOthers: 'Encrypting the link for the others…',
  savingIt: 'Saving it…',
  sealingIt: 'Sealing it to their passkeys…',
  savingSealed: 'Saving the sealed secret…',
  sealedLink: 'Sealed link',
  gatedLink: 'Server-checked link',
  copySealedLink: 'Copy sealed link',
  copyGatedLink: 'Copy server-checked link',
  sealedToHeading: 'Sealed to {names}',
  gatedHeading: 'For {names}: not sealed',
  sealedExplainedOthers:
    'Only their passkeys can open it. The link carries no key, so it is safe to send by any channel, and the server cannot decrypt it.',
  sealedExplainedWithYou:
    'Only their passkeys and yours can open it. The link carries no key, so it is safe to send by any channel, and the server cannot decrypt it. Opening it yourself does not use up a view.',
  gatedExplained:
    'Their passkeys cannot receive sealed secrets, so this link carries its key, and the server lets only them open it after they sign in. Send it to them alone.',
  manageLinkOfSealed: 'Manage link of the sealed link',
  manageLinkOfGated: 'Manage link of the server-checked link',
  manageLinkHint: 'Keep it for yourself: it revokes this link before it is read. It is shown only once.',
  twoLinks:
    'Some of the people you chose can receive sealed secrets and some cannot, so there are two links: send each one only to the people it names. Each can be opened {count, plural, one {once} other {# times}}.',
  onlyGated:
    'None of the people you chose can receive sealed secrets, so this link is not sealed: it is server-checked. Send it only to the people it names. It can be opened {count, plural, one {once} other {# times}}.',
  sendToPeople:
    'Send this link to the people it is for. It can be opened {count, plural, one {once} other {# times}}.',
  passphraseToo: 'The passphrase is needed as well: send it by another channel.',
  alsoInMyLinksPlural: 'They are also in {link}, where you can see who opened them and revoke them.',
  // Named networks an admin defined
  namedNetworks: 'Only from these named networks (optional)',
  namedNetworksHint:
    'Networks your admin named. The link keeps their addresses as they are now, even if the admin changes them later.',
} as const;
