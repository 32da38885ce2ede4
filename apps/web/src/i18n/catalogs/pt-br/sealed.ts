import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    'Esta chave de acesso não abre segredos selados: o autenticador dela não suporta a extensão PRF de que o Hushlink precisa. Nada foi aberto. Use outra das suas chaves de acesso, uma que sua página de conta mostre como capaz de receber segredos selados.',
  files: 'Este segredo selado contém arquivos, que esta página ainda não consegue abrir.',
  forSpecificPeople:
    'Este link é para pessoas específicas: ele só abre para as contas do Hushlink para as quais foi selado, cada uma com a própria chave de acesso. Se você é uma delas, entre com sua chave de acesso. Se você não tem conta aqui, ainda não pode abrir: peça a quem enviou que convide você e compartilhe de novo quando você tiver uma conta.',
  ownSecret:
    'Você selou este segredo, e abrir você mesmo não gasta nenhuma visualização: elas ficam para as pessoas para quem você selou.',
  notSealedToSender:
    'Você selou este segredo para outras pessoas, não para suas próprias chaves de acesso, então não pode abri-lo. Só elas podem.',
  signedInAsSentence: 'Você está conectado como {displayName} (@{name}).',
  viewsNote:
    '{count, plural, one {Abrir gasta uma visualização. É a última: o segredo é apagado do servidor quando você abrir.} other {Abrir gasta uma visualização; restam #.}}',
  notSealedToUsedNamed: 'Ele não foi selado para a chave de acesso que você usou (“{passkey}”).',
  notSealedToUsed: 'Ele não foi selado para a chave de acesso que você usou.',
  noOtherPasskeys:
    'Nenhuma das suas outras chaves de acesso pode receber segredos selados: peça ao remetente para selar de novo para uma chave de acesso que você tenha.',
  useOtherPasskeys:
    'Use outra das suas chaves de acesso: {passkeys}. Uma chave de acesso adicionada depois da selagem não consegue abrir.',
  passkeyWithFingerprint: '“{name}” ({fingerprint})',
  signedInAs: 'Conectado como {displayName} (@{name}).',
  signInAndOpen: 'Entrar com sua chave de acesso e abrir',
  useAnotherPasskey: 'Usar outra chave de acesso',
  confirmAndOpen: 'Confirmar com sua chave de acesso e abrir',
  open: 'Abrir',
  opening: 'Abrindo…',
  sessionEnded: 'Sua sessão terminou. Entre de novo com sua chave de acesso para abrir.',
  heldForAnotherPasskey:
    'O segredo fica guardado nesta aba: tentar outra chave de acesso não gasta outra visualização. Recarregar ou fechar a aba faz perdê-lo.',
  notSealedUseAnother:
    'Ele não foi selado para a chave de acesso que você usou. Use outra das suas chaves de acesso.',
  doNotTrustTitle: 'Não confie neste segredo',
  whoCanOpenSealed: 'Somente as pessoas para quem foi selado, com a chave de acesso delas',
  title: 'Um segredo selado está esperando por você',
  lede: 'Ele foi selado para as chaves de acesso das pessoas a quem se destina: só a sua chave de acesso pode abri-lo, neste navegador. O link não carrega nenhuma chave, e nada é gasto até você abrir.',
  senderVerified:
    'Selado por {displayName} (@{name}), chave {fingerprint}, verificado: a assinatura corresponde a uma chave dessa pessoa.',
  senderRequestLink:
    'Remetente não verificado: respondido pelo seu link de pedido por alguém que não estava conectado.',
  senderBeforeSigning: 'Remetente não verificado: selado antes de os remetentes assinarem o que selam.',
  senderNoSigningKey:
    'Remetente não verificado: {displayName} (@{name}) ainda não tem chave de assinatura, então não está assinado.',
  senderNewKey:
    'Este navegador nunca viu esta chave dessa pessoa: compare a impressão digital dela com a da página de conta da pessoa.',
  senderBeforeTheirKey:
    'Remetente não verificado: selado antes de {displayName} (@{name}) ter uma chave de assinatura, então não está assinado.',
} satisfies Catalog['sealed'];
