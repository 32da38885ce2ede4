import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `create` group (see `../../en/create.ts`). */
export const create = {
  title: 'Een geheim delen',
  lede: 'Je geheim wordt in deze browser versleuteld. De sleutel reist alleen mee in de link, dus de server ziet hem nooit.',
  noAccountsYet:
    'Deze Hushlink heeft nog geen accounts. {link}: dat wordt de beheerder, die alle anderen uitnodigt.',
  createFirstAccount: 'Maak het eerste account',
  accountsOnly:
    'Op deze Hushlink kunnen alleen mensen met een account geheimen delen. Log eerst in met je passkey.',
  signIn: 'Inloggen',
  expiry5m: '5 minuten',
  expiry1h: '1 uur',
  expiry1d: '1 dag',
  expiry7d: '7 dagen',
  expiry30d: '30 dagen',
  createLink: 'Link maken',
  choosePeople: 'Kies minstens één persoon, of een ander soort toegang.',
  encrypting: 'Versleutelen…',
  encryptingSlow: 'Versleutelen (de wachtzin kost even tijd)…',
  encryptingAndUploading: 'Versleutelen en uploaden…',
  uploadingFiles: 'De versleutelde bestanden worden geüpload',
  saving: 'Het versleutelde geheim wordt opgeslagen…',
  secret: 'Geheim',
  secretHint: 'Een wachtwoord, een API-sleutel, een notitie. Het wordt versleuteld voordat het vertrekt.',
  expiresAfter: 'Verloopt na',
  viewsAllowed: 'Toegestane weergaven',
  passphraseOptional: 'Wachtzin (optioneel)',
  passphraseHint:
    'Stuur de wachtzin via een ander kanaal (een telefoontje, een andere app), nooit samen met de link.',
  accessLink: 'Iedereen met de link',
  accessTeam: 'Iedereen in het team (leden en beheerders, geen gasten)',
  accessPeople: 'Alleen deze mensen',
  accessOnly: 'Alleen {names}',
  hintLink: 'Wie de link heeft, kan het openen.',
  hintTeam:
    'Leden en beheerders van deze Hushlink, nadat ze met hun passkey zijn ingelogd. Gasten (externen) kunnen het niet openen.',
  hintPeople: 'Alleen de accounts die je noemt, nadat ze met hun passkey zijn ingelogd.',
  people: 'Mensen',
  whoCanOpen: 'Wie het kan openen',
  notify: 'Laat het me weten als het geopend wordt',
  chosenPeople: 'Gekozen mensen',
  noOneByThatName: 'Niemand met die naam.',
  remove: '{name} verwijderen',
  added: '{name} toegevoegd.',
  removed: '{name} verwijderd.',
  pickerHint: 'Typ het begin van een naam en kies met de pijltjestoetsen en Enter.',
  readyOne: 'Je link staat klaar',
  readyTwo: 'Je links staan klaar',
  scanIt: 'Of scan hem met een telefoon.',
  qrLabel: 'QR-code van de geheime link',
  sendThisLink:
    'Stuur deze link naar de persoon die het geheim moet lezen. Hij kan {count, plural, one {één keer} other {# keer}} worden geopend.',
  secretLink: 'Geheime link',
  copyLink: 'Link kopiëren',
  passphraseSeparately: 'Stuur de wachtzin via een ander kanaal, nooit naast de link.',
  expires: 'Verloopt',
  passphrase: 'Wachtzin',
  required: 'Vereist',
  none: 'Geen',
  alsoInMyLinks: 'Hij staat ook in {link}, waar je ziet wie hem heeft geopend en hem kunt intrekken.',
  myLinks: 'Mijn links',
  keepManageLink: 'Bewaar de beheerlink',
  manageLinkWhy:
    'Hiermee trek je het geheim in voordat het gelezen is. Hij wordt maar één keer getoond: houd hem voor jezelf, stuur hem niet door.',
  manageLink: 'Beheerlink',
  copyManageLink: 'Beheerlink kopiëren',
  createAnother: 'Nog een maken',
  sealTo: 'Verzegelen voor hun passkeys',
  sealHint:
    'Alleen hun passkeys kunnen het openen: de link bevat geen sleutel en de server kan het niet ontsleutelen. Wie passkeys heeft die geen verzegelde geheimen kunnen ontvangen, krijgt in plaats daarvan een door de server gecontroleerde link.',
  reopenToo: 'Ik kan het ook opnieuw openen',
  checkingPasskeys: 'Je passkeys worden gecontroleerd…',
  noSealingKeysOfMine:
    'Geen van je passkeys kan verzegelde geheimen ontvangen, dus je kunt het niet opnieuw openen. Voeg er een toe die het wel kan op je accountpagina.',
  selfKeysFailed: 'Je sleutels konden niet worden opgehaald: je kunt het niet opnieuw openen.',
  alsoSealedToYou: 'Ook verzegeld voor je eigen passkeys: {keys}. Zelf openen kost geen weergave.',
  sealingKeysList: 'Verzegelsleutels van de gekozen mensen',
  lookingUpKeys: ': sleutels worden opgehaald…',
  keyWithPasskey: '{fingerprint} ({passkey})',
  cannotReceive:
    'Kan geen verzegelde geheimen ontvangen (geen van hun passkeys ondersteunt het). Krijgt in plaats daarvan een door de server gecontroleerde link: die bevat zijn sleutel, en de server laat alleen deze persoon hem openen.',
  canReceive: 'Kan verzegelde geheimen ontvangen. Sleutels: {keys}.',
  keysAdded: 'nieuw {fingerprints}',
  keysRemoved: 'weg {fingerprints}',
  keysChanged:
    'De sleutels van {name} zijn veranderd sinds je voor het laatst voor deze persoon verzegelde ({changes}). Een nieuwe passkey verklaart dat; is er geen toegevoegd, vraag het dan na voordat je iets stuurt.',
  nothingSealed:
    'Geen van de gekozen mensen kan verzegelde geheimen ontvangen, dus er wordt niets verzegeld: ze krijgen één door de server gecontroleerde link.',
  lookingUpTheirKeys: 'De sleutels van hun passkeys worden opgehaald…',
  encryptingForOthers: 'De link voor de anderen wordt versleuteld…',
  savingIt: 'Opslaan…',
  sealingIt: 'Verzegelen voor hun passkeys…',
  savingSealed: 'Het verzegelde geheim wordt opgeslagen…',
  sealedLink: 'Verzegelde link',
  gatedLink: 'Door de server gecontroleerde link',
  copySealedLink: 'Verzegelde link kopiëren',
  copyGatedLink: 'Gecontroleerde link kopiëren',
  sealedToHeading: 'Verzegeld voor {names}',
  gatedHeading: 'Voor {names}: niet verzegeld',
  sealedExplainedOthers:
    'Alleen hun passkeys kunnen het openen. De link bevat geen sleutel, dus je kunt hem via elk kanaal sturen, en de server kan het niet ontsleutelen.',
  sealedExplainedWithYou:
    'Alleen hun passkeys en de jouwe kunnen het openen. De link bevat geen sleutel, dus je kunt hem via elk kanaal sturen, en de server kan het niet ontsleutelen. Zelf openen kost geen weergave.',
  gatedExplained:
    'Hun passkeys kunnen geen verzegelde geheimen ontvangen, dus deze link bevat zijn sleutel en de server laat alleen hen hem openen nadat ze zijn ingelogd. Stuur hem alleen naar hen.',
  manageLinkOfSealed: 'Beheerlink van de verzegelde link',
  manageLinkOfGated: 'Beheerlink van de gecontroleerde link',
  manageLinkHint:
    'Houd hem voor jezelf: hij trekt deze link in voordat die gelezen is. Hij wordt maar één keer getoond.',
  twoLinks:
    'Sommige gekozen mensen kunnen verzegelde geheimen ontvangen en andere niet, dus er zijn twee links: stuur elke link alleen naar de mensen die erbij staan. Elke link kan {count, plural, one {één keer} other {# keer}} worden geopend.',
  onlyGated:
    'Geen van de gekozen mensen kan verzegelde geheimen ontvangen, dus deze link is niet verzegeld maar wordt door de server gecontroleerd. Stuur hem alleen naar de mensen die erbij staan. Hij kan {count, plural, one {één keer} other {# keer}} worden geopend.',
  sendToPeople:
    'Stuur deze link naar de mensen voor wie hij bedoeld is. Hij kan {count, plural, one {één keer} other {# keer}} worden geopend.',
  passphraseToo: 'De wachtzin is ook nodig: stuur die via een ander kanaal.',
  alsoInMyLinksPlural: 'Ze staan ook in {link}, waar je ziet wie ze heeft geopend en ze kunt intrekken.',
  // Named networks an admin defined
  namedNetworks: 'Alleen vanuit deze benoemde netwerken (optioneel)',
  namedNetworksHint:
    'Netwerken die uw beheerder een naam gaf. De link houdt hun adressen zoals ze nu zijn, ook als de beheerder ze later wijzigt.',
  networksLabel: 'Alleen vanaf deze netwerken (optioneel)',
  networksHint:
    'IP-adressen of bereiken, gescheiden door komma’s. Wordt de link ergens anders geopend, dan wordt hij geweigerd en wordt er niets verbruikt.',
  networksTooMany: 'Noem hoogstens {max} netwerken.',
  networkInvalid: '‘{range}’: {reason}.',
  notANetwork: 'geen netwerk',
} satisfies Catalog['create'];
