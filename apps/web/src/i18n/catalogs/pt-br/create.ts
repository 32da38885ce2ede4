import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `create` group (see `../../en/create.ts`). */
export const create = {
  title: 'Compartilhar um segredo',
  lede: 'Seu segredo é criptografado neste navegador. A chave viaja apenas dentro do link, então o servidor nunca a vê.',
  noAccountsYet:
    'Este Hushlink ainda não tem contas. {link}: ela se torna a de administração, que convida todos os outros.',
  createFirstAccount: 'Crie a primeira conta',
  accountsOnly:
    'Neste Hushlink, só quem tem conta pode compartilhar segredos. Entre primeiro com sua chave de acesso.',
  signIn: 'Entrar',
  expiry5m: '5 minutos',
  expiry1h: '1 hora',
  expiry1d: '1 dia',
  expiry7d: '7 dias',
  expiry30d: '30 dias',
  createLink: 'Criar link',
  choosePeople: 'Escolha pelo menos uma pessoa ou outro tipo de acesso.',
  encrypting: 'Criptografando…',
  encryptingSlow: 'Criptografando (a frase secreta leva um instante)…',
  encryptingAndUploading: 'Criptografando e enviando…',
  uploadingFiles: 'Enviando os arquivos criptografados',
  saving: 'Salvando o segredo criptografado…',
  secret: 'Segredo',
  secretHint: 'Uma senha, uma chave de API, uma anotação. É criptografado antes de sair.',
  expiresAfter: 'Expira em',
  viewsAllowed: 'Visualizações permitidas',
  passphraseOptional: 'Frase secreta (opcional)',
  passphraseHint:
    'Envie a frase secreta por outro canal (uma ligação, outro aplicativo), nunca junto com o link.',
  accessLink: 'Qualquer pessoa com o link',
  accessTeam: 'Qualquer pessoa da equipe (membros e administradores, não convidados)',
  accessPeople: 'Somente estas pessoas',
  accessOnly: 'Somente {names}',
  hintLink: 'Quem tiver o link pode abrir.',
  hintTeam:
    'Membros e administradores deste Hushlink, depois de entrar com a chave de acesso. Convidados (terceirizados) não podem abrir.',
  hintPeople: 'Somente as contas que você indicar, depois de entrarem com a chave de acesso.',
  people: 'Pessoas',
  whoCanOpen: 'Quem pode abrir',
  notify: 'Me avisar quando for aberto',
  chosenPeople: 'Pessoas escolhidas',
  noOneByThatName: 'Ninguém com esse nome.',
  remove: 'Remover {name}',
  added: '{name} adicionado.',
  removed: '{name} removido.',
  pickerHint: 'Digite o começo de um nome e escolha com as setas e Enter.',
  readyOne: 'Seu link está pronto',
  readyTwo: 'Seus links estão prontos',
  scanIt: 'Ou escaneie com o celular.',
  qrLabel: 'Código QR do link secreto',
  sendThisLink:
    'Envie este link para a pessoa que deve ler o segredo. Ele pode ser aberto {count, plural, one {uma vez} other {# vezes}}.',
  secretLink: 'Link secreto',
  copyLink: 'Copiar link',
  passphraseSeparately: 'Envie a frase secreta por outro canal, nunca ao lado do link.',
  expires: 'Expira',
  passphrase: 'Frase secreta',
  required: 'Obrigatória',
  none: 'Nenhuma',
  alsoInMyLinks: 'Ele também está em {link}, onde você vê quem abriu e pode revogá-lo.',
  myLinks: 'Meus links',
  keepManageLink: 'Guarde o link de gerenciamento',
  manageLinkWhy:
    'Ele permite revogar o segredo antes que seja lido. É mostrado só uma vez: guarde-o para você, não o envie.',
  manageLink: 'Link de gerenciamento',
  copyManageLink: 'Copiar link de gerenciamento',
  createAnother: 'Criar outro',
  sealTo: 'Selar para as chaves de acesso delas',
  sealHint:
    'Só as chaves de acesso delas podem abrir: o link não carrega nenhuma chave e o servidor não consegue descriptografar. Quem tem chaves de acesso que não recebem segredos selados ganha um link verificado pelo servidor.',
  reopenToo: 'Eu também posso reabrir',
  checkingPasskeys: 'Verificando suas chaves de acesso…',
  noSealingKeysOfMine:
    'Nenhuma das suas chaves de acesso pode receber segredos selados, então você não poderá reabrir. Adicione uma compatível na sua página de conta.',
  selfKeysFailed: 'Não foi possível consultar suas chaves: você não poderá reabrir.',
  alsoSealedToYou:
    'Também selado para suas próprias chaves de acesso: {keys}. Abrir você mesmo não gasta nenhuma visualização.',
  sealingKeysList: 'Chaves de selagem das pessoas escolhidas',
  lookingUpKeys: ': consultando as chaves…',
  keyWithPasskey: '{fingerprint} ({passkey})',
  cannotReceive:
    'Não pode receber segredos selados (nenhuma das chaves de acesso dessa pessoa permite). Recebe um link verificado pelo servidor: ele carrega a própria chave, e o servidor só deixa essa pessoa abrir.',
  canReceive: 'Pode receber segredos selados. Chaves: {keys}.',
  keysAdded: 'novas {fingerprints}',
  keysRemoved: 'removidas {fingerprints}',
  keysChanged:
    'As chaves de {name} mudaram desde a última vez que você selou para essa pessoa ({changes}). Uma nova chave de acesso explica isso; se ela não adicionou nenhuma, confirme antes de enviar.',
  nothingSealed:
    'Nenhuma das pessoas escolhidas pode receber segredos selados, então nada será selado: elas recebem um único link verificado pelo servidor.',
  lookingUpTheirKeys: 'Consultando as chaves das chaves de acesso delas…',
  encryptingForOthers: 'Criptografando o link para os demais…',
  savingIt: 'Salvando…',
  sealingIt: 'Selando para as chaves de acesso delas…',
  savingSealed: 'Salvando o segredo selado…',
  sealedLink: 'Link selado',
  gatedLink: 'Link verificado pelo servidor',
  copySealedLink: 'Copiar link selado',
  copyGatedLink: 'Copiar link verificado',
  sealedToHeading: 'Selado para {names}',
  gatedHeading: 'Para {names}: não selado',
  sealedExplainedOthers:
    'Só as chaves de acesso delas podem abrir. O link não carrega nenhuma chave, então pode ser enviado por qualquer canal, e o servidor não consegue descriptografar.',
  sealedExplainedWithYou:
    'Só as chaves de acesso delas e as suas podem abrir. O link não carrega nenhuma chave, então pode ser enviado por qualquer canal, e o servidor não consegue descriptografar. Abrir você mesmo não gasta nenhuma visualização.',
  gatedExplained:
    'As chaves de acesso dessas pessoas não recebem segredos selados, então este link carrega a própria chave, e o servidor só deixa elas abrirem depois de entrar. Envie somente para elas.',
  manageLinkOfSealed: 'Link de gerenciamento do link selado',
  manageLinkOfGated: 'Link de gerenciamento do link verificado',
  manageLinkHint: 'Guarde para você: ele revoga este link antes que seja lido. É mostrado só uma vez.',
  twoLinks:
    'Algumas das pessoas escolhidas podem receber segredos selados e outras não, então há dois links: envie cada um somente às pessoas que ele indica. Cada um pode ser aberto {count, plural, one {uma vez} other {# vezes}}.',
  onlyGated:
    'Nenhuma das pessoas escolhidas pode receber segredos selados, então este link não é selado: ele é verificado pelo servidor. Envie somente às pessoas que ele indica. Ele pode ser aberto {count, plural, one {uma vez} other {# vezes}}.',
  sendToPeople:
    'Envie este link às pessoas a quem ele se destina. Ele pode ser aberto {count, plural, one {uma vez} other {# vezes}}.',
  passphraseToo: 'A frase secreta também é necessária: envie por outro canal.',
  alsoInMyLinksPlural: 'Eles também estão em {link}, onde você vê quem abriu e pode revogá-los.',
  // Named networks an admin defined
  namedNetworks: 'Somente destas redes nomeadas (opcional)',
  namedNetworksHint:
    'Redes que seu administrador nomeou. O link mantém os endereços delas como estão agora, mesmo que o administrador os altere depois.',
  networksLabel: 'Somente destas redes (opcional)',
  networksHint:
    'Endereços IP ou faixas, separados por vírgulas. Aberto de qualquer outro lugar, o link é recusado e nada é gasto.',
  networksTooMany: 'Informe no máximo {max} redes.',
  networkInvalid: '“{range}”: {reason}.',
  notANetwork: 'não é uma rede',
} satisfies Catalog['create'];
