import type { Catalog } from '../../catalog.ts';

/** Français: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Ce lien de gestion est incomplet',
  goneTitle: 'Ce secret n’existe plus',
  revokeNow: 'Révoquer maintenant',
  question:
    'Révoquer ce secret ? Son lien cesse aussitôt de fonctionner, pour tout le monde. C’est irréversible.',
  yesRevoke: 'Oui, révoquer',
  cancel: 'Annuler',
  revoking: 'Révocation…',
  revokedTitle: 'Révoqué',
  revoked: 'Le secret est révoqué : son texte chiffré a été supprimé et son lien ne fonctionne plus.',
  title: 'Gérer votre secret',
  lede: 'Le secret attend toujours d’être lu.',
  status: 'État',
  waiting: 'En attente',
  viewsLeft: 'Ouvertures restantes',
  expires: 'Expire',
} satisfies Catalog['manage'];
