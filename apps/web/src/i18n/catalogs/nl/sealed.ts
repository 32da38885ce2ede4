import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    'Deze passkey kan geen verzegelde geheimen openen: de authenticator ondersteunt de PRF-extensie niet die Hushlink nodig heeft. Er is niets geopend. Gebruik een andere passkey, een die je accountpagina noemt als geschikt voor verzegelde geheimen.',
  files: 'Dit verzegelde geheim bevat bestanden, die deze pagina nog niet kan openen.',
  forSpecificPeople:
    'Deze link is voor bepaalde mensen: hij opent alleen voor de Hushlink-accounts waarvoor hij verzegeld is, elk met een eigen passkey. Hoor je daarbij, log dan in met je passkey. Heb je hier geen account, dan kun je hem nog niet openen: vraag degene die hem stuurde je uit te nodigen en hem opnieuw met je te delen zodra je een account hebt.',
  ownSecret:
    'Je hebt dit geheim zelf verzegeld, en zelf openen kost geen weergave: die blijven voor de mensen voor wie je het verzegelde.',
  notSealedToSender:
    'Je hebt dit geheim voor andere mensen verzegeld, niet voor je eigen passkeys, dus je kunt het niet openen. Alleen zij kunnen dat.',
  signedInAsSentence: 'Je bent ingelogd als {displayName} (@{name}).',
  viewsNote:
    '{count, plural, one {Openen kost een weergave. Dit is de laatste: het geheim wordt van de server verwijderd zodra je het opent.} other {Openen kost een weergave; er zijn er nog #.}}',
  notSealedToUsedNamed: 'Het is niet verzegeld voor de passkey die je gebruikte (‘{passkey}’).',
  notSealedToUsed: 'Het is niet verzegeld voor de passkey die je gebruikte.',
  noOtherPasskeys:
    'Geen van je andere passkeys kan verzegelde geheimen ontvangen: vraag de afzender het opnieuw te verzegelen voor een passkey die je hebt.',
  useOtherPasskeys:
    'Gebruik een andere passkey van je: {passkeys}. Een passkey die na het verzegelen is toegevoegd, kan het niet openen.',
  passkeyWithFingerprint: '‘{name}’ ({fingerprint})',
  signedInAs: 'Ingelogd als {displayName} (@{name}).',
  signInAndOpen: 'Inloggen met je passkey en openen',
  useAnotherPasskey: 'Andere passkey gebruiken',
  confirmAndOpen: 'Bevestigen met je passkey en openen',
  open: 'Openen',
  opening: 'Openen…',
  sessionEnded: 'Je sessie is verlopen. Log opnieuw in met je passkey om het te openen.',
  heldForAnotherPasskey:
    'Het geheim wordt in dit tabblad bewaard: een andere passkey proberen kost geen extra weergave. Herladen of het tabblad sluiten maakt het kwijt.',
  notSealedUseAnother:
    'Het is niet verzegeld voor de passkey die je gebruikte. Gebruik een andere passkey van je.',
  doNotTrustTitle: 'Vertrouw dit geheim niet',
  whoCanOpenSealed: 'Alleen de mensen voor wie het verzegeld is, met hun passkey',
  title: 'Er wacht een verzegeld geheim op je',
  lede: 'Het is verzegeld voor de passkeys van de mensen voor wie het bedoeld is: alleen jouw passkey kan het openen, in deze browser. De link bevat geen sleutel, en er wordt niets verbruikt tot je het opent.',
  senderVerified:
    'Verzegeld door {displayName} (@{name}), sleutel {fingerprint}, geverifieerd: de handtekening past bij een van hun sleutels.',
  senderRequestLink:
    'Afzender niet geverifieerd: beantwoord via je verzoeklink door iemand die niet was ingelogd.',
  senderBeforeSigning:
    'Afzender niet geverifieerd: verzegeld voordat afzenders ondertekenden wat ze verzegelen.',
  senderNoSigningKey:
    'Afzender niet geverifieerd: {displayName} (@{name}) heeft nog geen ondertekensleutel, dus het is niet ondertekend.',
  senderNewKey:
    'Deze browser heeft deze sleutel van diegene nog niet eerder gezien: vergelijk de vingerafdruk met die op diens accountpagina.',
  senderBeforeTheirKey:
    'Afzender niet geverifieerd: verzegeld voordat {displayName} (@{name}) een ondertekensleutel had, dus het is niet ondertekend.',
} satisfies Catalog['sealed'];
