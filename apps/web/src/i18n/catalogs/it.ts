import type { Catalog } from '../catalog.ts';

/** Italiano. */
export default {
  common: {
    tagline: 'Condivisione di segreti con crittografia end-to-end',
    mainNav: 'Menu principale',
    footer:
      'Cifrato nel tuo browser con libsodium. La chiave resta nel link; il server conserva solo testo cifrato.',
    language: 'Lingua',
    navSignIn: 'Accedi',
    navNewSecret: 'Nuovo segreto',
    navMyLinks: 'I miei link',
    navAccount: 'Account',
    navAdmin: 'Amministrazione',
    navSignedInAs: 'Accesso effettuato come @{name}',
    signOut: 'Esci',
    signOutRetry: 'Esci (riprova)',
    shareYourOwn: 'Condividi un tuo segreto',
    somethingWrong: 'Qualcosa è andato storto',
    pageNotFound: 'Pagina non trovata',
    nothingHere: 'Non c’è niente a questo indirizzo.',
    copy: 'Copia',
    copied: 'Copiato',
    copyFailed: 'Copia non riuscita: seleziona il testo e copialo a mano.',
    incompleteLink: 'Questo link è incompleto: la parte dopo # manca o è danneggiata.',
    incompleteManageLink: 'Questo link di gestione è incompleto: la parte dopo # manca o è danneggiata.',
    damagedId:
      'Questo link è danneggiato: la parte dopo /s/ non è un identificativo di segreto valido. Controlla di aver copiato tutto il link.',
    gone: 'Questo segreto non c’è più: è scaduto, è già stato visto o è stato revocato.',
    decryptionFailed: 'Impossibile decifrare: la passphrase è sbagliata oppure il link è stato alterato.',
    senderNotVerified:
      'Questo segreto non è firmato dalla persona che il server indica come mittente. Non fidarti; avvisa il mittente e il tuo amministratore.',
    commitmentMismatch:
      'Questo segreto è stato alterato: la sua chiave non corrisponde a quella con cui è stato sigillato. Non è stato mostrato nulla; avvisa il mittente.',
    unreadable:
      'Impossibile leggere questo segreto: è stato creato da un’altra versione di Hushlink oppure è stato alterato.',
    passphraseNeeded: 'Inserisci prima la passphrase. Il mittente dovrebbe avertela data a parte.',
    network: 'Impossibile raggiungere il server Hushlink. Controlla la connessione e riprova.',
    unexpected: 'Qualcosa è andato storto. Non si è perso nulla; riprova.',
    sodiumFailed:
      'La libreria di crittografia non si è caricata in questo browser. Ricarica la pagina e riprova.',
    tooLarge: 'Questo segreto è troppo grande per essere condiviso come link.',
    emptySecret: 'Prima scrivi o incolla il segreto, oppure aggiungi dei file.',
    uploadCancelled: 'Annullato. Non è stato condiviso nulla e quanto già caricato è stato eliminato.',
    viewsRange: 'Le visualizzazioni devono essere un numero intero da 1 a 100.',
    forbiddenToken:
      'Questo link di gestione non appartiene a questo segreto. Controlla di aver copiato tutto il link.',
    notForYou: 'Questo segreto è stato condiviso con altre persone, non con te.',
    signInRequired: 'Accedi prima con la tua passkey.',
    pageFailed: 'Impossibile caricare questa pagina. Ricaricala e riprova.',
    stepUpCancelled:
      'Non hai confermato con la tua passkey, quindi non è stato modificato nulla. Riprova quando sei pronto.',
    stepUpUnavailable:
      'Non è stato possibile usare la tua passkey per confermare che sei tu, quindi non è stato modificato nulla. Riprova o usa un’altra passkey.',
    stepUpRequired:
      'Questa modifica richiede una nuova verifica con la tua passkey. Riprova e conferma che sei tu.',
    tooManyAttempts: 'Troppi tentativi; riprova tra {seconds, plural, one {# secondo} other {# secondi}}.',
    unauthorized: 'Questo server non accetta nuovi segreti senza accesso.',
    unknownUser: 'Una delle persone scelte non ha più un account attivo. Rimuovila e riprova.',
    originMismatch: 'Questa richiesta non proviene da questa pagina di Hushlink. Ricaricala e riprova.',
  },
  create: {
    title: 'Condividi un segreto',
    lede: 'Il tuo segreto viene cifrato in questo browser. La chiave viaggia solo dentro il link, quindi il server non la vede mai.',
    noAccountsYet:
      'Questo Hushlink non ha ancora account. {link}: diventa l’amministratore, che invita tutti gli altri.',
    createFirstAccount: 'Crea il primo account',
    accountsOnly:
      'Su questo Hushlink solo chi ha un account può condividere segreti. Accedi prima con la tua passkey.',
    signIn: 'Accedi',
    expiry5m: '5 minuti',
    expiry1h: '1 ora',
    expiry1d: '1 giorno',
    expiry7d: '7 giorni',
    expiry30d: '30 giorni',
    createLink: 'Crea link',
    choosePeople: 'Scegli almeno una persona o un altro tipo di accesso.',
    encrypting: 'Cifratura…',
    encryptingSlow: 'Cifratura (la passphrase richiede un momento)…',
    encryptingAndUploading: 'Cifratura e caricamento…',
    uploadingFiles: 'Caricamento dei file cifrati',
    saving: 'Salvataggio del segreto cifrato…',
    secret: 'Segreto',
    secretHint: 'Una password, una chiave API, una nota. Viene cifrato prima di partire.',
    expiresAfter: 'Scade dopo',
    viewsAllowed: 'Visualizzazioni consentite',
    passphraseOptional: 'Passphrase (facoltativa)',
    passphraseHint:
      'Invia la passphrase su un altro canale (una telefonata, un’altra app), mai insieme al link.',
    accessLink: 'Chiunque abbia il link',
    accessTeam: 'Chiunque nel team (membri e amministratori, non ospiti)',
    accessPeople: 'Solo queste persone',
    accessOnly: 'Solo {names}',
    hintLink: 'Chiunque abbia il link può aprirlo.',
    hintTeam:
      'Membri e amministratori di questo Hushlink, dopo l’accesso con la loro passkey. Gli ospiti (collaboratori esterni) non possono aprirlo.',
    hintPeople: 'Solo gli account che indichi, dopo l’accesso con la loro passkey.',
    people: 'Persone',
    whoCanOpen: 'Chi può aprirlo',
    notify: 'Avvisami quando viene aperto',
    chosenPeople: 'Persone scelte',
    noOneByThatName: 'Nessuno con questo nome.',
    remove: 'Rimuovi {name}',
    added: '{name} aggiunto.',
    removed: '{name} rimosso.',
    pickerHint: 'Digita l’inizio di un nome, poi scegli con le frecce e Invio.',
    readyOne: 'Il tuo link è pronto',
    readyTwo: 'I tuoi link sono pronti',
    scanIt: 'Oppure inquadralo con un telefono.',
    qrLabel: 'Codice QR del link segreto',
    sendThisLink:
      'Invia questo link alla persona che deve leggere il segreto. Si può aprire {count, plural, one {una volta} other {# volte}}.',
    secretLink: 'Link segreto',
    copyLink: 'Copia link',
    passphraseSeparately: 'Invia la passphrase su un altro canale, mai accanto al link.',
    expires: 'Scade',
    passphrase: 'Passphrase',
    required: 'Richiesta',
    none: 'Nessuna',
    alsoInMyLinks: 'Lo trovi anche in {link}, dove vedi chi l’ha aperto e puoi revocarlo.',
    myLinks: 'I miei link',
    keepManageLink: 'Conserva il link di gestione',
    manageLinkWhy:
      'Ti permette di revocare il segreto prima che venga letto. Viene mostrato una sola volta: tienilo per te, non inviarlo.',
    manageLink: 'Link di gestione',
    copyManageLink: 'Copia link di gestione',
    createAnother: 'Creane un altro',
    sealTo: 'Sigillalo per le loro passkey',
    sealHint:
      'Solo le loro passkey possono aprirlo: il link non contiene alcuna chiave e il server non può decifrarlo. Chi ha passkey che non possono ricevere segreti sigillati riceve invece un link controllato dal server.',
    reopenToo: 'Posso riaprirlo anch’io',
    checkingPasskeys: 'Controllo delle tue passkey…',
    noSealingKeysOfMine:
      'Nessuna delle tue passkey può ricevere segreti sigillati, quindi non potrai riaprirlo. Aggiungine una adatta dalla pagina del tuo account.',
    selfKeysFailed: 'Impossibile recuperare le tue chiavi: non potrai riaprirlo.',
    alsoSealedToYou:
      'Sigillato anche per le tue passkey: {keys}. Se lo apri tu, non consumi visualizzazioni.',
    sealingKeysList: 'Chiavi di sigillatura delle persone scelte',
    lookingUpKeys: ': recupero delle chiavi…',
    keyWithPasskey: '{fingerprint} ({passkey})',
    cannotReceive:
      'Non può ricevere segreti sigillati (nessuna delle sue passkey lo supporta). Riceve invece un link controllato dal server: contiene la sua chiave, e il server lo fa aprire solo a questa persona.',
    canReceive: 'Può ricevere segreti sigillati. Chiavi: {keys}.',
    keysAdded: 'nuove {fingerprints}',
    keysRemoved: 'rimosse {fingerprints}',
    keysChanged:
      'Le chiavi di {name} sono cambiate dall’ultima volta che hai sigillato per questa persona ({changes}). Una nuova passkey lo spiega; se non ne ha aggiunte, verifica con lei prima di inviare.',
    nothingSealed:
      'Nessuna delle persone scelte può ricevere segreti sigillati, quindi non verrà sigillato nulla: riceveranno un unico link controllato dal server.',
    lookingUpTheirKeys: 'Recupero delle chiavi delle loro passkey…',
    encryptingForOthers: 'Cifratura del link per gli altri…',
    savingIt: 'Salvataggio…',
    sealingIt: 'Sigillatura per le loro passkey…',
    savingSealed: 'Salvataggio del segreto sigillato…',
    sealedLink: 'Link sigillato',
    gatedLink: 'Link controllato dal server',
    copySealedLink: 'Copia link sigillato',
    copyGatedLink: 'Copia link controllato',
    sealedToHeading: 'Sigillato per {names}',
    gatedHeading: 'Per {names}: non sigillato',
    sealedExplainedOthers:
      'Solo le loro passkey possono aprirlo. Il link non contiene alcuna chiave, quindi puoi inviarlo su qualsiasi canale, e il server non può decifrarlo.',
    sealedExplainedWithYou:
      'Solo le loro passkey e le tue possono aprirlo. Il link non contiene alcuna chiave, quindi puoi inviarlo su qualsiasi canale, e il server non può decifrarlo. Se lo apri tu, non consumi visualizzazioni.',
    gatedExplained:
      'Le loro passkey non possono ricevere segreti sigillati, quindi questo link contiene la sua chiave e il server lo fa aprire solo a loro dopo l’accesso. Invialo solo a loro.',
    manageLinkOfSealed: 'Link di gestione del link sigillato',
    manageLinkOfGated: 'Link di gestione del link controllato',
    manageLinkHint:
      'Tienilo per te: revoca questo link prima che venga letto. Viene mostrato una sola volta.',
    twoLinks:
      'Alcune delle persone scelte possono ricevere segreti sigillati e altre no, quindi ci sono due link: invia ciascuno solo alle persone che indica. Ognuno si può aprire {count, plural, one {una volta} other {# volte}}.',
    onlyGated:
      'Nessuna delle persone scelte può ricevere segreti sigillati, quindi questo link non è sigillato ma controllato dal server. Invialo solo alle persone che indica. Si può aprire {count, plural, one {una volta} other {# volte}}.',
    sendToPeople:
      'Invia questo link alle persone a cui è destinato. Si può aprire {count, plural, one {una volta} other {# volte}}.',
    passphraseToo: 'Serve anche la passphrase: inviala su un altro canale.',
    alsoInMyLinksPlural: 'Li trovi anche in {link}, dove vedi chi li ha aperti e puoi revocarli.',
  },
  reveal: {
    incompleteTitle: 'Questo link è incompleto',
    goneTitle: 'Questo segreto non c’è più',
    damagedTitle: 'Questo link è danneggiato',
    notForYouTitle: 'Non è per te',
    whoLink: 'Chiunque abbia il link',
    whoTeam: 'Chiunque nel team (membri e amministratori, non ospiti)',
    whoPeople: 'Solo le persone con cui è stato condiviso',
    signInPeople:
      'Solo le persone con cui è stato condiviso possono aprirlo. Accedi con la tua passkey per dimostrare che sei tu; resti su questa pagina.',
    signInTeam:
      'Solo i membri e gli amministratori di questo Hushlink possono aprirlo. Accedi con la tua passkey; resti su questa pagina.',
    notForAGuest:
      'Questo segreto è per il team (membri e amministratori) e gli ospiti non possono aprirlo. Chiedi al mittente di condividerlo con te per nome.',
    viewsNote:
      '{count, plural, one {Mostrarlo consuma una visualizzazione. È l’ultima: il segreto viene eliminato dal server quando lo mostri.} other {Mostrarlo consuma una visualizzazione; ne restano #.}}',
    reveal: 'Mostra',
    tryAgain: 'Riprova',
    signInWithPasskey: 'Accedi con una passkey',
    signedInAs: 'Accesso effettuato come {displayName} (@{name}).',
    waitingForPasskey: 'In attesa della tua passkey…',
    signedIn: 'Accesso effettuato.',
    signedInPressReveal: 'Accesso effettuato. Premi Mostra per aprire il segreto.',
    revealing: 'Apertura…',
    downloading: 'Download…',
    downloadingSlow: 'Download (la passphrase richiede un momento)…',
    decrypting: 'Decifratura…',
    decryptingSlow: 'Decifratura (la passphrase richiede un momento)…',
    heldDownload:
      'Il download resta in questa scheda fino alle {time}: riprovare non consuma un’altra visualizzazione. Ricaricando o chiudendo la scheda lo perdi.',
    heldSecret:
      'Il segreto resta in questa scheda: riprovare non consuma un’altra visualizzazione. Ricaricando o chiudendo la scheda lo perdi.',
    expires: 'Scade',
    viewsLeft: 'Visualizzazioni rimaste',
    passphrase: 'Passphrase',
    required: 'Richiesta',
    none: 'Nessuna',
    whoCanOpen: 'Chi può aprirlo',
    passphraseHint: 'Il mittente dovrebbe avertela data a parte.',
    waitingTitle: 'Un segreto ti aspetta',
    waitingLede: 'Viene decifrato in questo browser quando lo mostri. Fino ad allora non si consuma nulla.',
    revealedTitle: 'Il segreto',
    hiddenNote: 'Nascosto. Premi Vedi per vederlo di nuovo.',
    show: 'Vedi',
    hide: 'Nascondi',
    lastView:
      'Era l’ultima visualizzazione: il segreto è stato eliminato dal server. Copialo prima di lasciare questa pagina.',
    moreViews:
      'Il link si può aprire ancora {count, plural, one {# volta} other {# volte}} prima di smettere di funzionare.',
  },
  sealed: {
    noPrf:
      'Questa passkey non può aprire segreti sigillati: il suo autenticatore non supporta l’estensione PRF di cui Hushlink ha bisogno. Non è stato aperto nulla. Usa un’altra delle tue passkey, una che la pagina del tuo account indica come in grado di ricevere segreti sigillati.',
    files: 'Questo segreto sigillato contiene file, che questa pagina non sa ancora aprire.',
    forSpecificPeople:
      'Questo link è per persone precise: si apre solo per gli account Hushlink per cui è stato sigillato, ciascuno con la propria passkey. Se sei una di queste persone, accedi con la tua passkey. Se qui non hai un account, non puoi ancora aprirlo: chiedi a chi te l’ha inviato di invitarti e di condividerlo di nuovo con te quando avrai un account.',
    ownSecret:
      'Hai sigillato tu questo segreto, e aprirlo tu non consuma visualizzazioni: restano alle persone per cui l’hai sigillato.',
    notSealedToSender:
      'Hai sigillato questo segreto per altre persone, non per le tue passkey, quindi non puoi aprirlo. Possono farlo solo loro.',
    signedInAsSentence: 'Hai effettuato l’accesso come {displayName} (@{name}).',
    viewsNote:
      '{count, plural, one {Aprirlo consuma una visualizzazione. È l’ultima: il segreto viene eliminato dal server quando lo apri.} other {Aprirlo consuma una visualizzazione; ne restano #.}}',
    notSealedToUsedNamed: 'Non è stato sigillato per la passkey che hai usato («{passkey}»).',
    notSealedToUsed: 'Non è stato sigillato per la passkey che hai usato.',
    noOtherPasskeys:
      'Nessuna delle tue altre passkey può ricevere segreti sigillati: chiedi al mittente di sigillarlo di nuovo per una passkey che hai.',
    useOtherPasskeys:
      'Usa un’altra delle tue passkey: {passkeys}. Una passkey aggiunta dopo la sigillatura non può aprirlo.',
    passkeyWithFingerprint: '«{name}» ({fingerprint})',
    signedInAs: 'Accesso effettuato come {displayName} (@{name}).',
    signInAndOpen: 'Accedi con la tua passkey e apri',
    useAnotherPasskey: 'Usa un’altra passkey',
    confirmAndOpen: 'Conferma con la tua passkey e apri',
    open: 'Apri',
    opening: 'Apertura…',
    sessionEnded: 'La tua sessione è terminata. Accedi di nuovo con la tua passkey per aprirlo.',
    heldForAnotherPasskey:
      'Il segreto resta in questa scheda: provare un’altra passkey non consuma un’altra visualizzazione. Ricaricando o chiudendo la scheda lo perdi.',
    notSealedUseAnother:
      'Non è stato sigillato per la passkey che hai usato. Usa un’altra delle tue passkey.',
    doNotTrustTitle: 'Non fidarti di questo segreto',
    whoCanOpenSealed: 'Solo le persone per cui è stato sigillato, con la loro passkey',
    title: 'Un segreto sigillato ti aspetta',
    lede: 'È stato sigillato per le passkey delle persone a cui è destinato: solo la tua passkey può aprirlo, in questo browser. Il link non contiene alcuna chiave e non si consuma nulla finché non lo apri.',
    senderVerified:
      'Sigillato da {displayName} (@{name}), chiave {fingerprint}, verificato: la firma corrisponde a una sua chiave.',
    senderRequestLink:
      'Mittente non verificato: risposta inviata tramite il tuo link di richiesta da qualcuno che non aveva effettuato l’accesso.',
    senderBeforeSigning:
      'Mittente non verificato: sigillato prima che i mittenti firmassero ciò che sigillano.',
    senderNoSigningKey:
      'Mittente non verificato: {displayName} (@{name}) non ha ancora una chiave di firma, quindi non è firmato.',
    senderUnsigned:
      'Mittente non verificato: questo segreto non è firmato, anche se {displayName} (@{name}) firma ciò che sigilla nel browser. La riga di comando hushlink non firma ancora; se non l’ha inviato da lì, non fidarti e chiediglielo.',
  },
} satisfies Catalog;
