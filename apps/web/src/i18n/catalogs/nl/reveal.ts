import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
  incompleteTitle: 'Deze link is onvolledig',
  goneTitle: 'Dit geheim is weg',
  damagedTitle: 'Deze link is beschadigd',
  notForYouTitle: 'Niet voor jou',
  whoLink: 'Iedereen met de link',
  whoTeam: 'Iedereen in het team (leden en beheerders, geen gasten)',
  whoPeople: 'Alleen de mensen met wie het is gedeeld',
  signInPeople:
    'Alleen de mensen met wie het is gedeeld kunnen het openen. Log in met je passkey om te laten zien dat jij het bent; je blijft op deze pagina.',
  signInTeam:
    'Alleen leden en beheerders van deze Hushlink kunnen het openen. Log in met je passkey; je blijft op deze pagina.',
  notForAGuest:
    'Dit geheim is voor het team (leden en beheerders) en gasten kunnen het niet openen. Vraag de afzender het op naam met je te delen.',
  viewsNote:
    '{count, plural, one {Tonen kost een weergave. Dit is de laatste: het geheim wordt van de server verwijderd zodra je het toont.} other {Tonen kost een weergave; er zijn er nog #.}}',
  reveal: 'Tonen',
  tryAgain: 'Opnieuw proberen',
  signInWithPasskey: 'Inloggen met een passkey',
  signedInAs: 'Ingelogd als {displayName} (@{name}).',
  waitingForPasskey: 'Wachten op je passkey…',
  signedIn: 'Ingelogd.',
  signedInPressReveal: 'Ingelogd. Druk op Tonen om het geheim te openen.',
  revealing: 'Openen…',
  downloading: 'Downloaden…',
  downloadingSlow: 'Downloaden (de wachtzin kost even tijd)…',
  decrypting: 'Ontsleutelen…',
  decryptingSlow: 'Ontsleutelen (de wachtzin kost even tijd)…',
  heldDownload:
    'De download wordt tot {time} in dit tabblad bewaard: opnieuw proberen kost geen extra weergave. Herladen of het tabblad sluiten maakt hem kwijt.',
  heldSecret:
    'Het geheim wordt in dit tabblad bewaard: opnieuw proberen kost geen extra weergave. Herladen of het tabblad sluiten maakt het kwijt.',
  expires: 'Verloopt',
  viewsLeft: 'Resterende weergaven',
  passphrase: 'Wachtzin',
  required: 'Vereist',
  none: 'Geen',
  whoCanOpen: 'Wie het kan openen',
  passphraseHint: 'De afzender hoort die apart aan je te hebben gegeven.',
  waitingTitle: 'Er wacht een geheim op je',
  waitingLede: 'Het wordt in deze browser ontsleuteld als je het toont. Tot dan wordt er niets verbruikt.',
  revealedTitle: 'Het geheim',
  hiddenNote: 'Verborgen. Druk op Bekijken om het weer te zien.',
  show: 'Bekijken',
  hide: 'Verbergen',
  lastView:
    'Dit was de laatste weergave: het geheim is nu van de server verwijderd. Kopieer het voordat je deze pagina verlaat.',
  moreViews:
    'De link kan nog {count, plural, one {# keer} other {# keer}} worden geopend voordat hij niet meer werkt.',
  notFromNetworkTitle: 'Niet vanaf dit netwerk',
} satisfies Catalog['reveal'];
