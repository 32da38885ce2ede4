import type { Catalog } from '../catalog.ts';

/** Nederlands. */
export default {
  common: {
    tagline: 'Geheimen delen met end-to-end-versleuteling',
    mainNav: 'Hoofdmenu',
    footer:
      'Versleuteld in je browser met libsodium. De sleutel blijft in de link; de server bewaart alleen versleutelde tekst.',
    language: 'Taal',
    navSignIn: 'Inloggen',
    navNewSecret: 'Nieuw geheim',
    navMyLinks: 'Mijn links',
    navAccount: 'Account',
    navAdmin: 'Beheer',
    navSignedInAs: 'Ingelogd als @{name}',
    signOut: 'Uitloggen',
    signOutRetry: 'Uitloggen (opnieuw proberen)',
    shareYourOwn: 'Deel zelf een geheim',
    somethingWrong: 'Er ging iets mis',
    pageNotFound: 'Pagina niet gevonden',
    nothingHere: 'Op dit adres staat niets.',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren mislukt: selecteer de tekst en kopieer hem met de hand.',
    incompleteLink: 'Deze link is onvolledig: het deel na # ontbreekt of is beschadigd.',
    incompleteManageLink: 'Deze beheerlink is onvolledig: het deel na # ontbreekt of is beschadigd.',
    damagedId:
      'Deze link is beschadigd: het deel na /s/ is geen geldige geheim-ID. Controleer of de hele link is gekopieerd.',
    gone: 'Dit geheim is weg: het is verlopen, al bekeken of ingetrokken.',
    decryptionFailed: 'Ontsleutelen mislukt: de wachtzin klopt niet, of de link is gewijzigd.',
    senderNotVerified:
      'Dit geheim is niet ondertekend door de persoon die de server als afzender noemt. Vertrouw het niet; meld het aan de afzender en je beheerder.',
    commitmentMismatch:
      'Dit geheim is gewijzigd: de sleutel past niet bij die waarmee het verzegeld is. Er is niets van getoond; meld het aan de afzender.',
    unreadable:
      'Dit geheim kon niet worden gelezen: het komt van een andere versie van Hushlink, of het is gewijzigd.',
    passphraseNeeded: 'Vul eerst de wachtzin in. De afzender hoort die apart aan je te hebben gegeven.',
    network: 'De Hushlink-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    unexpected: 'Er ging iets mis. Er is niets verloren; probeer het opnieuw.',
    sodiumFailed:
      'De versleutelingsbibliotheek kon niet laden in deze browser. Laad de pagina opnieuw en probeer het nog eens.',
    tooLarge: 'Dit geheim is te groot om als link te delen.',
    emptySecret: 'Typ of plak eerst het geheim, of voeg bestanden toe.',
    uploadCancelled: 'Geannuleerd. Er is niets gedeeld, en wat al was geüpload is verwijderd.',
    viewsRange: 'Het aantal weergaven moet een heel getal van 1 tot 100 zijn.',
    forbiddenToken: 'Deze beheerlink hoort niet bij dit geheim. Controleer of de hele link is gekopieerd.',
    notForYou: 'Dit geheim is met andere mensen gedeeld, niet met jou.',
    signInRequired: 'Log eerst in met je passkey.',
    pageFailed: 'Deze pagina kon niet laden. Laad haar opnieuw en probeer het nog eens.',
    stepUpCancelled:
      'Je hebt niet bevestigd met je passkey, dus er is niets veranderd. Probeer het opnieuw wanneer je zover bent.',
    stepUpUnavailable:
      'Je passkey kon niet bevestigen dat jij het bent, dus er is niets veranderd. Probeer het opnieuw of gebruik een andere passkey.',
    stepUpRequired:
      'Voor deze wijziging is een nieuwe controle met je passkey nodig. Probeer het opnieuw en bevestig dat jij het bent.',
    tooManyAttempts:
      'Te veel pogingen; probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.',
    unauthorized: 'Deze server neemt geen nieuwe geheimen aan zonder in te loggen.',
    unknownUser:
      'Een van de gekozen personen heeft geen actief account meer. Verwijder die persoon en probeer het opnieuw.',
    originMismatch:
      'Dit verzoek kwam niet van deze Hushlink-pagina. Laad haar opnieuw en probeer het nog eens.',
  },
  create: {
    title: 'Een geheim delen',
    lede: 'Je geheim wordt in deze browser versleuteld. De sleutel reist alleen mee in de link, dus de server ziet hem nooit.',
    noAccountsYet:
      'Deze Hushlink heeft nog geen accounts. {link}: dat wordt de beheerder, die alle anderen uitnodigt.',
    createFirstAccount: 'Maak het eerste account',
    accountsOnly:
      'Op deze Hushlink kunnen alleen mensen met een account geheimen delen. Log eerst in met je passkey.',
    signIn: 'Inloggen',
    expiry5m: '5 minuten',
    expiry1h: '1 uur',
    expiry1d: '1 dag',
    expiry7d: '7 dagen',
    expiry30d: '30 dagen',
    createLink: 'Link maken',
    choosePeople: 'Kies minstens één persoon, of een ander soort toegang.',
    encrypting: 'Versleutelen…',
    encryptingSlow: 'Versleutelen (de wachtzin kost even tijd)…',
    encryptingAndUploading: 'Versleutelen en uploaden…',
    uploadingFiles: 'De versleutelde bestanden worden geüpload',
    saving: 'Het versleutelde geheim wordt opgeslagen…',
    secret: 'Geheim',
    secretHint: 'Een wachtwoord, een API-sleutel, een notitie. Het wordt versleuteld voordat het vertrekt.',
    expiresAfter: 'Verloopt na',
    viewsAllowed: 'Toegestane weergaven',
    passphraseOptional: 'Wachtzin (optioneel)',
    passphraseHint:
      'Stuur de wachtzin via een ander kanaal (een telefoontje, een andere app), nooit samen met de link.',
    accessLink: 'Iedereen met de link',
    accessTeam: 'Iedereen in het team (leden en beheerders, geen gasten)',
    accessPeople: 'Alleen deze mensen',
    accessOnly: 'Alleen {names}',
    hintLink: 'Wie de link heeft, kan het openen.',
    hintTeam:
      'Leden en beheerders van deze Hushlink, nadat ze met hun passkey zijn ingelogd. Gasten (externen) kunnen het niet openen.',
    hintPeople: 'Alleen de accounts die je noemt, nadat ze met hun passkey zijn ingelogd.',
    people: 'Mensen',
    whoCanOpen: 'Wie het kan openen',
    notify: 'Laat het me weten als het geopend wordt',
    chosenPeople: 'Gekozen mensen',
    noOneByThatName: 'Niemand met die naam.',
    remove: '{name} verwijderen',
    added: '{name} toegevoegd.',
    removed: '{name} verwijderd.',
    pickerHint: 'Typ het begin van een naam en kies met de pijltjestoetsen en Enter.',
    readyOne: 'Je link staat klaar',
    readyTwo: 'Je links staan klaar',
    scanIt: 'Of scan hem met een telefoon.',
    qrLabel: 'QR-code van de geheime link',
    sendThisLink:
      'Stuur deze link naar de persoon die het geheim moet lezen. Hij kan {count, plural, one {één keer} other {# keer}} worden geopend.',
    secretLink: 'Geheime link',
    copyLink: 'Link kopiëren',
    passphraseSeparately: 'Stuur de wachtzin via een ander kanaal, nooit naast de link.',
    expires: 'Verloopt',
    passphrase: 'Wachtzin',
    required: 'Vereist',
    none: 'Geen',
    alsoInMyLinks: 'Hij staat ook in {link}, waar je ziet wie hem heeft geopend en hem kunt intrekken.',
    myLinks: 'Mijn links',
    keepManageLink: 'Bewaar de beheerlink',
    manageLinkWhy:
      'Hiermee trek je het geheim in voordat het gelezen is. Hij wordt maar één keer getoond: houd hem voor jezelf, stuur hem niet door.',
    manageLink: 'Beheerlink',
    copyManageLink: 'Beheerlink kopiëren',
    createAnother: 'Nog een maken',
    sealTo: 'Verzegelen voor hun passkeys',
    sealHint:
      'Alleen hun passkeys kunnen het openen: de link bevat geen sleutel en de server kan het niet ontsleutelen. Wie passkeys heeft die geen verzegelde geheimen kunnen ontvangen, krijgt in plaats daarvan een door de server gecontroleerde link.',
    reopenToo: 'Ik kan het ook opnieuw openen',
    checkingPasskeys: 'Je passkeys worden gecontroleerd…',
    noSealingKeysOfMine:
      'Geen van je passkeys kan verzegelde geheimen ontvangen, dus je kunt het niet opnieuw openen. Voeg er een toe die het wel kan op je accountpagina.',
    selfKeysFailed: 'Je sleutels konden niet worden opgehaald: je kunt het niet opnieuw openen.',
    alsoSealedToYou: 'Ook verzegeld voor je eigen passkeys: {keys}. Zelf openen kost geen weergave.',
    sealingKeysList: 'Verzegelsleutels van de gekozen mensen',
    lookingUpKeys: ': sleutels worden opgehaald…',
    keyWithPasskey: '{fingerprint} ({passkey})',
    cannotReceive:
      'Kan geen verzegelde geheimen ontvangen (geen van hun passkeys ondersteunt het). Krijgt in plaats daarvan een door de server gecontroleerde link: die bevat zijn sleutel, en de server laat alleen deze persoon hem openen.',
    canReceive: 'Kan verzegelde geheimen ontvangen. Sleutels: {keys}.',
    keysAdded: 'nieuw {fingerprints}',
    keysRemoved: 'weg {fingerprints}',
    keysChanged:
      'De sleutels van {name} zijn veranderd sinds je voor het laatst voor deze persoon verzegelde ({changes}). Een nieuwe passkey verklaart dat; is er geen toegevoegd, vraag het dan na voordat je iets stuurt.',
    nothingSealed:
      'Geen van de gekozen mensen kan verzegelde geheimen ontvangen, dus er wordt niets verzegeld: ze krijgen één door de server gecontroleerde link.',
    lookingUpTheirKeys: 'De sleutels van hun passkeys worden opgehaald…',
    encryptingForOthers: 'De link voor de anderen wordt versleuteld…',
    savingIt: 'Opslaan…',
    sealingIt: 'Verzegelen voor hun passkeys…',
    savingSealed: 'Het verzegelde geheim wordt opgeslagen…',
    sealedLink: 'Verzegelde link',
    gatedLink: 'Door de server gecontroleerde link',
    copySealedLink: 'Verzegelde link kopiëren',
    copyGatedLink: 'Gecontroleerde link kopiëren',
    sealedToHeading: 'Verzegeld voor {names}',
    gatedHeading: 'Voor {names}: niet verzegeld',
    sealedExplainedOthers:
      'Alleen hun passkeys kunnen het openen. De link bevat geen sleutel, dus je kunt hem via elk kanaal sturen, en de server kan het niet ontsleutelen.',
    sealedExplainedWithYou:
      'Alleen hun passkeys en de jouwe kunnen het openen. De link bevat geen sleutel, dus je kunt hem via elk kanaal sturen, en de server kan het niet ontsleutelen. Zelf openen kost geen weergave.',
    gatedExplained:
      'Hun passkeys kunnen geen verzegelde geheimen ontvangen, dus deze link bevat zijn sleutel en de server laat alleen hen hem openen nadat ze zijn ingelogd. Stuur hem alleen naar hen.',
    manageLinkOfSealed: 'Beheerlink van de verzegelde link',
    manageLinkOfGated: 'Beheerlink van de gecontroleerde link',
    manageLinkHint:
      'Houd hem voor jezelf: hij trekt deze link in voordat die gelezen is. Hij wordt maar één keer getoond.',
    twoLinks:
      'Sommige gekozen mensen kunnen verzegelde geheimen ontvangen en andere niet, dus er zijn twee links: stuur elke link alleen naar de mensen die erbij staan. Elke link kan {count, plural, one {één keer} other {# keer}} worden geopend.',
    onlyGated:
      'Geen van de gekozen mensen kan verzegelde geheimen ontvangen, dus deze link is niet verzegeld maar wordt door de server gecontroleerd. Stuur hem alleen naar de mensen die erbij staan. Hij kan {count, plural, one {één keer} other {# keer}} worden geopend.',
    sendToPeople:
      'Stuur deze link naar de mensen voor wie hij bedoeld is. Hij kan {count, plural, one {één keer} other {# keer}} worden geopend.',
    passphraseToo: 'De wachtzin is ook nodig: stuur die via een ander kanaal.',
    alsoInMyLinksPlural: 'Ze staan ook in {link}, waar je ziet wie ze heeft geopend en ze kunt intrekken.',
  },
  reveal: {
    incompleteTitle: 'Deze link is onvolledig',
    goneTitle: 'Dit geheim is weg',
    damagedTitle: 'Deze link is beschadigd',
    notForYouTitle: 'Niet voor jou',
    whoLink: 'Iedereen met de link',
    whoTeam: 'Iedereen in het team (leden en beheerders, geen gasten)',
    whoPeople: 'Alleen de mensen met wie het is gedeeld',
    signInPeople:
      'Alleen de mensen met wie het is gedeeld kunnen het openen. Log in met je passkey om te laten zien dat jij het bent; je blijft op deze pagina.',
    signInTeam:
      'Alleen leden en beheerders van deze Hushlink kunnen het openen. Log in met je passkey; je blijft op deze pagina.',
    notForAGuest:
      'Dit geheim is voor het team (leden en beheerders) en gasten kunnen het niet openen. Vraag de afzender het op naam met je te delen.',
    viewsNote:
      '{count, plural, one {Tonen kost een weergave. Dit is de laatste: het geheim wordt van de server verwijderd zodra je het toont.} other {Tonen kost een weergave; er zijn er nog #.}}',
    reveal: 'Tonen',
    tryAgain: 'Opnieuw proberen',
    signInWithPasskey: 'Inloggen met een passkey',
    signedInAs: 'Ingelogd als {displayName} (@{name}).',
    waitingForPasskey: 'Wachten op je passkey…',
    signedIn: 'Ingelogd.',
    signedInPressReveal: 'Ingelogd. Druk op Tonen om het geheim te openen.',
    revealing: 'Openen…',
    downloading: 'Downloaden…',
    downloadingSlow: 'Downloaden (de wachtzin kost even tijd)…',
    decrypting: 'Ontsleutelen…',
    decryptingSlow: 'Ontsleutelen (de wachtzin kost even tijd)…',
    heldDownload:
      'De download wordt tot {time} in dit tabblad bewaard: opnieuw proberen kost geen extra weergave. Herladen of het tabblad sluiten maakt hem kwijt.',
    heldSecret:
      'Het geheim wordt in dit tabblad bewaard: opnieuw proberen kost geen extra weergave. Herladen of het tabblad sluiten maakt het kwijt.',
    expires: 'Verloopt',
    viewsLeft: 'Resterende weergaven',
    passphrase: 'Wachtzin',
    required: 'Vereist',
    none: 'Geen',
    whoCanOpen: 'Wie het kan openen',
    passphraseHint: 'De afzender hoort die apart aan je te hebben gegeven.',
    waitingTitle: 'Er wacht een geheim op je',
    waitingLede: 'Het wordt in deze browser ontsleuteld als je het toont. Tot dan wordt er niets verbruikt.',
    revealedTitle: 'Het geheim',
    hiddenNote: 'Verborgen. Druk op Bekijken om het weer te zien.',
    show: 'Bekijken',
    hide: 'Verbergen',
    lastView:
      'Dit was de laatste weergave: het geheim is nu van de server verwijderd. Kopieer het voordat je deze pagina verlaat.',
    moreViews:
      'De link kan nog {count, plural, one {# keer} other {# keer}} worden geopend voordat hij niet meer werkt.',
  },
  sealed: {
    noPrf:
      'Deze passkey kan geen verzegelde geheimen openen: de authenticator ondersteunt de PRF-extensie niet die Hushlink nodig heeft. Er is niets geopend. Gebruik een andere passkey, een die je accountpagina noemt als geschikt voor verzegelde geheimen.',
    files: 'Dit verzegelde geheim bevat bestanden, die deze pagina nog niet kan openen.',
    forSpecificPeople:
      'Deze link is voor bepaalde mensen: hij opent alleen voor de Hushlink-accounts waarvoor hij verzegeld is, elk met een eigen passkey. Hoor je daarbij, log dan in met je passkey. Heb je hier geen account, dan kun je hem nog niet openen: vraag degene die hem stuurde je uit te nodigen en hem opnieuw met je te delen zodra je een account hebt.',
    ownSecret:
      'Je hebt dit geheim zelf verzegeld, en zelf openen kost geen weergave: die blijven voor de mensen voor wie je het verzegelde.',
    notSealedToSender:
      'Je hebt dit geheim voor andere mensen verzegeld, niet voor je eigen passkeys, dus je kunt het niet openen. Alleen zij kunnen dat.',
    signedInAsSentence: 'Je bent ingelogd als {displayName} (@{name}).',
    viewsNote:
      '{count, plural, one {Openen kost een weergave. Dit is de laatste: het geheim wordt van de server verwijderd zodra je het opent.} other {Openen kost een weergave; er zijn er nog #.}}',
    notSealedToUsedNamed: 'Het is niet verzegeld voor de passkey die je gebruikte (‘{passkey}’).',
    notSealedToUsed: 'Het is niet verzegeld voor de passkey die je gebruikte.',
    noOtherPasskeys:
      'Geen van je andere passkeys kan verzegelde geheimen ontvangen: vraag de afzender het opnieuw te verzegelen voor een passkey die je hebt.',
    useOtherPasskeys:
      'Gebruik een andere passkey van je: {passkeys}. Een passkey die na het verzegelen is toegevoegd, kan het niet openen.',
    passkeyWithFingerprint: '‘{name}’ ({fingerprint})',
    signedInAs: 'Ingelogd als {displayName} (@{name}).',
    signInAndOpen: 'Inloggen met je passkey en openen',
    useAnotherPasskey: 'Andere passkey gebruiken',
    confirmAndOpen: 'Bevestigen met je passkey en openen',
    open: 'Openen',
    opening: 'Openen…',
    sessionEnded: 'Je sessie is verlopen. Log opnieuw in met je passkey om het te openen.',
    heldForAnotherPasskey:
      'Het geheim wordt in dit tabblad bewaard: een andere passkey proberen kost geen extra weergave. Herladen of het tabblad sluiten maakt het kwijt.',
    notSealedUseAnother:
      'Het is niet verzegeld voor de passkey die je gebruikte. Gebruik een andere passkey van je.',
    doNotTrustTitle: 'Vertrouw dit geheim niet',
    whoCanOpenSealed: 'Alleen de mensen voor wie het verzegeld is, met hun passkey',
    title: 'Er wacht een verzegeld geheim op je',
    lede: 'Het is verzegeld voor de passkeys van de mensen voor wie het bedoeld is: alleen jouw passkey kan het openen, in deze browser. De link bevat geen sleutel, en er wordt niets verbruikt tot je het opent.',
    senderVerified:
      'Verzegeld door {displayName} (@{name}), sleutel {fingerprint}, geverifieerd: de handtekening past bij een van hun sleutels.',
    senderRequestLink:
      'Afzender niet geverifieerd: beantwoord via je verzoeklink door iemand die niet was ingelogd.',
    senderBeforeSigning:
      'Afzender niet geverifieerd: verzegeld voordat afzenders ondertekenden wat ze verzegelen.',
    senderNoSigningKey:
      'Afzender niet geverifieerd: {displayName} (@{name}) heeft nog geen ondertekensleutel, dus het is niet ondertekend.',
    senderUnsigned:
      'Afzender niet geverifieerd: dit geheim is niet ondertekend, hoewel {displayName} (@{name}) in de browser ondertekent wat hij of zij verzegelt. De hushlink-opdrachtregel ondertekent nog niet; kwam het daar niet vandaan, vertrouw het dan niet en vraag het na.',
  },
} satisfies Catalog;
