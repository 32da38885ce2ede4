import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Bevestig met je passkey dat jij het bent.',
  rejected: 'De passkey werd niet geaccepteerd. Probeer het opnieuw of gebruik een andere passkey.',
  challengeExpired: 'Het passkeyverzoek is verlopen. Probeer het opnieuw.',
  accountDisabled: 'Dit account is uitgeschakeld. Vraag het een beheerder van deze Hushlink.',
  nameTaken: 'Deze gebruikersnaam is al bezet. Kies een andere.',
  inviteInvalid: 'Deze uitnodigingslink is ongeldig, verlopen of al gebruikt. Vraag om een nieuwe.',
  registrationClosed:
    'Voor een nieuw account heb je een uitnodigingslink nodig van iemand van deze Hushlink.',
  alreadyRegistered:
    'Dit apparaat heeft al een passkey voor je account. Gebruik een ander apparaat of een beveiligingssleutel.',
  promptClosed: 'De passkeyvraag is gesloten of verlopen. Probeer het opnieuw als je zover bent.',
  wrongAddress:
    'Passkeys werken niet op dit adres. Open Hushlink op zijn eigen adres (https) en probeer het opnieuw.',
  unsupported:
    'Deze browser of dit apparaat kan hier geen passkeys gebruiken. Probeer een andere browser of een ander apparaat.',
  failed: 'De passkey kon niet worden gebruikt. Probeer het opnieuw.',
} satisfies Catalog['passkeys'];
