import type { Catalog } from '../../catalog.ts';

/** Polski: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Potwierdź kluczem dostępu, że to Ty.',
  rejected: 'Klucz dostępu nie został zaakceptowany. Spróbuj ponownie albo użyj innego klucza dostępu.',
  challengeExpired: 'Żądanie klucza dostępu wygasło. Spróbuj ponownie.',
  accountDisabled: 'To konto jest wyłączone. Zwróć się do administratora tego Hushlinka.',
  nameTaken: 'Ta nazwa użytkownika jest zajęta. Wybierz inną.',
  inviteInvalid: 'Ten link z zaproszeniem jest nieprawidłowy, wygasł albo został już użyty. Poproś o nowy.',
  registrationClosed: 'Nowe konto wymaga linku z zaproszeniem od kogoś z tego Hushlinka.',
  alreadyRegistered:
    'To urządzenie ma już klucz dostępu do Twojego konta. Użyj innego urządzenia lub klucza bezpieczeństwa.',
  promptClosed:
    'Okno klucza dostępu zostało zamknięte lub minął czas. Spróbuj ponownie, gdy będziesz gotowy.',
  wrongAddress:
    'Klucze dostępu nie działają pod tym adresem. Otwórz Hushlink pod jego własnym adresem (https) i spróbuj ponownie.',
  unsupported:
    'Ta przeglądarka lub to urządzenie nie może tu używać kluczy dostępu. Spróbuj innej przeglądarki lub innego urządzenia.',
  failed: 'Nie udało się użyć klucza dostępu. Spróbuj ponownie.',
} satisfies Catalog['passkeys'];
