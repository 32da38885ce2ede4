import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Deze beheerlink is onvolledig',
  goneTitle: 'Dit geheim is weg',
  revokeNow: 'Nu intrekken',
  question:
    'Dit geheim intrekken? De link werkt dan meteen niet meer, voor niemand. Dit kan niet ongedaan worden gemaakt.',
  yesRevoke: 'Ja, intrekken',
  cancel: 'Annuleren',
  revoking: 'Bezig met intrekken…',
  revokedTitle: 'Ingetrokken',
  revoked: 'Het geheim is ingetrokken: de versleutelde tekst is verwijderd en de link werkt niet meer.',
  title: 'Je geheim beheren',
  lede: 'Het geheim wacht nog om gelezen te worden.',
  status: 'Status',
  waiting: 'Wacht',
  viewsLeft: 'Resterende weergaven',
  expires: 'Verloopt',
} satisfies Catalog['manage'];
