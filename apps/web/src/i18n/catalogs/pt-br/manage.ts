import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Este link de gerenciamento está incompleto',
  goneTitle: 'Este segredo não existe mais',
  revokeNow: 'Revogar agora',
  question: 'Revogar este segredo? O link para de funcionar na hora, para todo mundo. Não dá para desfazer.',
  yesRevoke: 'Sim, revogar',
  cancel: 'Cancelar',
  revoking: 'Revogando…',
  revokedTitle: 'Revogado',
  revoked: 'O segredo foi revogado: o texto cifrado foi apagado e o link não funciona mais.',
  title: 'Gerenciar seu segredo',
  lede: 'O segredo ainda está esperando para ser lido.',
  status: 'Estado',
  waiting: 'Aguardando',
  viewsLeft: 'Visualizações restantes',
  expires: 'Expira',
} satisfies Catalog['manage'];
