import type { Catalog } from '../catalog.ts';

/** Polski. */
export default {
  common: {
    tagline: 'Udostępnianie sekretów z szyfrowaniem end-to-end',
    mainNav: 'Menu główne',
    footer:
      'Szyfrowane w Twojej przeglądarce przez libsodium. Klucz zostaje w linku; serwer przechowuje tylko szyfrogram.',
    language: 'Język',
    navSignIn: 'Zaloguj się',
    navNewSecret: 'Nowy sekret',
    navMyLinks: 'Moje linki',
    navAccount: 'Konto',
    navAdmin: 'Administracja',
    navSignedInAs: 'Zalogowano jako @{name}',
    signOut: 'Wyloguj się',
    signOutRetry: 'Wyloguj się (spróbuj ponownie)',
    shareYourOwn: 'Udostępnij własny sekret',
    somethingWrong: 'Coś poszło nie tak',
    pageNotFound: 'Nie znaleziono strony',
    nothingHere: 'Pod tym adresem nic nie ma.',
    copy: 'Kopiuj',
    copied: 'Skopiowano',
    copyFailed: 'Nie udało się skopiować: zaznacz tekst i skopiuj go ręcznie.',
    incompleteLink: 'Ten link jest niepełny: brakuje części po # albo jest uszkodzona.',
    incompleteManageLink: 'Ten link do zarządzania jest niepełny: brakuje części po # albo jest uszkodzona.',
    damagedId:
      'Ten link jest uszkodzony: część po /s/ nie jest prawidłowym identyfikatorem sekretu. Sprawdź, czy skopiowano cały link.',
    gone: 'Tego sekretu już nie ma: wygasł, został już wyświetlony albo go odwołano.',
    decryptionFailed: 'Nie udało się odszyfrować: hasło jest błędne albo link zmieniono.',
    senderNotVerified:
      'Ten sekret nie jest podpisany przez osobę, którą serwer podaje jako nadawcę. Nie ufaj mu; powiadom nadawcę i administratora.',
    commitmentMismatch:
      'Ten sekret zmieniono: jego klucz nie pasuje do tego, którym go zapieczętowano. Nic z niego nie pokazano; powiadom nadawcę.',
    unreadable:
      'Nie udało się odczytać tego sekretu: pochodzi z innej wersji Hushlink albo został zmieniony.',
    passphraseNeeded: 'Najpierw wpisz hasło. Nadawca powinien był przekazać Ci je osobno.',
    network: 'Nie można połączyć się z serwerem Hushlink. Sprawdź połączenie i spróbuj ponownie.',
    unexpected: 'Coś poszło nie tak. Nic nie przepadło; spróbuj ponownie.',
    sodiumFailed:
      'Biblioteka szyfrująca nie załadowała się w tej przeglądarce. Odśwież stronę i spróbuj ponownie.',
    tooLarge: 'Ten sekret jest za duży, by udostępnić go jako link.',
    emptySecret: 'Najpierw wpisz lub wklej sekret albo dodaj pliki.',
    uploadCancelled: 'Anulowano. Nic nie udostępniono, a to, co już wysłano, zostało usunięte.',
    viewsRange: 'Liczba wyświetleń musi być liczbą całkowitą od 1 do 100.',
    forbiddenToken: 'Ten link do zarządzania nie należy do tego sekretu. Sprawdź, czy skopiowano cały link.',
    notForYou: 'Ten sekret udostępniono innym osobom, nie Tobie.',
    signInRequired: 'Najpierw zaloguj się kluczem dostępu.',
    pageFailed: 'Nie udało się załadować tej strony. Odśwież ją i spróbuj ponownie.',
    stepUpCancelled:
      'Nie potwierdzono kluczem dostępu, więc nic nie zmieniono. Spróbuj ponownie, gdy będziesz gotowy.',
    stepUpUnavailable:
      'Nie udało się potwierdzić Twojej tożsamości kluczem dostępu, więc nic nie zmieniono. Spróbuj ponownie albo użyj innego klucza dostępu.',
    stepUpRequired:
      'Ta zmiana wymaga ponownego sprawdzenia kluczem dostępu. Spróbuj ponownie i potwierdź, że to Ty.',
    tooManyAttempts:
      'Zbyt wiele prób; spróbuj ponownie za {seconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
    unauthorized: 'Ten serwer nie przyjmuje nowych sekretów bez zalogowania.',
    unknownUser: 'Jedna z wybranych osób nie ma już aktywnego konta. Usuń ją i spróbuj ponownie.',
    originMismatch: 'To żądanie nie pochodzi z tej strony Hushlink. Odśwież ją i spróbuj ponownie.',
  },
  create: {
    title: 'Udostępnij sekret',
    lede: 'Twój sekret jest szyfrowany w tej przeglądarce. Klucz podróżuje tylko w linku, więc serwer nigdy go nie widzi.',
    noAccountsYet:
      'Ten Hushlink nie ma jeszcze kont. {link}: to konto zostanie administratorem, który zaprasza pozostałych.',
    createFirstAccount: 'Utwórz pierwsze konto',
    accountsOnly:
      'W tym Hushlink sekrety mogą udostępniać tylko osoby z kontem. Najpierw zaloguj się kluczem dostępu.',
    signIn: 'Zaloguj się',
    expiry5m: '5 minut',
    expiry1h: '1 godzina',
    expiry1d: '1 dzień',
    expiry7d: '7 dni',
    expiry30d: '30 dni',
    createLink: 'Utwórz link',
    choosePeople: 'Wybierz co najmniej jedną osobę albo inny rodzaj dostępu.',
    encrypting: 'Szyfrowanie…',
    encryptingSlow: 'Szyfrowanie (hasło chwilę trwa)…',
    encryptingAndUploading: 'Szyfrowanie i wysyłanie…',
    uploadingFiles: 'Wysyłanie zaszyfrowanych plików',
    saving: 'Zapisywanie zaszyfrowanego sekretu…',
    secret: 'Sekret',
    secretHint: 'Hasło, klucz API, notatka. Zostaje zaszyfrowany, zanim opuści przeglądarkę.',
    expiresAfter: 'Wygasa po',
    viewsAllowed: 'Dozwolone wyświetlenia',
    passphraseOptional: 'Hasło (opcjonalnie)',
    passphraseHint:
      'Przekaż hasło innym kanałem (telefonicznie, przez inną aplikację), nigdy razem z linkiem.',
    accessLink: 'Każdy, kto ma link',
    accessTeam: 'Każdy z zespołu (członkowie i administratorzy, bez gości)',
    accessPeople: 'Tylko te osoby',
    accessOnly: 'Tylko {names}',
    hintLink: 'Każdy, kto ma link, może go otworzyć.',
    hintTeam:
      'Członkowie i administratorzy tego Hushlink po zalogowaniu kluczem dostępu. Goście (wykonawcy zewnętrzni) nie mogą go otworzyć.',
    hintPeople: 'Tylko wskazane przez Ciebie konta, po zalogowaniu kluczem dostępu.',
    people: 'Osoby',
    whoCanOpen: 'Kto może otworzyć',
    notify: 'Powiadom mnie o otwarciu',
    chosenPeople: 'Wybrane osoby',
    noOneByThatName: 'Nikt o takiej nazwie.',
    remove: 'Usuń: {name}',
    added: 'Dodano: {name}.',
    removed: 'Usunięto: {name}.',
    pickerHint: 'Wpisz początek nazwy, a potem wybierz strzałkami i klawiszem Enter.',
    readyOne: 'Twój link jest gotowy',
    readyTwo: 'Twoje linki są gotowe',
    scanIt: 'Albo zeskanuj go telefonem.',
    qrLabel: 'Kod QR linku do sekretu',
    sendThisLink:
      'Wyślij ten link osobie, która ma przeczytać sekret. Można go otworzyć {count, plural, one {raz} few {# razy} many {# razy} other {# razy}}.',
    secretLink: 'Link do sekretu',
    copyLink: 'Kopiuj link',
    passphraseSeparately: 'Przekaż hasło innym kanałem, nigdy obok linku.',
    expires: 'Wygasa',
    passphrase: 'Hasło',
    required: 'Wymagane',
    none: 'Brak',
    alsoInMyLinks: 'Znajdziesz go też w zakładce {link}, gdzie widać, kto go otworzył, i można go odwołać.',
    myLinks: 'Moje linki',
    keepManageLink: 'Zachowaj link do zarządzania',
    manageLinkWhy:
      'Pozwala odwołać sekret, zanim ktoś go przeczyta. Jest pokazywany tylko raz: zachowaj go dla siebie, nie wysyłaj go.',
    manageLink: 'Link do zarządzania',
    copyManageLink: 'Kopiuj link do zarządzania',
    createAnother: 'Utwórz kolejny',
    sealTo: 'Zapieczętuj dla ich kluczy dostępu',
    sealHint:
      'Otworzą go tylko ich klucze dostępu: link nie zawiera klucza, a serwer nie może go odszyfrować. Osoby, których klucze dostępu nie obsługują zapieczętowanych sekretów, dostają zamiast tego link sprawdzany przez serwer.',
    reopenToo: 'Ja też mogę go ponownie otworzyć',
    checkingPasskeys: 'Sprawdzanie Twoich kluczy dostępu…',
    noSealingKeysOfMine:
      'Żaden z Twoich kluczy dostępu nie obsługuje zapieczętowanych sekretów, więc nie otworzysz go ponownie. Dodaj odpowiedni klucz na stronie konta.',
    selfKeysFailed: 'Nie udało się pobrać Twoich kluczy: nie otworzysz go ponownie.',
    alsoSealedToYou:
      'Zapieczętowany też dla Twoich kluczy dostępu: {keys}. Otwarcie go przez Ciebie nie zużywa wyświetlenia.',
    sealingKeysList: 'Klucze pieczętujące wybranych osób',
    lookingUpKeys: ': pobieranie kluczy…',
    keyWithPasskey: '{fingerprint} ({passkey})',
    cannotReceive:
      'Nie może odbierać zapieczętowanych sekretów (żaden z jej kluczy dostępu tego nie obsługuje). Dostaje zamiast tego link sprawdzany przez serwer: zawiera on swój klucz, a serwer pozwala go otworzyć tylko tej osobie.',
    canReceive: 'Może odbierać zapieczętowane sekrety. Klucze: {keys}.',
    keysAdded: 'nowe {fingerprints}',
    keysRemoved: 'usunięte {fingerprints}',
    keysChanged:
      'Klucze osoby {name} zmieniły się od Twojego ostatniego pieczętowania dla niej ({changes}). Wyjaśnia to nowy klucz dostępu; jeśli go nie dodała, upewnij się u niej przed wysłaniem.',
    nothingSealed:
      'Żadna z wybranych osób nie może odbierać zapieczętowanych sekretów, więc nic nie zostanie zapieczętowane: dostaną jeden link sprawdzany przez serwer.',
    lookingUpTheirKeys: 'Pobieranie kluczy ich kluczy dostępu…',
    encryptingForOthers: 'Szyfrowanie linku dla pozostałych…',
    savingIt: 'Zapisywanie…',
    sealingIt: 'Pieczętowanie dla ich kluczy dostępu…',
    savingSealed: 'Zapisywanie zapieczętowanego sekretu…',
    sealedLink: 'Zapieczętowany link',
    gatedLink: 'Link sprawdzany przez serwer',
    copySealedLink: 'Kopiuj zapieczętowany link',
    copyGatedLink: 'Kopiuj sprawdzany link',
    sealedToHeading: 'Zapieczętowany dla: {names}',
    gatedHeading: 'Dla: {names} (niezapieczętowany)',
    sealedExplainedOthers:
      'Otworzą go tylko ich klucze dostępu. Link nie zawiera klucza, więc można go wysłać dowolnym kanałem, a serwer nie może go odszyfrować.',
    sealedExplainedWithYou:
      'Otworzą go tylko ich i Twoje klucze dostępu. Link nie zawiera klucza, więc można go wysłać dowolnym kanałem, a serwer nie może go odszyfrować. Otwarcie go przez Ciebie nie zużywa wyświetlenia.',
    gatedExplained:
      'Ich klucze dostępu nie obsługują zapieczętowanych sekretów, więc ten link zawiera swój klucz, a serwer pozwala go otworzyć tylko im, po zalogowaniu. Wyślij go tylko do nich.',
    manageLinkOfSealed: 'Link do zarządzania zapieczętowanym linkiem',
    manageLinkOfGated: 'Link do zarządzania sprawdzanym linkiem',
    manageLinkHint:
      'Zachowaj go dla siebie: odwołuje ten link, zanim ktoś go przeczyta. Jest pokazywany tylko raz.',
    twoLinks:
      'Część wybranych osób może odbierać zapieczętowane sekrety, a część nie, więc są dwa linki: wyślij każdy tylko do osób, które wymienia. Każdy można otworzyć {count, plural, one {raz} few {# razy} many {# razy} other {# razy}}.',
    onlyGated:
      'Żadna z wybranych osób nie może odbierać zapieczętowanych sekretów, więc ten link nie jest zapieczętowany, tylko sprawdzany przez serwer. Wyślij go tylko do osób, które wymienia. Można go otworzyć {count, plural, one {raz} few {# razy} many {# razy} other {# razy}}.',
    sendToPeople:
      'Wyślij ten link osobom, dla których jest przeznaczony. Można go otworzyć {count, plural, one {raz} few {# razy} many {# razy} other {# razy}}.',
    passphraseToo: 'Potrzebne jest też hasło: przekaż je innym kanałem.',
    alsoInMyLinksPlural:
      'Znajdziesz je też w zakładce {link}, gdzie widać, kto je otworzył, i można je odwołać.',
  },
  reveal: {
    incompleteTitle: 'Ten link jest niepełny',
    goneTitle: 'Tego sekretu już nie ma',
    damagedTitle: 'Ten link jest uszkodzony',
    notForYouTitle: 'Nie dla Ciebie',
    whoLink: 'Każdy, kto ma link',
    whoTeam: 'Każdy z zespołu (członkowie i administratorzy, bez gości)',
    whoPeople: 'Tylko osoby, którym go udostępniono',
    signInPeople:
      'Otworzyć go mogą tylko osoby, którym go udostępniono. Zaloguj się kluczem dostępu, aby potwierdzić, że to Ty; zostajesz na tej stronie.',
    signInTeam:
      'Otworzyć go mogą tylko członkowie i administratorzy tego Hushlink. Zaloguj się kluczem dostępu; zostajesz na tej stronie.',
    notForAGuest:
      'Ten sekret jest dla zespołu (członków i administratorów), a goście nie mogą go otworzyć. Poproś nadawcę, by udostępnił go Tobie imiennie.',
    viewsNote:
      '{count, plural, one {Odsłonięcie zużywa wyświetlenie. To ostatnie: po odsłonięciu sekret zostanie usunięty z serwera.} few {Odsłonięcie zużywa wyświetlenie; zostały #.} many {Odsłonięcie zużywa wyświetlenie; zostało #.} other {Odsłonięcie zużywa wyświetlenie; zostało #.}}',
    reveal: 'Odsłoń',
    tryAgain: 'Spróbuj ponownie',
    signInWithPasskey: 'Zaloguj się kluczem dostępu',
    signedInAs: 'Zalogowano jako {displayName} (@{name}).',
    waitingForPasskey: 'Czekam na klucz dostępu…',
    signedIn: 'Zalogowano.',
    signedInPressReveal: 'Zalogowano. Naciśnij „Odsłoń”, aby otworzyć sekret.',
    revealing: 'Odsłanianie…',
    downloading: 'Pobieranie…',
    downloadingSlow: 'Pobieranie (hasło chwilę trwa)…',
    decrypting: 'Odszyfrowywanie…',
    decryptingSlow: 'Odszyfrowywanie (hasło chwilę trwa)…',
    heldDownload:
      'Pobieranie jest przechowywane w tej karcie do {time}: ponowna próba nie zużywa kolejnego wyświetlenia. Odświeżenie lub zamknięcie karty je traci.',
    heldSecret:
      'Sekret jest przechowywany w tej karcie: ponowna próba nie zużywa kolejnego wyświetlenia. Odświeżenie lub zamknięcie karty go traci.',
    expires: 'Wygasa',
    viewsLeft: 'Pozostałe wyświetlenia',
    passphrase: 'Hasło',
    required: 'Wymagane',
    none: 'Brak',
    whoCanOpen: 'Kto może otworzyć',
    passphraseHint: 'Nadawca powinien był przekazać Ci je osobno.',
    waitingTitle: 'Czeka na Ciebie sekret',
    waitingLede:
      'Zostanie odszyfrowany w tej przeglądarce, gdy go odsłonisz. Do tego czasu nic nie jest zużywane.',
    revealedTitle: 'Sekret',
    hiddenNote: 'Ukryty. Naciśnij „Pokaż”, aby zobaczyć go ponownie.',
    show: 'Pokaż',
    hide: 'Ukryj',
    lastView:
      'To było ostatnie wyświetlenie: sekret został usunięty z serwera. Skopiuj go, zanim opuścisz tę stronę.',
    moreViews:
      'Link można otworzyć jeszcze {count, plural, one {# raz} few {# razy} many {# razy} other {# razy}}, zanim przestanie działać.',
  },
  sealed: {
    noPrf:
      'Ten klucz dostępu nie otwiera zapieczętowanych sekretów: jego uwierzytelniacz nie obsługuje rozszerzenia PRF, którego potrzebuje Hushlink. Nic nie otwarto. Użyj innego klucza dostępu, takiego, który strona konta wskazuje jako zdolny do odbioru zapieczętowanych sekretów.',
    files: 'Ten zapieczętowany sekret zawiera pliki, których ta strona jeszcze nie otwiera.',
    forSpecificPeople:
      'Ten link jest dla konkretnych osób: otwiera się tylko dla kont Hushlink, dla których go zapieczętowano, każde z własnym kluczem dostępu. Jeśli jesteś jedną z nich, zaloguj się kluczem dostępu. Jeśli nie masz tu konta, nie możesz go jeszcze otworzyć: poproś osobę, która go wysłała, o zaproszenie, a potem o ponowne udostępnienie, gdy będziesz mieć konto.',
    ownSecret:
      'To Ty zapieczętowałeś ten sekret, a otwarcie go przez Ciebie nie zużywa wyświetlenia: zostają dla osób, dla których go zapieczętowałeś.',
    notSealedToSender:
      'Zapieczętowałeś ten sekret dla innych osób, nie dla własnych kluczy dostępu, więc nie możesz go otworzyć. Mogą to zrobić tylko one.',
    signedInAsSentence: 'Zalogowano jako {displayName} (@{name}).',
    viewsNote:
      '{count, plural, one {Otwarcie zużywa wyświetlenie. To ostatnie: po otwarciu sekret zostanie usunięty z serwera.} few {Otwarcie zużywa wyświetlenie; zostały #.} many {Otwarcie zużywa wyświetlenie; zostało #.} other {Otwarcie zużywa wyświetlenie; zostało #.}}',
    notSealedToUsedNamed: 'Nie zapieczętowano go dla użytego klucza dostępu („{passkey}”).',
    notSealedToUsed: 'Nie zapieczętowano go dla użytego klucza dostępu.',
    noOtherPasskeys:
      'Żaden z Twoich pozostałych kluczy dostępu nie obsługuje zapieczętowanych sekretów: poproś nadawcę, by zapieczętował go ponownie dla klucza, który masz.',
    useOtherPasskeys:
      'Użyj innego ze swoich kluczy dostępu: {passkeys}. Klucz dostępu dodany po zapieczętowaniu go nie otworzy.',
    passkeyWithFingerprint: '„{name}” ({fingerprint})',
    signedInAs: 'Zalogowano jako {displayName} (@{name}).',
    signInAndOpen: 'Zaloguj się kluczem dostępu i otwórz',
    useAnotherPasskey: 'Użyj innego klucza dostępu',
    confirmAndOpen: 'Potwierdź kluczem dostępu i otwórz',
    open: 'Otwórz',
    opening: 'Otwieranie…',
    sessionEnded: 'Sesja wygasła. Zaloguj się ponownie kluczem dostępu, aby go otworzyć.',
    heldForAnotherPasskey:
      'Sekret jest przechowywany w tej karcie: próba z innym kluczem dostępu nie zużywa kolejnego wyświetlenia. Odświeżenie lub zamknięcie karty go traci.',
    notSealedUseAnother:
      'Nie zapieczętowano go dla użytego klucza dostępu. Użyj innego ze swoich kluczy dostępu.',
    doNotTrustTitle: 'Nie ufaj temu sekretowi',
    whoCanOpenSealed: 'Tylko osoby, dla których go zapieczętowano, ich kluczem dostępu',
    title: 'Czeka na Ciebie zapieczętowany sekret',
    lede: 'Zapieczętowano go dla kluczy dostępu osób, dla których jest przeznaczony: otworzyć go może tylko Twój klucz dostępu, w tej przeglądarce. Link nie zawiera klucza, a do otwarcia nic nie jest zużywane.',
    senderVerified:
      'Zapieczętował(a) {displayName} (@{name}), klucz {fingerprint}, zweryfikowano: podpis pasuje do jednego z kluczy tej osoby.',
    senderRequestLink:
      'Nadawca niezweryfikowany: odpowiedź przez Twój link z prośbą od kogoś, kto nie był zalogowany.',
    senderBeforeSigning:
      'Nadawca niezweryfikowany: zapieczętowano, zanim nadawcy zaczęli podpisywać to, co pieczętują.',
    senderNoSigningKey:
      'Nadawca niezweryfikowany: {displayName} (@{name}) nie ma jeszcze klucza podpisu, więc sekret nie jest podpisany.',
    senderUnsigned:
      'Nadawca niezweryfikowany: ten sekret nie jest podpisany, choć {displayName} (@{name}) podpisuje w przeglądarce to, co pieczętuje. Wiersz poleceń hushlink jeszcze nie podpisuje; jeśli nie wysłano go stamtąd, nie ufaj mu i zapytaj nadawcę.',
  },
} satisfies Catalog;
