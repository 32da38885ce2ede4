import type { Catalog } from '../../catalog.ts';

/** Polski: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'Nie udało się uruchomić procesu szyfrowania w tej przeglądarce. Odśwież stronę i spróbuj ponownie.',
  noPlace:
    'Ta przeglądarka nie potrafi ani zapisywać plików podczas pobierania, ani trzymać ich w swojej prywatnej pamięci, więc nie może zapisać tych plików. Otwórz link w aktualnym Chrome, Edge, Firefoksie lub Safari albo w kliencie wiersza poleceń hushlink. Nic nie zostało zużyte.',
  diskFull:
    'Brakuje wolnego miejsca, by ta przeglądarka zatrzymała odszyfrowane pliki. Zwolnij miejsce na dysku i spróbuj ponownie; nic nie zostało zachowane.',
  savedNote:
    'Każdy plik jest odszyfrowywany podczas pobierania i zapisywany tam, gdzie wybierzesz. Zostaje zachowany dopiero po pełnym odszyfrowaniu i sprawdzeniu; jeśli pobieranie się nie uda albo je anulujesz, niepełny plik zostanie odrzucony.',
  privateStorageNote:
    'Ta przeglądarka nie potrafi zapisywać plików podczas pobierania tam, gdzie wybierzesz, więc pliki są odszyfrowywane do jej prywatnej pamięci dla tej witryny i oferowane do zapisania, gdy wszystkie zostaną odszyfrowane i sprawdzone. Zostaną stamtąd usunięte, gdy opuścisz tę stronę.',
  decrypted: 'Pliki są odszyfrowane. Zapisz każdy z nich; zostają w tej karcie, dopóki jej nie opuścisz.',
  notEnoughSpace:
    'Te pliki potrzebują {needed} pamięci tej przeglądarki, a zostało {available}. Zwolnij miejsce na dysku albo otwórz link w kliencie wiersza poleceń hushlink. Nic nie zostało zużyte.',
  unreadable:
    'Nie udało się odczytać pliku {name}: mógł zostać przeniesiony lub zmieniony od chwili wybrania. Wybierz go ponownie.',
  tooMany: 'Jeden sekret może zawierać najwyżej {max} plików; usuń część.',
  tooLarge: 'Te pliki są za duże: razem zajmują {size}, a ten Hushlink przyjmuje najwyżej {limit} na sekret.',
  incomplete: 'Pobieranie skończyło się, zanim dotarł cały sekret. Spróbuj ponownie.',
  filesToShare: 'Pliki do udostępnienia',
  dropHint:
    'Upuść tu pliki albo je wybierz. Są szyfrowane w tej przeglądarce w miarę odczytu i wysyłane w miarę szyfrowania.',
  filesOptional: 'Pliki (opcjonalnie)',
  removeLabel: 'Usuń {name}',
  remove: 'Usuń',
  cancel: 'Anuluj',
  grantClosed: 'Okno pobierania się zamknęło: plików nie można już pobrać z serwera.',
  grantLeft:
    'Jeśli pobieranie się nie uda albo je anulujesz, możesz spróbować ponownie jeszcze przez {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} (do {until}) bez zużywania kolejnego wyświetlenia.',
  sizeUnknown: 'rozmiar znany po odszyfrowaniu',
  typeUnknown: 'nieznany typ',
  typeAndSize: '{type}, {size}',
  saveLabel: 'Zapisz {name}',
  saveAs: 'Zapisz…',
  save: 'Zapisz',
  savingCancelled: 'Anulowano zapisywanie pliku {name}.',
  savingFailed: 'Nie udało się zapisać pliku {name}: {reason}',
  decryptingCancelled: 'Anulowano odszyfrowywanie plików.',
  decryptingFailed: 'Nie udało się odszyfrować plików: {reason}',
  noSaveDialog: 'Nie udało się otworzyć okna zapisu: {reason}',
  downloadingOne: 'Pobieranie i odszyfrowywanie pliku {name}',
  downloadingAll: 'Pobieranie i odszyfrowywanie plików',
  savedInFull: 'Zapisano: w pełni odszyfrowany i sprawdzony.',
  saved: 'Zapisano {name}.',
  notSaved: 'Nie zapisano: niepełny plik został odrzucony.',
  checkedInFull: 'W pełni odszyfrowany i sprawdzony.',
  decryptFiles: 'Odszyfruj pliki',
  title: 'Pliki',
  lastView:
    'To było ostatnie wyświetlenie: sekret został usunięty z serwera. Zapisz pliki, zanim opuścisz tę stronę.',
  moreViews:
    'Link można otworzyć jeszcze {count, plural, one {# raz} few {# razy} many {# razy} other {# razy}}, zanim przestanie działać.',
  shareYourOwn: 'Udostępnij własny sekret',
} satisfies Catalog['files'];
