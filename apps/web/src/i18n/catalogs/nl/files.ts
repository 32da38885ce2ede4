import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'De versleutelingsworker kon in deze browser niet starten. Laad de pagina opnieuw en probeer het nog eens.',
  noPlace:
    'Deze browser kan bestanden niet tijdens het downloaden wegschrijven en ook niet in zijn privéopslag bewaren, dus hij kan deze bestanden niet opslaan. Open de link in een recente Chrome, Edge, Firefox of Safari, of met de opdrachtregelclient hushlink. Er is niets verbruikt.',
  diskFull:
    'Er is niet genoeg vrije ruimte voor deze browser om de ontsleutelde bestanden te bewaren. Maak schijfruimte vrij en probeer het opnieuw; er is niets bewaard.',
  savedNote:
    'Elk bestand wordt tijdens het downloaden ontsleuteld en weggeschreven waar jij kiest. Het wordt pas bewaard als het helemaal ontsleuteld en gecontroleerd is; mislukt de download of annuleer je hem, dan wordt het halve bestand weggegooid.',
  privateStorageNote:
    'Deze browser kan bestanden tijdens het downloaden niet wegschrijven waar jij kiest, dus ze worden ontsleuteld in zijn privéopslag voor deze site en aangeboden om op te slaan zodra ze allemaal ontsleuteld en gecontroleerd zijn. Ze worden daar verwijderd als je deze pagina verlaat.',
  decrypted:
    'De bestanden zijn ontsleuteld. Sla ze een voor een op; ze blijven in dit tabblad tot je het verlaat.',
  notEnoughSpace:
    'Deze bestanden hebben {needed} van de opslag van deze browser nodig, en er is nog {available} over. Maak schijfruimte vrij, of open de link met de opdrachtregelclient hushlink. Er is niets verbruikt.',
  unreadable:
    '{name} kon niet worden gelezen: het is misschien verplaatst of gewijzigd sinds je het koos. Kies het opnieuw.',
  tooMany: 'Eén geheim kan hoogstens {max} bestanden bevatten; verwijder er een paar.',
  tooLarge:
    'Deze bestanden zijn te groot: samen nemen ze {size} in beslag, en deze Hushlink neemt hoogstens {limit} per geheim aan.',
  incomplete: 'De download stopte voordat het hele geheim binnen was. Probeer het opnieuw.',
  filesToShare: 'Te delen bestanden',
  dropHint:
    'Sleep bestanden hierheen of kies ze. Ze worden in deze browser versleuteld terwijl ze worden gelezen, en geüpload terwijl ze worden versleuteld.',
  filesOptional: 'Bestanden (optioneel)',
  removeLabel: '{name} verwijderen',
  remove: 'Verwijderen',
  cancel: 'Annuleren',
  grantClosed:
    'De downloadperiode is voorbij: de bestanden kunnen niet meer van de server worden gedownload.',
  grantLeft:
    'Mislukt een download of annuleer je hem, dan kun je het nog {minutes, plural, one {# minuut} other {# minuten}} opnieuw proberen (tot {until}) zonder een extra weergave te verbruiken.',
  sizeUnknown: 'grootte bekend na ontsleutelen',
  typeUnknown: 'onbekend type',
  typeAndSize: '{type}, {size}',
  saveLabel: '{name} opslaan',
  saveAs: 'Opslaan…',
  save: 'Opslaan',
  savingCancelled: 'Opslaan van {name} geannuleerd.',
  savingFailed: 'Opslaan van {name} mislukt: {reason}',
  decryptingCancelled: 'Ontsleutelen van de bestanden geannuleerd.',
  decryptingFailed: 'Ontsleutelen van de bestanden mislukt: {reason}',
  noSaveDialog: 'Het opslagvenster kon niet worden geopend: {reason}',
  downloadingOne: '{name} downloaden en ontsleutelen',
  downloadingAll: 'De bestanden downloaden en ontsleutelen',
  savedInFull: 'Opgeslagen: helemaal ontsleuteld en gecontroleerd.',
  saved: '{name} opgeslagen.',
  notSaved: 'Niet opgeslagen: het halve bestand is weggegooid.',
  checkedInFull: 'Helemaal ontsleuteld en gecontroleerd.',
  decryptFiles: 'Bestanden ontsleutelen',
  title: 'De bestanden',
  lastView:
    'Dit was de laatste weergave: het geheim is nu van de server verwijderd. Sla de bestanden op voordat je deze pagina verlaat.',
  moreViews:
    'De link kan nog {count, plural, one {# keer} other {# keer}} worden geopend voordat hij niet meer werkt.',
  shareYourOwn: 'Zelf een geheim delen',
} satisfies Catalog['files'];
