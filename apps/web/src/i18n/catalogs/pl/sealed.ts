import type { Catalog } from '../../catalog.ts';

/** Polski: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
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
  senderNewKey:
    'Ta przeglądarka nie widziała wcześniej tego klucza tej osoby: porównaj jego odcisk z tym na stronie konta tej osoby.',
  senderBeforeTheirKey:
    'Nadawca niezweryfikowany: zapieczętowano, zanim {displayName} (@{name}) miał klucz podpisu, więc sekret nie jest podpisany.',
} satisfies Catalog['sealed'];
