import type { Catalog } from '../../catalog.ts';

/** Italiano: the `create` group (see `../../en/create.ts`). */
export const create = {
  title: 'Condividi un segreto',
  lede: 'Il tuo segreto viene cifrato in questo browser. La chiave viaggia solo dentro il link, quindi il server non la vede mai.',
  noAccountsYet:
    'Questo Hushlink non ha ancora account. {link}: diventa l’amministratore, che invita tutti gli altri.',
  createFirstAccount: 'Crea il primo account',
  accountsOnly:
    'Su questo Hushlink solo chi ha un account può condividere segreti. Accedi prima con la tua passkey.',
  signIn: 'Accedi',
  expiry5m: '5 minuti',
  expiry1h: '1 ora',
  expiry1d: '1 giorno',
  expiry7d: '7 giorni',
  expiry30d: '30 giorni',
  createLink: 'Crea link',
  choosePeople: 'Scegli almeno una persona o un altro tipo di accesso.',
  encrypting: 'Cifratura…',
  encryptingSlow: 'Cifratura (la passphrase richiede un momento)…',
  encryptingAndUploading: 'Cifratura e caricamento…',
  uploadingFiles: 'Caricamento dei file cifrati',
  saving: 'Salvataggio del segreto cifrato…',
  secret: 'Segreto',
  secretHint: 'Una password, una chiave API, una nota. Viene cifrato prima di partire.',
  expiresAfter: 'Scade dopo',
  viewsAllowed: 'Visualizzazioni consentite',
  passphraseOptional: 'Passphrase (facoltativa)',
  passphraseHint:
    'Invia la passphrase su un altro canale (una telefonata, un’altra app), mai insieme al link.',
  accessLink: 'Chiunque abbia il link',
  accessTeam: 'Chiunque nel team (membri e amministratori, non ospiti)',
  accessPeople: 'Solo queste persone',
  accessOnly: 'Solo {names}',
  hintLink: 'Chiunque abbia il link può aprirlo.',
  hintTeam:
    'Membri e amministratori di questo Hushlink, dopo l’accesso con la loro passkey. Gli ospiti (collaboratori esterni) non possono aprirlo.',
  hintPeople: 'Solo gli account che indichi, dopo l’accesso con la loro passkey.',
  people: 'Persone',
  whoCanOpen: 'Chi può aprirlo',
  notify: 'Avvisami quando viene aperto',
  chosenPeople: 'Persone scelte',
  noOneByThatName: 'Nessuno con questo nome.',
  remove: 'Rimuovi {name}',
  added: '{name} aggiunto.',
  removed: '{name} rimosso.',
  pickerHint: 'Digita l’inizio di un nome, poi scegli con le frecce e Invio.',
  readyOne: 'Il tuo link è pronto',
  readyTwo: 'I tuoi link sono pronti',
  scanIt: 'Oppure inquadralo con un telefono.',
  qrLabel: 'Codice QR del link segreto',
  sendThisLink:
    'Invia questo link alla persona che deve leggere il segreto. Si può aprire {count, plural, one {una volta} other {# volte}}.',
  secretLink: 'Link segreto',
  copyLink: 'Copia link',
  passphraseSeparately: 'Invia la passphrase su un altro canale, mai accanto al link.',
  expires: 'Scade',
  passphrase: 'Passphrase',
  required: 'Richiesta',
  none: 'Nessuna',
  alsoInMyLinks: 'Lo trovi anche in {link}, dove vedi chi l’ha aperto e puoi revocarlo.',
  myLinks: 'I miei link',
  keepManageLink: 'Conserva il link di gestione',
  manageLinkWhy:
    'Ti permette di revocare il segreto prima che venga letto. Viene mostrato una sola volta: tienilo per te, non inviarlo.',
  manageLink: 'Link di gestione',
  copyManageLink: 'Copia link di gestione',
  createAnother: 'Creane un altro',
  sealTo: 'Sigillalo per le loro passkey',
  sealHint:
    'Solo le loro passkey possono aprirlo: il link non contiene alcuna chiave e il server non può decifrarlo. Chi ha passkey che non possono ricevere segreti sigillati riceve invece un link controllato dal server.',
  reopenToo: 'Posso riaprirlo anch’io',
  checkingPasskeys: 'Controllo delle tue passkey…',
  noSealingKeysOfMine:
    'Nessuna delle tue passkey può ricevere segreti sigillati, quindi non potrai riaprirlo. Aggiungine una adatta dalla pagina del tuo account.',
  selfKeysFailed: 'Impossibile recuperare le tue chiavi: non potrai riaprirlo.',
  alsoSealedToYou: 'Sigillato anche per le tue passkey: {keys}. Se lo apri tu, non consumi visualizzazioni.',
  sealingKeysList: 'Chiavi di sigillatura delle persone scelte',
  lookingUpKeys: ': recupero delle chiavi…',
  keyWithPasskey: '{fingerprint} ({passkey})',
  cannotReceive:
    'Non può ricevere segreti sigillati (nessuna delle sue passkey lo supporta). Riceve invece un link controllato dal server: contiene la sua chiave, e il server lo fa aprire solo a questa persona.',
  canReceive: 'Può ricevere segreti sigillati. Chiavi: {keys}.',
  keysAdded: 'nuove {fingerprints}',
  keysRemoved: 'rimosse {fingerprints}',
  keysChanged:
    'Le chiavi di {name} sono cambiate dall’ultima volta che hai sigillato per questa persona ({changes}). Una nuova passkey lo spiega; se non ne ha aggiunte, verifica con lei prima di inviare.',
  nothingSealed:
    'Nessuna delle persone scelte può ricevere segreti sigillati, quindi non verrà sigillato nulla: riceveranno un unico link controllato dal server.',
  lookingUpTheirKeys: 'Recupero delle chiavi delle loro passkey…',
  encryptingForOthers: 'Cifratura del link per gli altri…',
  savingIt: 'Salvataggio…',
  sealingIt: 'Sigillatura per le loro passkey…',
  savingSealed: 'Salvataggio del segreto sigillato…',
  sealedLink: 'Link sigillato',
  gatedLink: 'Link controllato dal server',
  copySealedLink: 'Copia link sigillato',
  copyGatedLink: 'Copia link controllato',
  sealedToHeading: 'Sigillato per {names}',
  gatedHeading: 'Per {names}: non sigillato',
  sealedExplainedOthers:
    'Solo le loro passkey possono aprirlo. Il link non contiene alcuna chiave, quindi puoi inviarlo su qualsiasi canale, e il server non può decifrarlo.',
  sealedExplainedWithYou:
    'Solo le loro passkey e le tue possono aprirlo. Il link non contiene alcuna chiave, quindi puoi inviarlo su qualsiasi canale, e il server non può decifrarlo. Se lo apri tu, non consumi visualizzazioni.',
  gatedExplained:
    'Le loro passkey non possono ricevere segreti sigillati, quindi questo link contiene la sua chiave e il server lo fa aprire solo a loro dopo l’accesso. Invialo solo a loro.',
  manageLinkOfSealed: 'Link di gestione del link sigillato',
  manageLinkOfGated: 'Link di gestione del link controllato',
  manageLinkHint: 'Tienilo per te: revoca questo link prima che venga letto. Viene mostrato una sola volta.',
  twoLinks:
    'Alcune delle persone scelte possono ricevere segreti sigillati e altre no, quindi ci sono due link: invia ciascuno solo alle persone che indica. Ognuno si può aprire {count, plural, one {una volta} other {# volte}}.',
  onlyGated:
    'Nessuna delle persone scelte può ricevere segreti sigillati, quindi questo link non è sigillato ma controllato dal server. Invialo solo alle persone che indica. Si può aprire {count, plural, one {una volta} other {# volte}}.',
  sendToPeople:
    'Invia questo link alle persone a cui è destinato. Si può aprire {count, plural, one {una volta} other {# volte}}.',
  passphraseToo: 'Serve anche la passphrase: inviala su un altro canale.',
  alsoInMyLinksPlural: 'Li trovi anche in {link}, dove vedi chi li ha aperti e puoi revocarli.',
  // Named networks an admin defined
  namedNetworks: 'Solo da queste reti con nome (facoltativo)',
  namedNetworksHint:
    'Reti a cui il tuo admin ha dato un nome. Il link mantiene i loro indirizzi come sono ora, anche se l’admin li cambia in seguito.',
  networksLabel: 'Solo da queste reti (facoltativo)',
  networksHint:
    'Indirizzi IP o intervalli, separati da virgole. Se aperto da altrove, il link viene rifiutato e non si consuma nulla.',
  networksTooMany: 'Indica al massimo {max} reti.',
  networkInvalid: '“{range}”: {reason}.',
  notANetwork: 'non è una rete',
} satisfies Catalog['create'];
