import type { Catalog } from '../../catalog.ts';

/** Polski: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Ten link jest niepełny',
  incomplete: 'Ten link z prośbą jest niepełny: brakuje części po # albo jest uszkodzona.',
  damagedTitle: 'Ten link jest uszkodzony',
  damaged: 'Ten link z prośbą jest uszkodzony: część po /r/ nie jest prawidłowym identyfikatorem prośby.',
  goneTitle: 'Ta prośba jest zamknięta',
  gone: 'Ta prośba nie jest już otwarta: ktoś już na nią odpowiedział, wygasła albo została wycofana.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Najpierw wpisz lub wklej sekret.',
  sealing: 'Pieczętowanie dla kluczy dostępu użytkownika {name}…',
  sending: 'Wysyłanie zapieczętowanego sekretu…',
  askedBy: 'Prosi',
  theirNote: 'Notatka',
  openUntil: 'Otwarta do',
  sealedTo: 'Zapieczętowano dla',
  theirKeys: '{fingerprints} (klucze jego kluczy dostępu)',
  keyMismatch:
    'Klucze w tym linku różnią się od tych, które ten serwer podaje dla użytkownika {name}. Sekret zostanie zapieczętowany dla kluczy z linku. Jeśli link nie dotarł do Ciebie bezpośrednio od tej osoby, zapytaj ją przed wysłaniem.',
  secret: 'Sekret',
  secretHint:
    'Jest pieczętowany w tej przeglądarce tak, że otworzą go tylko klucze dostępu użytkownika {name}. Nikt inny, nawet ten serwer, nie może go odczytać.',
  sealAndSend: 'Zapieczętuj i wyślij',
  asks: '{name} prosi Cię o sekret',
  lede: 'To, co tu wpiszesz, zostanie zaszyfrowane w tej przeglądarce dla kluczy dostępu tej osoby, zanim zostanie wysłane. Nie potrzebujesz konta.',
  sent: 'Wysłano',
  sentLede:
    'Sekret zapieczętowano dla kluczy dostępu użytkownika {name} i wysłano. Tylko ta osoba może go otworzyć; możesz zamknąć tę stronę.',
  shareYourOwn: 'Udostępnij własny sekret',
} satisfies Catalog['request'];
