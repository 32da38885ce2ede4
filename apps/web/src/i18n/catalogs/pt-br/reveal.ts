import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
  incompleteTitle: 'Este link está incompleto',
  goneTitle: 'Este segredo não existe mais',
  damagedTitle: 'Este link está danificado',
  notForYouTitle: 'Não é para você',
  whoLink: 'Qualquer pessoa com o link',
  whoTeam: 'Qualquer pessoa da equipe (membros e administradores, não convidados)',
  whoPeople: 'Somente as pessoas com quem foi compartilhado',
  signInPeople:
    'Somente as pessoas com quem foi compartilhado podem abrir. Entre com sua chave de acesso para mostrar que é você; você continua nesta página.',
  signInTeam:
    'Somente membros e administradores deste Hushlink podem abrir. Entre com sua chave de acesso; você continua nesta página.',
  notForAGuest:
    'Este segredo é para a equipe (membros e administradores), e convidados não podem abrir. Peça ao remetente para compartilhar com você pelo nome.',
  viewsNote:
    '{count, plural, one {Revelar gasta uma visualização. É a última: o segredo é apagado do servidor quando você revelar.} other {Revelar gasta uma visualização; restam #.}}',
  reveal: 'Revelar',
  tryAgain: 'Tentar de novo',
  signInWithPasskey: 'Entrar com uma chave de acesso',
  signedInAs: 'Conectado como {displayName} (@{name}).',
  waitingForPasskey: 'Aguardando sua chave de acesso…',
  signedIn: 'Conectado.',
  signedInPressReveal: 'Conectado. Toque em Revelar para abrir o segredo.',
  revealing: 'Revelando…',
  downloading: 'Baixando…',
  downloadingSlow: 'Baixando (a frase secreta leva um instante)…',
  decrypting: 'Descriptografando…',
  decryptingSlow: 'Descriptografando (a frase secreta leva um instante)…',
  heldDownload:
    'O download fica guardado nesta aba até {time}: tentar de novo não gasta outra visualização. Recarregar ou fechar a aba faz perdê-lo.',
  heldSecret:
    'O segredo fica guardado nesta aba: tentar de novo não gasta outra visualização. Recarregar ou fechar a aba faz perdê-lo.',
  expires: 'Expira',
  viewsLeft: 'Visualizações restantes',
  passphrase: 'Frase secreta',
  required: 'Obrigatória',
  none: 'Nenhuma',
  whoCanOpen: 'Quem pode abrir',
  passphraseHint: 'O remetente deve ter enviado a você separadamente.',
  waitingTitle: 'Um segredo está esperando por você',
  waitingLede: 'Ele é descriptografado neste navegador quando você revela. Até lá, nada é gasto.',
  revealedTitle: 'O segredo',
  hiddenNote: 'Oculto. Toque em Mostrar para ver de novo.',
  show: 'Mostrar',
  hide: 'Ocultar',
  lastView:
    'Essa foi a última visualização: o segredo já foi apagado do servidor. Copie antes de sair desta página.',
  moreViews:
    'O link ainda pode ser aberto {count, plural, one {# vez} other {# vezes}} antes de parar de funcionar.',
  notFromNetworkTitle: 'Fora desta rede',
} satisfies Catalog['reveal'];
