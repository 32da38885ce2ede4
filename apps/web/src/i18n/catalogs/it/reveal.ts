import type { Catalog } from '../../catalog.ts';

/** Italiano: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
  incompleteTitle: 'Questo link è incompleto',
  goneTitle: 'Questo segreto non c’è più',
  damagedTitle: 'Questo link è danneggiato',
  notForYouTitle: 'Non è per te',
  whoLink: 'Chiunque abbia il link',
  whoTeam: 'Chiunque nel team (membri e amministratori, non ospiti)',
  whoPeople: 'Solo le persone con cui è stato condiviso',
  signInPeople:
    'Solo le persone con cui è stato condiviso possono aprirlo. Accedi con la tua passkey per dimostrare che sei tu; resti su questa pagina.',
  signInTeam:
    'Solo i membri e gli amministratori di questo Hushlink possono aprirlo. Accedi con la tua passkey; resti su questa pagina.',
  notForAGuest:
    'Questo segreto è per il team (membri e amministratori) e gli ospiti non possono aprirlo. Chiedi al mittente di condividerlo con te per nome.',
  viewsNote:
    '{count, plural, one {Mostrarlo consuma una visualizzazione. È l’ultima: il segreto viene eliminato dal server quando lo mostri.} other {Mostrarlo consuma una visualizzazione; ne restano #.}}',
  reveal: 'Mostra',
  tryAgain: 'Riprova',
  signInWithPasskey: 'Accedi con una passkey',
  signedInAs: 'Accesso effettuato come {displayName} (@{name}).',
  waitingForPasskey: 'In attesa della tua passkey…',
  signedIn: 'Accesso effettuato.',
  signedInPressReveal: 'Accesso effettuato. Premi Mostra per aprire il segreto.',
  revealing: 'Apertura…',
  downloading: 'Download…',
  downloadingSlow: 'Download (la passphrase richiede un momento)…',
  decrypting: 'Decifratura…',
  decryptingSlow: 'Decifratura (la passphrase richiede un momento)…',
  heldDownload:
    'Il download resta in questa scheda fino alle {time}: riprovare non consuma un’altra visualizzazione. Ricaricando o chiudendo la scheda lo perdi.',
  heldSecret:
    'Il segreto resta in questa scheda: riprovare non consuma un’altra visualizzazione. Ricaricando o chiudendo la scheda lo perdi.',
  expires: 'Scade',
  viewsLeft: 'Visualizzazioni rimaste',
  passphrase: 'Passphrase',
  required: 'Richiesta',
  none: 'Nessuna',
  whoCanOpen: 'Chi può aprirlo',
  passphraseHint: 'Il mittente dovrebbe avertela data a parte.',
  waitingTitle: 'Un segreto ti aspetta',
  waitingLede: 'Viene decifrato in questo browser quando lo mostri. Fino ad allora non si consuma nulla.',
  revealedTitle: 'Il segreto',
  hiddenNote: 'Nascosto. Premi Vedi per vederlo di nuovo.',
  show: 'Vedi',
  hide: 'Nascondi',
  lastView:
    'Era l’ultima visualizzazione: il segreto è stato eliminato dal server. Copialo prima di lasciare questa pagina.',
  moreViews:
    'Il link si può aprire ancora {count, plural, one {# volta} other {# volte}} prima di smettere di funzionare.',
  notFromNetworkTitle: 'Non da questa rete',
} satisfies Catalog['reveal'];
