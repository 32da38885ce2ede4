import type { Catalog } from '../../catalog.ts';

/** Polski: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
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
  notFromNetworkTitle: 'Nie z tej sieci',
} satisfies Catalog['reveal'];
