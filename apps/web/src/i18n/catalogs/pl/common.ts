import type { Catalog } from '../../catalog.ts';

/** Polski: the `common` group (see `../../en/common.ts`). */
export const common = {
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
  unreadable: 'Nie udało się odczytać tego sekretu: pochodzi z innej wersji Hushlink albo został zmieniony.',
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
  cancel: 'Anuluj',
  unknownBrowserTitle: 'Nieznana przeglądarka',
  unknownBrowser: 'nieznana przeglądarka',
  browserOn: '{browser} w systemie {system}',
  networkPolicyDenied:
    'Twoja organizacja pozwala Twojemu kontu łączyć się z Hushlinkiem tylko z jej własnych sieci, a nie jesteś w żadnej z nich. Połącz się z siecią biura lub jej VPN i spróbuj ponownie.',
  serverUnavailable: 'Serwer Hushlink jest teraz niedostępny. Spróbuj ponownie za chwilę.',
} satisfies Catalog['common'];
