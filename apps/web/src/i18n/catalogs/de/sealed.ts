import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    'Dieser Passkey kann keine versiegelten Geheimnisse öffnen: Sein Authenticator unterstützt die PRF-Erweiterung nicht, die Hushlink braucht. Es wurde nichts geöffnet. Nehmen Sie einen anderen Passkey, den Ihre Kontoseite als geeignet für versiegelte Geheimnisse aufführt.',
  files: 'Dieses versiegelte Geheimnis enthält Dateien, die diese Seite noch nicht öffnen kann.',
  forSpecificPeople:
    'Dieser Link ist für bestimmte Personen: Er öffnet sich nur für die Hushlink-Konten, für die er versiegelt wurde, jeweils mit deren eigenem Passkey. Wenn Sie dazugehören, melden Sie sich mit Ihrem Passkey an. Wenn Sie hier kein Konto haben, können Sie ihn noch nicht öffnen: Bitten Sie die Person, die ihn geschickt hat, Sie einzuladen und ihn danach erneut mit Ihnen zu teilen.',
  ownSecret:
    'Sie haben dieses Geheimnis versiegelt, und wenn Sie es selbst öffnen, verbraucht das keinen Aufruf: Die Aufrufe bleiben den Personen, für die Sie es versiegelt haben.',
  notSealedToSender:
    'Sie haben dieses Geheimnis für andere Personen versiegelt, nicht für Ihre eigenen Passkeys, und können es daher nicht öffnen. Nur diese Personen können es.',
  signedInAsSentence: 'Sie sind angemeldet als {displayName} (@{name}).',
  viewsNote:
    '{count, plural, one {Das Öffnen verbraucht einen Aufruf. Es ist der letzte: Danach wird das Geheimnis vom Server gelöscht.} other {Das Öffnen verbraucht einen Aufruf; noch # Aufrufe übrig.}}',
  notSealedToUsedNamed: 'Es wurde nicht für den verwendeten Passkey („{passkey}“) versiegelt.',
  notSealedToUsed: 'Es wurde nicht für den verwendeten Passkey versiegelt.',
  noOtherPasskeys:
    'Keiner Ihrer anderen Passkeys kann versiegelte Geheimnisse empfangen: Bitten Sie den Absender, es erneut für einen Ihrer Passkeys zu versiegeln.',
  useOtherPasskeys:
    'Nehmen Sie einen anderen Ihrer Passkeys: {passkeys}. Ein Passkey, der nach dem Versiegeln hinzukam, kann es nicht öffnen.',
  passkeyWithFingerprint: '„{name}“ ({fingerprint})',
  signedInAs: 'Angemeldet als {displayName} (@{name}).',
  signInAndOpen: 'Mit Passkey anmelden und öffnen',
  useAnotherPasskey: 'Anderen Passkey verwenden',
  confirmAndOpen: 'Mit Passkey bestätigen und öffnen',
  open: 'Öffnen',
  opening: 'Wird geöffnet…',
  sessionEnded: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut mit Ihrem Passkey an, um es zu öffnen.',
  heldForAnotherPasskey:
    'Das Geheimnis wird in diesem Tab bereitgehalten: Ein anderer Passkey verbraucht keinen weiteren Aufruf. Wer neu lädt oder den Tab schließt, verliert es.',
  notSealedUseAnother:
    'Es wurde nicht für den verwendeten Passkey versiegelt. Nehmen Sie einen anderen Ihrer Passkeys.',
  doNotTrustTitle: 'Vertrauen Sie diesem Geheimnis nicht',
  whoCanOpenSealed: 'Nur die Personen, für die es versiegelt wurde, mit ihrem Passkey',
  title: 'Ein versiegeltes Geheimnis wartet auf Sie',
  lede: 'Es wurde für die Passkeys der Personen versiegelt, für die es bestimmt ist: Nur Ihr Passkey kann es öffnen, in diesem Browser. Der Link enthält keinen Schlüssel, und bis zum Öffnen wird nichts verbraucht.',
  senderVerified:
    'Versiegelt von {displayName} (@{name}), Schlüssel {fingerprint}, bestätigt: Die Signatur passt zu einem Schlüssel dieser Person.',
  senderRequestLink:
    'Absender nicht bestätigt: beantwortet über Ihren Anfragelink von jemandem, der nicht angemeldet war.',
  senderBeforeSigning: 'Absender nicht bestätigt: versiegelt, bevor Absender ihre Geheimnisse signierten.',
  senderNoSigningKey:
    'Absender nicht bestätigt: {displayName} (@{name}) hat noch keinen Signaturschlüssel, daher ist es unsigniert.',
  senderNewKey:
    'Dieser Browser hat diesen Schlüssel der Person noch nie gesehen: Vergleichen Sie seinen Fingerabdruck mit dem auf ihrer Kontoseite.',
  senderBeforeTheirKey:
    'Absender nicht bestätigt: versiegelt, bevor {displayName} (@{name}) einen Signaturschlüssel hatte, daher ist es unsigniert.',
} satisfies Catalog['sealed'];
