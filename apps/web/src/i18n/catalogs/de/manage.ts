import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Dieser Verwaltungslink ist unvollständig',
  goneTitle: 'Dieses Geheimnis ist weg',
  revokeNow: 'Jetzt widerrufen',
  question:
    'Dieses Geheimnis widerrufen? Sein Link funktioniert dann sofort für niemanden mehr. Das lässt sich nicht rückgängig machen.',
  yesRevoke: 'Ja, widerrufen',
  cancel: 'Abbrechen',
  revoking: 'Wird widerrufen…',
  revokedTitle: 'Widerrufen',
  revoked:
    'Das Geheimnis ist widerrufen: Sein Chiffretext wurde gelöscht, und sein Link funktioniert nicht mehr.',
  title: 'Ihr Geheimnis verwalten',
  lede: 'Das Geheimnis wartet noch darauf, gelesen zu werden.',
  status: 'Status',
  waiting: 'Wartet',
  viewsLeft: 'Verbleibende Aufrufe',
  expires: 'Läuft ab',
} satisfies Catalog['manage'];
