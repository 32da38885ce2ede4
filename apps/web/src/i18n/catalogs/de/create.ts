import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `create` group (see `../../en/create.ts`). */
export const create = {
  title: 'Ein Geheimnis teilen',
  lede: 'Ihr Geheimnis wird in diesem Browser verschlüsselt. Der Schlüssel reist nur im Link mit, der Server sieht ihn nie.',
  noAccountsYet:
    'Dieses Hushlink hat noch keine Konten. {link}: Es wird zum Admin-Konto, das alle anderen einlädt.',
  createFirstAccount: 'Erstes Konto anlegen',
  accountsOnly:
    'Auf diesem Hushlink können nur Personen mit Konto Geheimnisse teilen. Melden Sie sich zuerst mit Ihrem Passkey an.',
  signIn: 'Anmelden',
  expiry5m: '5 Minuten',
  expiry1h: '1 Stunde',
  expiry1d: '1 Tag',
  expiry7d: '7 Tage',
  expiry30d: '30 Tage',
  createLink: 'Link erstellen',
  choosePeople: 'Wählen Sie mindestens eine Person oder eine andere Art des Zugriffs.',
  encrypting: 'Wird verschlüsselt…',
  encryptingSlow: 'Wird verschlüsselt (die Passphrase braucht einen Moment)…',
  encryptingAndUploading: 'Wird verschlüsselt und hochgeladen…',
  uploadingFiles: 'Die verschlüsselten Dateien werden hochgeladen',
  saving: 'Das verschlüsselte Geheimnis wird gespeichert…',
  secret: 'Geheimnis',
  secretHint:
    'Ein Passwort, ein API-Schlüssel, eine Notiz. Es wird verschlüsselt, bevor es den Browser verlässt.',
  expiresAfter: 'Läuft ab nach',
  viewsAllowed: 'Erlaubte Aufrufe',
  passphraseOptional: 'Passphrase (optional)',
  passphraseHint:
    'Teilen Sie die Passphrase auf anderem Weg mit (Anruf, andere App), nie zusammen mit dem Link.',
  accessLink: 'Alle, die den Link haben',
  accessTeam: 'Alle im Team (Mitglieder und Admins, keine Gäste)',
  accessPeople: 'Nur diese Personen',
  accessOnly: 'Nur {names}',
  hintLink: 'Wer den Link hat, kann es öffnen.',
  hintTeam:
    'Mitglieder und Admins dieses Hushlink, nach der Anmeldung mit ihrem Passkey. Gäste (externe Mitarbeitende) können es nicht öffnen.',
  hintPeople: 'Nur die Konten, die Sie nennen, nach der Anmeldung mit ihrem Passkey.',
  people: 'Personen',
  whoCanOpen: 'Wer es öffnen kann',
  notify: 'Mich benachrichtigen, wenn es geöffnet wird',
  chosenPeople: 'Gewählte Personen',
  noOneByThatName: 'Niemand mit diesem Namen.',
  remove: '{name} entfernen',
  added: '{name} hinzugefügt.',
  removed: '{name} entfernt.',
  pickerHint: 'Tippen Sie den Anfang eines Namens und wählen Sie mit den Pfeiltasten und der Eingabetaste.',
  readyOne: 'Ihr Link ist fertig',
  readyTwo: 'Ihre Links sind fertig',
  scanIt: 'Oder mit dem Handy scannen.',
  qrLabel: 'QR-Code des Geheimnis-Links',
  sendThisLink:
    'Schicken Sie diesen Link an die Person, die das Geheimnis lesen soll. Er gilt für {count, plural, one {# Aufruf} other {# Aufrufe}}.',
  secretLink: 'Geheimnis-Link',
  copyLink: 'Link kopieren',
  passphraseSeparately: 'Teilen Sie die Passphrase auf anderem Weg mit, nie neben dem Link.',
  expires: 'Läuft ab',
  passphrase: 'Passphrase',
  required: 'Erforderlich',
  none: 'Keine',
  alsoInMyLinks: 'Er steht auch unter {link}, wo Sie sehen, wer ihn geöffnet hat, und ihn widerrufen können.',
  myLinks: 'Meine Links',
  keepManageLink: 'Den Verwaltungslink aufheben',
  manageLinkWhy:
    'Damit können Sie das Geheimnis widerrufen, bevor es gelesen wird. Er wird nur einmal angezeigt: Behalten Sie ihn für sich, schicken Sie ihn nicht weiter.',
  manageLink: 'Verwaltungslink',
  copyManageLink: 'Verwaltungslink kopieren',
  createAnother: 'Noch eines erstellen',
  sealTo: 'Für ihre Passkeys versiegeln',
  sealHint:
    'Nur ihre Passkeys können es öffnen: Der Link enthält keinen Schlüssel, und der Server kann es nicht entschlüsseln. Wessen Passkeys keine versiegelten Geheimnisse empfangen können, bekommt stattdessen einen vom Server geprüften Link.',
  reopenToo: 'Ich kann es auch wieder öffnen',
  checkingPasskeys: 'Ihre Passkeys werden geprüft…',
  noSealingKeysOfMine:
    'Keiner Ihrer Passkeys kann versiegelte Geheimnisse empfangen, daher können Sie es nicht wieder öffnen. Fügen Sie auf Ihrer Kontoseite einen geeigneten hinzu.',
  selfKeysFailed: 'Ihre Schlüssel ließen sich nicht abrufen: Sie werden es nicht wieder öffnen können.',
  alsoSealedToYou:
    'Auch für Ihre eigenen Passkeys versiegelt: {keys}. Wenn Sie es selbst öffnen, verbraucht das keinen Aufruf.',
  sealingKeysList: 'Versiegelungsschlüssel der gewählten Personen',
  lookingUpKeys: ': Schlüssel werden abgerufen…',
  keyWithPasskey: '{fingerprint} ({passkey})',
  cannotReceive:
    'Kann keine versiegelten Geheimnisse empfangen (keiner ihrer Passkeys unterstützt es). Bekommt stattdessen einen vom Server geprüften Link: Er enthält seinen Schlüssel, und der Server lässt nur diese Person ihn öffnen.',
  canReceive: 'Kann versiegelte Geheimnisse empfangen. Schlüssel: {keys}.',
  keysAdded: 'neu {fingerprints}',
  keysRemoved: 'entfernt {fingerprints}',
  keysChanged:
    'Die Schlüssel von {name} haben sich geändert, seit Sie zuletzt für diese Person versiegelt haben ({changes}). Ein neuer Passkey erklärt das; wurde keiner hinzugefügt, fragen Sie nach, bevor Sie etwas schicken.',
  nothingSealed:
    'Keine der gewählten Personen kann versiegelte Geheimnisse empfangen, daher wird nichts versiegelt: Sie bekommen einen vom Server geprüften Link.',
  lookingUpTheirKeys: 'Die Schlüssel ihrer Passkeys werden abgerufen…',
  encryptingForOthers: 'Der Link für die anderen wird verschlüsselt…',
  savingIt: 'Wird gespeichert…',
  sealingIt: 'Wird für ihre Passkeys versiegelt…',
  savingSealed: 'Das versiegelte Geheimnis wird gespeichert…',
  sealedLink: 'Versiegelter Link',
  gatedLink: 'Vom Server geprüfter Link',
  copySealedLink: 'Versiegelten Link kopieren',
  copyGatedLink: 'Geprüften Link kopieren',
  sealedToHeading: 'Versiegelt für {names}',
  gatedHeading: 'Für {names}: nicht versiegelt',
  sealedExplainedOthers:
    'Nur ihre Passkeys können es öffnen. Der Link enthält keinen Schlüssel, Sie können ihn also über jeden Kanal schicken, und der Server kann es nicht entschlüsseln.',
  sealedExplainedWithYou:
    'Nur ihre und Ihre Passkeys können es öffnen. Der Link enthält keinen Schlüssel, Sie können ihn also über jeden Kanal schicken, und der Server kann es nicht entschlüsseln. Wenn Sie es selbst öffnen, verbraucht das keinen Aufruf.',
  gatedExplained:
    'Ihre Passkeys können keine versiegelten Geheimnisse empfangen. Dieser Link enthält daher seinen Schlüssel, und der Server lässt nur diese Personen ihn nach der Anmeldung öffnen. Schicken Sie ihn nur an sie.',
  manageLinkOfSealed: 'Verwaltungslink des versiegelten Links',
  manageLinkOfGated: 'Verwaltungslink des geprüften Links',
  manageLinkHint:
    'Behalten Sie ihn für sich: Er widerruft diesen Link, bevor er gelesen wird. Er wird nur einmal angezeigt.',
  twoLinks:
    'Einige der gewählten Personen können versiegelte Geheimnisse empfangen, andere nicht, daher gibt es zwei Links: Schicken Sie jeden nur an die Personen, die er nennt. Jeder gilt für {count, plural, one {# Aufruf} other {# Aufrufe}}.',
  onlyGated:
    'Keine der gewählten Personen kann versiegelte Geheimnisse empfangen, daher ist dieser Link nicht versiegelt, sondern wird vom Server geprüft. Schicken Sie ihn nur an die Personen, die er nennt. Er gilt für {count, plural, one {# Aufruf} other {# Aufrufe}}.',
  sendToPeople:
    'Schicken Sie diesen Link an die Personen, für die er bestimmt ist. Er gilt für {count, plural, one {# Aufruf} other {# Aufrufe}}.',
  passphraseToo: 'Die Passphrase wird ebenfalls gebraucht: Teilen Sie sie auf anderem Weg mit.',
  alsoInMyLinksPlural:
    'Sie stehen auch unter {link}, wo Sie sehen, wer sie geöffnet hat, und sie widerrufen können.',
  // Named networks an admin defined
  namedNetworks: 'Nur aus diesen benannten Netzwerken (optional)',
  namedNetworksHint:
    'Netzwerke, die Ihr Admin benannt hat. Der Link behält ihre Adressen so, wie sie jetzt sind, auch wenn der Admin sie später ändert.',
  networksLabel: 'Nur aus diesen Netzen (optional)',
  networksHint:
    'IP-Adressen oder Bereiche, durch Kommas getrennt. Von anderswo geöffnet, wird der Link abgelehnt, und es wird nichts verbraucht.',
  networksTooMany: 'Nennen Sie höchstens {max} Netze.',
  networkInvalid: '„{range}“: {reason}.',
  notANetwork: 'kein Netz',
} satisfies Catalog['create'];
