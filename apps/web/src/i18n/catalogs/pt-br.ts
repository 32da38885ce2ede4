import type { Catalog } from '../catalog.ts';

/** Português (Brasil). */
export default {
  common: {
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
  },
  create: {
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
  },
  reveal: {
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
  },
  sealed: {
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
    senderUnsigned:
      'Remetente não verificado: este segredo não está assinado, embora {displayName} (@{name}) assine o que sela no navegador. A linha de comando do hushlink ainda não assina; se não foi enviado de lá, não confie e pergunte à pessoa.',
  },
} satisfies Catalog;
