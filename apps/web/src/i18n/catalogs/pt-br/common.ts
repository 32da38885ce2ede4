import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `common` group (see `../../en/common.ts`). */
export const common = {
  tagline: 'Compartilhamento de segredos com criptografia de ponta a ponta',
  mainNav: 'Menu principal',
  footer:
    'Criptografado no seu navegador com libsodium. A chave fica no link; o servidor guarda apenas texto cifrado.',
  language: 'Idioma',
  navSignIn: 'Entrar',
  navNewSecret: 'Novo segredo',
  navMyLinks: 'Meus links',
  navAccount: 'Conta',
  navAdmin: 'Administração',
  navSignedInAs: 'Conectado como @{name}',
  signOut: 'Sair',
  signOutRetry: 'Sair (tentar de novo)',
  shareYourOwn: 'Compartilhe um segredo seu',
  somethingWrong: 'Algo deu errado',
  pageNotFound: 'Página não encontrada',
  nothingHere: 'Não há nada neste endereço.',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar: selecione o texto e copie manualmente.',
  incompleteLink: 'Este link está incompleto: a parte depois do # está faltando ou danificada.',
  incompleteManageLink:
    'Este link de gerenciamento está incompleto: a parte depois do # está faltando ou danificada.',
  damagedId:
    'Este link está danificado: a parte depois de /s/ não é um identificador de segredo válido. Confira se o link foi copiado inteiro.',
  gone: 'Este segredo não existe mais: expirou, já foi visto ou foi revogado.',
  decryptionFailed: 'Não foi possível descriptografar: a frase secreta está errada ou o link foi alterado.',
  senderNotVerified:
    'Este segredo não foi assinado pela pessoa que o servidor indica como remetente. Não confie nele; avise o remetente e o seu administrador.',
  commitmentMismatch:
    'Este segredo foi alterado: a chave dele não corresponde àquela com que foi selado. Nada foi mostrado; avise o remetente.',
  unreadable:
    'Não foi possível ler este segredo: ele foi criado por outra versão do Hushlink ou foi alterado.',
  passphraseNeeded: 'Digite primeiro a frase secreta. O remetente deve ter enviado a você separadamente.',
  network: 'Não foi possível acessar o servidor do Hushlink. Verifique sua conexão e tente de novo.',
  unexpected: 'Algo deu errado. Nada foi perdido; tente de novo.',
  sodiumFailed:
    'A biblioteca de criptografia não carregou neste navegador. Recarregue a página e tente de novo.',
  tooLarge: 'Este segredo é grande demais para ser compartilhado como link.',
  emptySecret: 'Digite ou cole o segredo primeiro, ou adicione arquivos.',
  uploadCancelled: 'Cancelado. Nada foi compartilhado, e o que já tinha sido enviado foi apagado.',
  viewsRange: 'As visualizações devem ser um número inteiro de 1 a 100.',
  forbiddenToken:
    'Este link de gerenciamento não pertence a este segredo. Confira se o link foi copiado inteiro.',
  notForYou: 'Este segredo foi compartilhado com outras pessoas, não com você.',
  signInRequired: 'Entre primeiro com sua chave de acesso.',
  pageFailed: 'Não foi possível carregar esta página. Recarregue e tente de novo.',
  stepUpCancelled:
    'Você não confirmou com sua chave de acesso, então nada foi alterado. Tente de novo quando quiser.',
  stepUpUnavailable:
    'Não foi possível usar sua chave de acesso para confirmar que é você, então nada foi alterado. Tente de novo ou use outra chave de acesso.',
  stepUpRequired:
    'Esta alteração precisa de uma nova verificação com sua chave de acesso. Tente de novo e confirme que é você.',
  tooManyAttempts:
    'Tentativas demais; tente de novo em {seconds, plural, one {# segundo} other {# segundos}}.',
  unauthorized: 'Este servidor não aceita novos segredos sem login.',
  unknownUser: 'Uma das pessoas escolhidas não tem mais uma conta ativa. Remova-a e tente de novo.',
  originMismatch: 'Esta solicitação não veio desta página do Hushlink. Recarregue e tente de novo.',
  cancel: 'Cancelar',
  unknownBrowserTitle: 'Navegador desconhecido',
  unknownBrowser: 'navegador desconhecido',
  browserOn: '{browser} no {system}',
  networkPolicyDenied:
    'Sua organização só permite que sua conta se conecte ao Hushlink a partir das redes dela, e você não está em nenhuma delas. Conecte-se à rede do escritório ou à VPN dela e tente de novo.',
  serverUnavailable: 'O servidor do Hushlink não está disponível agora. Tente de novo em instantes.',
} satisfies Catalog['common'];
