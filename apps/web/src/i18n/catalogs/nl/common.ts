import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `common` group (see `../../en/common.ts`). */
export const common = {
  tagline: 'Geheimen delen met end-to-end-versleuteling',
  mainNav: 'Hoofdmenu',
  footer:
    'Versleuteld in je browser met libsodium. De sleutel blijft in de link; de server bewaart alleen versleutelde tekst.',
  language: 'Taal',
  navSignIn: 'Inloggen',
  navNewSecret: 'Nieuw geheim',
  navMyLinks: 'Mijn links',
  navAccount: 'Account',
  navAdmin: 'Beheer',
  navSignedInAs: 'Ingelogd als @{name}',
  signOut: 'Uitloggen',
  signOutRetry: 'Uitloggen (opnieuw proberen)',
  shareYourOwn: 'Deel zelf een geheim',
  somethingWrong: 'Er ging iets mis',
  pageNotFound: 'Pagina niet gevonden',
  nothingHere: 'Op dit adres staat niets.',
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren mislukt: selecteer de tekst en kopieer hem met de hand.',
  incompleteLink: 'Deze link is onvolledig: het deel na # ontbreekt of is beschadigd.',
  incompleteManageLink: 'Deze beheerlink is onvolledig: het deel na # ontbreekt of is beschadigd.',
  damagedId:
    'Deze link is beschadigd: het deel na /s/ is geen geldige geheim-ID. Controleer of de hele link is gekopieerd.',
  gone: 'Dit geheim is weg: het is verlopen, al bekeken of ingetrokken.',
  decryptionFailed: 'Ontsleutelen mislukt: de wachtzin klopt niet, of de link is gewijzigd.',
  senderNotVerified:
    'Dit geheim is niet ondertekend door de persoon die de server als afzender noemt. Vertrouw het niet; meld het aan de afzender en je beheerder.',
  commitmentMismatch:
    'Dit geheim is gewijzigd: de sleutel past niet bij die waarmee het verzegeld is. Er is niets van getoond; meld het aan de afzender.',
  unreadable:
    'Dit geheim kon niet worden gelezen: het komt van een andere versie van Hushlink, of het is gewijzigd.',
  passphraseNeeded: 'Vul eerst de wachtzin in. De afzender hoort die apart aan je te hebben gegeven.',
  network: 'De Hushlink-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  unexpected: 'Er ging iets mis. Er is niets verloren; probeer het opnieuw.',
  sodiumFailed:
    'De versleutelingsbibliotheek kon niet laden in deze browser. Laad de pagina opnieuw en probeer het nog eens.',
  tooLarge: 'Dit geheim is te groot om als link te delen.',
  emptySecret: 'Typ of plak eerst het geheim, of voeg bestanden toe.',
  uploadCancelled: 'Geannuleerd. Er is niets gedeeld, en wat al was geüpload is verwijderd.',
  viewsRange: 'Het aantal weergaven moet een heel getal van 1 tot 100 zijn.',
  forbiddenToken: 'Deze beheerlink hoort niet bij dit geheim. Controleer of de hele link is gekopieerd.',
  notForYou: 'Dit geheim is met andere mensen gedeeld, niet met jou.',
  signInRequired: 'Log eerst in met je passkey.',
  pageFailed: 'Deze pagina kon niet laden. Laad haar opnieuw en probeer het nog eens.',
  stepUpCancelled:
    'Je hebt niet bevestigd met je passkey, dus er is niets veranderd. Probeer het opnieuw wanneer je zover bent.',
  stepUpUnavailable:
    'Je passkey kon niet bevestigen dat jij het bent, dus er is niets veranderd. Probeer het opnieuw of gebruik een andere passkey.',
  stepUpRequired:
    'Voor deze wijziging is een nieuwe controle met je passkey nodig. Probeer het opnieuw en bevestig dat jij het bent.',
  tooManyAttempts:
    'Te veel pogingen; probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.',
  unauthorized: 'Deze server neemt geen nieuwe geheimen aan zonder in te loggen.',
  unknownUser:
    'Een van de gekozen personen heeft geen actief account meer. Verwijder die persoon en probeer het opnieuw.',
  originMismatch:
    'Dit verzoek kwam niet van deze Hushlink-pagina. Laad haar opnieuw en probeer het nog eens.',
  cancel: 'Annuleren',
  unknownBrowserTitle: 'Onbekende browser',
  unknownBrowser: 'onbekende browser',
  browserOn: '{browser} op {system}',
  networkPolicyDenied:
    'Je organisatie laat je account alleen vanaf haar eigen netwerken met Hushlink verbinden, en je zit op geen daarvan. Maak verbinding met het kantoornetwerk of de VPN en probeer het opnieuw.',
  serverUnavailable: 'De Hushlink-server is nu niet beschikbaar. Probeer het zo meteen opnieuw.',
} satisfies Catalog['common'];
