import type { Catalog } from '../../catalog.ts';

/** Italiano: the `common` group (see `../../en/common.ts`). */
export const common = {
  tagline: 'Condivisione di segreti con crittografia end-to-end',
  mainNav: 'Menu principale',
  footer:
    'Cifrato nel tuo browser con libsodium. La chiave resta nel link; il server conserva solo testo cifrato.',
  language: 'Lingua',
  navSignIn: 'Accedi',
  navNewSecret: 'Nuovo segreto',
  navMyLinks: 'I miei link',
  navAccount: 'Account',
  navAdmin: 'Amministrazione',
  navSignedInAs: 'Accesso effettuato come @{name}',
  signOut: 'Esci',
  signOutRetry: 'Esci (riprova)',
  shareYourOwn: 'Condividi un tuo segreto',
  somethingWrong: 'Qualcosa è andato storto',
  pageNotFound: 'Pagina non trovata',
  nothingHere: 'Non c’è niente a questo indirizzo.',
  copy: 'Copia',
  copied: 'Copiato',
  copyFailed: 'Copia non riuscita: seleziona il testo e copialo a mano.',
  incompleteLink: 'Questo link è incompleto: la parte dopo # manca o è danneggiata.',
  incompleteManageLink: 'Questo link di gestione è incompleto: la parte dopo # manca o è danneggiata.',
  damagedId:
    'Questo link è danneggiato: la parte dopo /s/ non è un identificativo di segreto valido. Controlla di aver copiato tutto il link.',
  gone: 'Questo segreto non c’è più: è scaduto, è già stato visto o è stato revocato.',
  decryptionFailed: 'Impossibile decifrare: la passphrase è sbagliata oppure il link è stato alterato.',
  senderNotVerified:
    'Questo segreto non è firmato dalla persona che il server indica come mittente. Non fidarti; avvisa il mittente e il tuo amministratore.',
  commitmentMismatch:
    'Questo segreto è stato alterato: la sua chiave non corrisponde a quella con cui è stato sigillato. Non è stato mostrato nulla; avvisa il mittente.',
  unreadable:
    'Impossibile leggere questo segreto: è stato creato da un’altra versione di Hushlink oppure è stato alterato.',
  passphraseNeeded: 'Inserisci prima la passphrase. Il mittente dovrebbe avertela data a parte.',
  network: 'Impossibile raggiungere il server Hushlink. Controlla la connessione e riprova.',
  unexpected: 'Qualcosa è andato storto. Non si è perso nulla; riprova.',
  sodiumFailed:
    'La libreria di crittografia non si è caricata in questo browser. Ricarica la pagina e riprova.',
  tooLarge: 'Questo segreto è troppo grande per essere condiviso come link.',
  emptySecret: 'Prima scrivi o incolla il segreto, oppure aggiungi dei file.',
  uploadCancelled: 'Annullato. Non è stato condiviso nulla e quanto già caricato è stato eliminato.',
  viewsRange: 'Le visualizzazioni devono essere un numero intero da 1 a 100.',
  forbiddenToken:
    'Questo link di gestione non appartiene a questo segreto. Controlla di aver copiato tutto il link.',
  notForYou: 'Questo segreto è stato condiviso con altre persone, non con te.',
  signInRequired: 'Accedi prima con la tua passkey.',
  pageFailed: 'Impossibile caricare questa pagina. Ricaricala e riprova.',
  stepUpCancelled:
    'Non hai confermato con la tua passkey, quindi non è stato modificato nulla. Riprova quando sei pronto.',
  stepUpUnavailable:
    'Non è stato possibile usare la tua passkey per confermare che sei tu, quindi non è stato modificato nulla. Riprova o usa un’altra passkey.',
  stepUpRequired:
    'Questa modifica richiede una nuova verifica con la tua passkey. Riprova e conferma che sei tu.',
  tooManyAttempts: 'Troppi tentativi; riprova tra {seconds, plural, one {# secondo} other {# secondi}}.',
  unauthorized: 'Questo server non accetta nuovi segreti senza accesso.',
  unknownUser: 'Una delle persone scelte non ha più un account attivo. Rimuovila e riprova.',
  originMismatch: 'Questa richiesta non proviene da questa pagina di Hushlink. Ricaricala e riprova.',
  cancel: 'Annulla',
  unknownBrowserTitle: 'Browser sconosciuto',
  unknownBrowser: 'browser sconosciuto',
  browserOn: '{browser} su {system}',
  networkPolicyDenied:
    'La tua organizzazione consente al tuo account di collegarsi a Hushlink solo dalle proprie reti, e non sei su nessuna di esse. Collegati alla rete dell’ufficio o alla sua VPN e riprova.',
  serverUnavailable: 'Il server Hushlink non è disponibile al momento. Riprova tra poco.',
} satisfies Catalog['common'];
