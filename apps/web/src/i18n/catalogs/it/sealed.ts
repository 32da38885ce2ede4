import type { Catalog } from '../../catalog.ts';

/** Italiano: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    'Questa passkey non può aprire segreti sigillati: il suo autenticatore non supporta l’estensione PRF di cui Hushlink ha bisogno. Non è stato aperto nulla. Usa un’altra delle tue passkey, una che la pagina del tuo account indica come in grado di ricevere segreti sigillati.',
  files: 'Questo segreto sigillato contiene file, che questa pagina non sa ancora aprire.',
  forSpecificPeople:
    'Questo link è per persone precise: si apre solo per gli account Hushlink per cui è stato sigillato, ciascuno con la propria passkey. Se sei una di queste persone, accedi con la tua passkey. Se qui non hai un account, non puoi ancora aprirlo: chiedi a chi te l’ha inviato di invitarti e di condividerlo di nuovo con te quando avrai un account.',
  ownSecret:
    'Hai sigillato tu questo segreto, e aprirlo tu non consuma visualizzazioni: restano alle persone per cui l’hai sigillato.',
  notSealedToSender:
    'Hai sigillato questo segreto per altre persone, non per le tue passkey, quindi non puoi aprirlo. Possono farlo solo loro.',
  signedInAsSentence: 'Hai effettuato l’accesso come {displayName} (@{name}).',
  viewsNote:
    '{count, plural, one {Aprirlo consuma una visualizzazione. È l’ultima: il segreto viene eliminato dal server quando lo apri.} other {Aprirlo consuma una visualizzazione; ne restano #.}}',
  notSealedToUsedNamed: 'Non è stato sigillato per la passkey che hai usato («{passkey}»).',
  notSealedToUsed: 'Non è stato sigillato per la passkey che hai usato.',
  noOtherPasskeys:
    'Nessuna delle tue altre passkey può ricevere segreti sigillati: chiedi al mittente di sigillarlo di nuovo per una passkey che hai.',
  useOtherPasskeys:
    'Usa un’altra delle tue passkey: {passkeys}. Una passkey aggiunta dopo la sigillatura non può aprirlo.',
  passkeyWithFingerprint: '«{name}» ({fingerprint})',
  signedInAs: 'Accesso effettuato come {displayName} (@{name}).',
  signInAndOpen: 'Accedi con la tua passkey e apri',
  useAnotherPasskey: 'Usa un’altra passkey',
  confirmAndOpen: 'Conferma con la tua passkey e apri',
  open: 'Apri',
  opening: 'Apertura…',
  sessionEnded: 'La tua sessione è terminata. Accedi di nuovo con la tua passkey per aprirlo.',
  heldForAnotherPasskey:
    'Il segreto resta in questa scheda: provare un’altra passkey non consuma un’altra visualizzazione. Ricaricando o chiudendo la scheda lo perdi.',
  notSealedUseAnother: 'Non è stato sigillato per la passkey che hai usato. Usa un’altra delle tue passkey.',
  doNotTrustTitle: 'Non fidarti di questo segreto',
  whoCanOpenSealed: 'Solo le persone per cui è stato sigillato, con la loro passkey',
  title: 'Un segreto sigillato ti aspetta',
  lede: 'È stato sigillato per le passkey delle persone a cui è destinato: solo la tua passkey può aprirlo, in questo browser. Il link non contiene alcuna chiave e non si consuma nulla finché non lo apri.',
  senderVerified:
    'Sigillato da {displayName} (@{name}), chiave {fingerprint}, verificato: la firma corrisponde a una sua chiave.',
  senderRequestLink:
    'Mittente non verificato: risposta inviata tramite il tuo link di richiesta da qualcuno che non aveva effettuato l’accesso.',
  senderBeforeSigning:
    'Mittente non verificato: sigillato prima che i mittenti firmassero ciò che sigillano.',
  senderNoSigningKey:
    'Mittente non verificato: {displayName} (@{name}) non ha ancora una chiave di firma, quindi non è firmato.',
  senderNewKey:
    'Questo browser non ha mai visto prima questa sua chiave: confronta l’impronta con quella nella sua pagina Account.',
  senderBeforeTheirKey:
    'Mittente non verificato: sigillato prima che {displayName} (@{name}) avesse una chiave di firma, quindi non è firmato.',
} satisfies Catalog['sealed'];
