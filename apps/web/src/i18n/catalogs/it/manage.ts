import type { Catalog } from '../../catalog.ts';

/** Italiano: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Questo link di gestione è incompleto',
  goneTitle: 'Questo segreto non c’è più',
  revokeNow: 'Revoca ora',
  question:
    'Revocare questo segreto? Il suo link smette subito di funzionare, per tutti. Non si può annullare.',
  yesRevoke: 'Sì, revoca',
  cancel: 'Annulla',
  revoking: 'Revoca in corso…',
  revokedTitle: 'Revocato',
  revoked: 'Il segreto è revocato: il testo cifrato è stato eliminato e il link non funziona più.',
  title: 'Gestisci il tuo segreto',
  lede: 'Il segreto è ancora in attesa di essere letto.',
  status: 'Stato',
  waiting: 'In attesa',
  viewsLeft: 'Visualizzazioni rimaste',
  expires: 'Scade',
} satisfies Catalog['manage'];
