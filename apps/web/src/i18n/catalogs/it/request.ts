import type { Catalog } from '../../catalog.ts';

/** Italiano: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Questo link è incompleto',
  incomplete: 'Questo link di richiesta è incompleto: la parte dopo # manca o è danneggiata.',
  damagedTitle: 'Questo link è danneggiato',
  damaged:
    'Questo link di richiesta è danneggiato: la parte dopo /r/ non è un identificativo di richiesta valido.',
  goneTitle: 'Questa richiesta è chiusa',
  gone: 'Questa richiesta non è più aperta: ha già ricevuto risposta, è scaduta o è stata ritirata.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Prima scrivi o incolla il segreto.',
  sealing: 'Sigillo per le passkey di {name}…',
  sending: 'Invio del segreto sigillato…',
  askedBy: 'Richiesto da',
  theirNote: 'La sua nota',
  openUntil: 'Aperta fino al',
  sealedTo: 'Sigillato per',
  theirKeys: '{fingerprints} (le chiavi delle sue passkey)',
  keyMismatch:
    'Le chiavi in questo link sono diverse da quelle che questo server indica per {name}. Il segreto viene sigillato per le chiavi del link. Se il link non ti è arrivato direttamente da questa persona, chiedile prima di inviare.',
  secret: 'Segreto',
  secretHint:
    'Viene sigillato in questo browser così che solo le passkey di {name} possano aprirlo. Nessun altro, nemmeno questo server, può leggerlo.',
  sealAndSend: 'Sigilla e invia',
  asks: '{name} ti chiede un segreto',
  lede: 'Ciò che scrivi qui viene cifrato in questo browser per le sue passkey prima dell’invio. Non ti serve un account.',
  sent: 'Inviato',
  sentLede:
    'Il segreto è stato sigillato per le passkey di {name} e inviato. Solo questa persona può aprirlo; puoi chiudere questa pagina.',
  shareYourOwn: 'Condividi tu un segreto',
} satisfies Catalog['request'];
