import type { Catalog } from '../../catalog.ts';

/** Polski: the `create` group (see `../../en/create.ts`). */
export const create = {
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
  passphraseHint: 'Przekaż hasło innym kanałem (telefonicznie, przez inną aplikację), nigdy razem z linkiem.',
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
  // Named networks an admin defined
  namedNetworks: 'Tylko z tych nazwanych sieci (opcjonalnie)',
  namedNetworksHint:
    'Sieci nazwane przez administratora. Link zachowuje ich obecne adresy, nawet jeśli administrator później je zmieni.',
  networksLabel: 'Tylko z tych sieci (opcjonalnie)',
  networksHint:
    'Adresy IP lub zakresy, oddzielone przecinkami. Otwarty skądinąd link zostanie odrzucony i nic nie zostanie zużyte.',
  networksTooMany: 'Podaj najwyżej {max} sieci.',
  networkInvalid: '„{range}”: {reason}.',
  notANetwork: 'to nie jest sieć',
} satisfies Catalog['create'];
