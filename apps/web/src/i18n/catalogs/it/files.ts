import type { Catalog } from '../../catalog.ts';

/** Italiano: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'Il worker di cifratura non è riuscito ad avviarsi in questo browser. Ricarica la pagina e riprova.',
  noPlace:
    'Questo browser non può né scrivere i file durante il download né tenerli nella sua memoria privata, quindi non può salvare questi file. Apri il link in un Chrome, Edge, Firefox o Safari aggiornato, oppure con il client a riga di comando hushlink. Non è stato consumato nulla.',
  diskFull:
    'Non c’è abbastanza spazio libero perché questo browser tenga i file decifrati. Libera spazio su disco e riprova; non è stato tenuto nulla.',
  savedNote:
    'Ogni file viene decifrato durante il download e scritto dove scegli. Viene tenuto solo quando è stato decifrato e verificato per intero; se il download fallisce o lo annulli, il file parziale viene scartato.',
  privateStorageNote:
    'Questo browser non può scrivere i file dove scegli durante il download, quindi i file vengono decifrati nella sua memoria privata per questo sito e offerti per il salvataggio quando sono stati tutti decifrati e verificati. Vengono eliminati da lì quando lasci questa pagina.',
  decrypted: 'I file sono decifrati. Salvali uno per uno; restano in questa scheda finché non la lasci.',
  notEnoughSpace:
    'Questi file richiedono {needed} della memoria di questo browser, e ne restano {available}. Libera spazio su disco, oppure apri il link con il client a riga di comando hushlink. Non è stato consumato nulla.',
  unreadable:
    'Impossibile leggere {name}: potrebbe essere stato spostato o modificato da quando l’hai scelto. Sceglilo di nuovo.',
  tooMany: 'Un segreto può contenere al massimo {max} file; rimuovine alcuni.',
  tooLarge:
    'Questi file sono troppo grandi: insieme occupano {size}, e questo Hushlink accetta al massimo {limit} per segreto.',
  incomplete: 'Il download si è interrotto prima che arrivasse l’intero segreto. Riprova.',
  filesToShare: 'File da condividere',
  dropHint:
    'Trascina qui i file o sceglili. Vengono cifrati in questo browser mentre vengono letti e caricati mentre vengono cifrati.',
  filesOptional: 'File (facoltativo)',
  removeLabel: 'Rimuovi {name}',
  remove: 'Rimuovi',
  cancel: 'Annulla',
  grantClosed: 'La finestra di download si è chiusa: i file non possono più essere scaricati dal server.',
  grantLeft:
    'Se un download fallisce o lo annulli, puoi riprovare per {minutes, plural, one {# altro minuto} other {altri # minuti}} (fino alle {until}) senza consumare un’altra visualizzazione.',
  sizeUnknown: 'dimensione nota dopo la decifratura',
  typeUnknown: 'tipo sconosciuto',
  typeAndSize: '{type}, {size}',
  saveLabel: 'Salva {name}',
  saveAs: 'Salva…',
  save: 'Salva',
  savingCancelled: 'Salvataggio di {name} annullato.',
  savingFailed: 'Salvataggio di {name} non riuscito: {reason}',
  decryptingCancelled: 'Decifratura dei file annullata.',
  decryptingFailed: 'Decifratura dei file non riuscita: {reason}',
  noSaveDialog: 'Impossibile aprire la finestra di salvataggio: {reason}',
  downloadingOne: 'Download e decifratura di {name}',
  downloadingAll: 'Download e decifratura dei file',
  savedInFull: 'Salvato: decifrato e verificato per intero.',
  saved: '{name} salvato.',
  notSaved: 'Non salvato: il file parziale è stato scartato.',
  checkedInFull: 'Decifrato e verificato per intero.',
  decryptFiles: 'Decifra i file',
  title: 'I file',
  lastView:
    'Questa era l’ultima visualizzazione: il segreto è ora eliminato dal server. Salva i file prima di lasciare questa pagina.',
  moreViews:
    'Il link si può aprire ancora {count, plural, one {# volta} other {# volte}} prima che smetta di funzionare.',
  shareYourOwn: 'Condividi tu un segreto',
} satisfies Catalog['files'];
