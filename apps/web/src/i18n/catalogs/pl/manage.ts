import type { Catalog } from '../../catalog.ts';

/** Polski: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Ten link do zarządzania jest niepełny',
  goneTitle: 'Tego sekretu już nie ma',
  revokeNow: 'Unieważnij teraz',
  question:
    'Unieważnić ten sekret? Jego link od razu przestanie działać dla wszystkich. Tego nie da się cofnąć.',
  yesRevoke: 'Tak, unieważnij',
  cancel: 'Anuluj',
  revoking: 'Unieważnianie…',
  revokedTitle: 'Unieważniono',
  revoked: 'Sekret jest unieważniony: jego szyfrogram usunięto, a link już nie działa.',
  title: 'Zarządzaj swoim sekretem',
  lede: 'Sekret wciąż czeka na odczytanie.',
  status: 'Stan',
  waiting: 'Czeka',
  viewsLeft: 'Pozostałe wyświetlenia',
  expires: 'Wygasa',
} satisfies Catalog['manage'];
