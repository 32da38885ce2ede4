import type { Catalog } from '../catalog.ts';

/** Deutsch. */
export default {
  common: {
    tagline: 'Geheimnisse teilen, Ende-zu-Ende-verschlüsselt',
    mainNav: 'Hauptmenü',
    footer:
      'Verschlüsselt in Ihrem Browser mit libsodium. Der Schlüssel bleibt im Link; der Server speichert nur Chiffretext.',
    language: 'Sprache',
    navSignIn: 'Anmelden',
    navNewSecret: 'Neues Geheimnis',
    navMyLinks: 'Meine Links',
    navAccount: 'Konto',
    navAdmin: 'Verwaltung',
    navSignedInAs: 'Angemeldet als @{name}',
    signOut: 'Abmelden',
    signOutRetry: 'Abmelden (erneut versuchen)',
    shareYourOwn: 'Selbst ein Geheimnis teilen',
    somethingWrong: 'Etwas ist schiefgelaufen',
    pageNotFound: 'Seite nicht gefunden',
    nothingHere: 'Unter dieser Adresse gibt es nichts.',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn von Hand.',
    incompleteLink: 'Dieser Link ist unvollständig: Der Teil nach # fehlt oder ist beschädigt.',
    incompleteManageLink:
      'Dieser Verwaltungslink ist unvollständig: Der Teil nach # fehlt oder ist beschädigt.',
    damagedId:
      'Dieser Link ist beschädigt: Der Teil nach /s/ ist keine gültige Geheimnis-ID. Prüfen Sie, ob der ganze Link kopiert wurde.',
    gone: 'Dieses Geheimnis ist weg: Es ist abgelaufen, wurde schon aufgerufen oder wurde widerrufen.',
    decryptionFailed:
      'Entschlüsseln fehlgeschlagen: Die Passphrase ist falsch, oder der Link wurde verändert.',
    senderNotVerified:
      'Dieses Geheimnis ist nicht von der Person signiert, die der Server als Absender nennt. Vertrauen Sie ihm nicht; sagen Sie es dem Absender und Ihrer Administration.',
    commitmentMismatch:
      'Dieses Geheimnis wurde verändert: Sein Schlüssel passt nicht zu dem, womit es versiegelt wurde. Es wurde nichts davon angezeigt; sagen Sie es dem Absender.',
    unreadable:
      'Dieses Geheimnis ließ sich nicht lesen: Es stammt von einer anderen Hushlink-Version oder wurde verändert.',
    passphraseNeeded:
      'Geben Sie zuerst die Passphrase ein. Der Absender sollte sie Ihnen auf anderem Weg mitgeteilt haben.',
    network:
      'Der Hushlink-Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unexpected: 'Etwas ist schiefgelaufen. Es ging nichts verloren; bitte versuchen Sie es erneut.',
    sodiumFailed:
      'Die Verschlüsselungsbibliothek konnte in diesem Browser nicht geladen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
    tooLarge: 'Dieses Geheimnis ist zu groß, um es als Link zu teilen.',
    emptySecret: 'Geben Sie zuerst das Geheimnis ein oder fügen Sie Dateien hinzu.',
    uploadCancelled: 'Abgebrochen. Es wurde nichts geteilt, und bereits Hochgeladenes wurde gelöscht.',
    viewsRange: 'Die Zahl der Aufrufe muss eine ganze Zahl von 1 bis 100 sein.',
    forbiddenToken:
      'Dieser Verwaltungslink gehört nicht zu diesem Geheimnis. Prüfen Sie, ob der ganze Link kopiert wurde.',
    notForYou: 'Dieses Geheimnis wurde mit anderen Personen geteilt, nicht mit Ihnen.',
    signInRequired: 'Melden Sie sich zuerst mit Ihrem Passkey an.',
    pageFailed: 'Diese Seite konnte nicht geladen werden. Laden Sie sie neu und versuchen Sie es erneut.',
    stepUpCancelled:
      'Sie haben nicht mit Ihrem Passkey bestätigt, daher wurde nichts geändert. Versuchen Sie es erneut, wenn Sie so weit sind.',
    stepUpUnavailable:
      'Ihr Passkey konnte Sie nicht bestätigen, daher wurde nichts geändert. Versuchen Sie es erneut oder nehmen Sie einen anderen Passkey.',
    stepUpRequired:
      'Diese Änderung braucht eine frische Bestätigung mit Ihrem Passkey. Versuchen Sie es erneut und bestätigen Sie, dass Sie es sind.',
    tooManyAttempts:
      'Zu viele Versuche; versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
    unauthorized: 'Dieser Server nimmt neue Geheimnisse nur nach der Anmeldung an.',
    unknownUser:
      'Eine der gewählten Personen hat kein aktives Konto mehr. Entfernen Sie sie und versuchen Sie es erneut.',
    originMismatch:
      'Diese Anfrage kam nicht von dieser Hushlink-Seite. Laden Sie sie neu und versuchen Sie es erneut.',
  },
  create: {
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
    alsoInMyLinks:
      'Er steht auch unter {link}, wo Sie sehen, wer ihn geöffnet hat, und ihn widerrufen können.',
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
  },
  reveal: {
    incompleteTitle: 'Dieser Link ist unvollständig',
    goneTitle: 'Dieses Geheimnis ist weg',
    damagedTitle: 'Dieser Link ist beschädigt',
    notForYouTitle: 'Nicht für Sie',
    whoLink: 'Alle, die den Link haben',
    whoTeam: 'Alle im Team (Mitglieder und Admins, keine Gäste)',
    whoPeople: 'Nur die Personen, mit denen es geteilt wurde',
    signInPeople:
      'Nur die Personen, mit denen es geteilt wurde, können es öffnen. Melden Sie sich mit Ihrem Passkey an, um zu zeigen, dass Sie es sind; Sie bleiben auf dieser Seite.',
    signInTeam:
      'Nur Mitglieder und Admins dieses Hushlink können es öffnen. Melden Sie sich mit Ihrem Passkey an; Sie bleiben auf dieser Seite.',
    notForAGuest:
      'Dieses Geheimnis ist für das Team (Mitglieder und Admins), Gäste können es nicht öffnen. Bitten Sie den Absender, es namentlich mit Ihnen zu teilen.',
    viewsNote:
      '{count, plural, one {Das Aufdecken verbraucht einen Aufruf. Es ist der letzte: Danach wird das Geheimnis vom Server gelöscht.} other {Das Aufdecken verbraucht einen Aufruf; noch # Aufrufe übrig.}}',
    reveal: 'Aufdecken',
    tryAgain: 'Erneut versuchen',
    signInWithPasskey: 'Mit Passkey anmelden',
    signedInAs: 'Angemeldet als {displayName} (@{name}).',
    waitingForPasskey: 'Warte auf Ihren Passkey…',
    signedIn: 'Angemeldet.',
    signedInPressReveal: 'Angemeldet. Drücken Sie „Aufdecken“, um das Geheimnis zu öffnen.',
    revealing: 'Wird aufgedeckt…',
    downloading: 'Wird heruntergeladen…',
    downloadingSlow: 'Wird heruntergeladen (die Passphrase braucht einen Moment)…',
    decrypting: 'Wird entschlüsselt…',
    decryptingSlow: 'Wird entschlüsselt (die Passphrase braucht einen Moment)…',
    heldDownload:
      'Der Download wird bis {time} in diesem Tab bereitgehalten: Ein erneuter Versuch verbraucht keinen weiteren Aufruf. Wer neu lädt oder den Tab schließt, verliert ihn.',
    heldSecret:
      'Das Geheimnis wird in diesem Tab bereitgehalten: Ein erneuter Versuch verbraucht keinen weiteren Aufruf. Wer neu lädt oder den Tab schließt, verliert es.',
    expires: 'Läuft ab',
    viewsLeft: 'Verbleibende Aufrufe',
    passphrase: 'Passphrase',
    required: 'Erforderlich',
    none: 'Keine',
    whoCanOpen: 'Wer es öffnen kann',
    passphraseHint: 'Der Absender sollte sie Ihnen auf anderem Weg mitgeteilt haben.',
    waitingTitle: 'Ein Geheimnis wartet auf Sie',
    waitingLede: 'Es wird beim Aufdecken in diesem Browser entschlüsselt. Bis dahin wird nichts verbraucht.',
    revealedTitle: 'Das Geheimnis',
    hiddenNote: 'Verborgen. Drücken Sie „Zeigen“, um es wieder zu sehen.',
    show: 'Zeigen',
    hide: 'Verbergen',
    lastView:
      'Das war der letzte Aufruf: Das Geheimnis ist jetzt vom Server gelöscht. Kopieren Sie es, bevor Sie diese Seite verlassen.',
    moreViews:
      'Der Link hat noch {count, plural, one {# Aufruf} other {# Aufrufe}}, bevor er nicht mehr funktioniert.',
  },
  sealed: {
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
    sessionEnded:
      'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut mit Ihrem Passkey an, um es zu öffnen.',
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
    senderUnsigned:
      'Absender nicht bestätigt: Dieses Geheimnis ist nicht signiert, obwohl {displayName} (@{name}) im Browser Versiegeltes signiert. Die Hushlink-Befehlszeile signiert noch nicht; wenn es nicht von dort kam, vertrauen Sie ihm nicht und fragen Sie nach.',
  },
} satisfies Catalog;
