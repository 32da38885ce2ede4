import type { Catalog } from '../catalog.ts';

/** Français. */
export default {
  common: {
    tagline: 'Partage de secrets chiffré de bout en bout',
    mainNav: 'Menu principal',
    footer:
      'Chiffré dans votre navigateur avec libsodium. La clé reste dans le lien ; le serveur ne stocke que du texte chiffré.',
    language: 'Langue',
    navSignIn: 'Se connecter',
    navNewSecret: 'Nouveau secret',
    navMyLinks: 'Mes liens',
    navAccount: 'Compte',
    navAdmin: 'Administration',
    navSignedInAs: 'Connecté en tant que @{name}',
    signOut: 'Se déconnecter',
    signOutRetry: 'Se déconnecter (réessayer)',
    shareYourOwn: 'Partager un secret à votre tour',
    somethingWrong: 'Un problème est survenu',
    pageNotFound: 'Page introuvable',
    nothingHere: 'Il n’y a rien à cette adresse.',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le à la main.',
    incompleteLink: 'Ce lien est incomplet : la partie après # manque ou est abîmée.',
    incompleteManageLink: 'Ce lien de gestion est incomplet : la partie après # manque ou est abîmée.',
    damagedId:
      'Ce lien est abîmé : la partie après /s/ n’est pas un identifiant de secret valide. Vérifiez que le lien a été copié en entier.',
    gone: 'Ce secret n’existe plus : il a expiré, a déjà été consulté ou a été révoqué.',
    decryptionFailed: 'Déchiffrement impossible : la phrase secrète est fausse, ou le lien a été modifié.',
    senderNotVerified:
      'Ce secret n’est pas signé par la personne que le serveur désigne comme expéditeur. Ne vous y fiez pas ; prévenez l’expéditeur et votre administrateur.',
    commitmentMismatch:
      'Ce secret a été modifié : sa clé ne correspond pas à celle avec laquelle il a été scellé. Rien n’en a été affiché ; prévenez l’expéditeur.',
    unreadable:
      'Impossible de lire ce secret : il provient d’une autre version de Hushlink, ou il a été modifié.',
    passphraseNeeded: 'Saisissez d’abord la phrase secrète. L’expéditeur a dû vous la donner séparément.',
    network: 'Impossible de joindre le serveur Hushlink. Vérifiez votre connexion et réessayez.',
    unexpected: 'Un problème est survenu. Rien n’a été perdu ; veuillez réessayer.',
    sodiumFailed:
      'La bibliothèque de chiffrement n’a pas pu se charger dans ce navigateur. Rechargez la page et réessayez.',
    tooLarge: 'Ce secret est trop volumineux pour être partagé par lien.',
    emptySecret: 'Saisissez ou collez d’abord le secret, ou ajoutez des fichiers.',
    uploadCancelled: 'Annulé. Rien n’a été partagé, et ce qui avait déjà été envoyé a été supprimé.',
    viewsRange: 'Le nombre d’ouvertures doit être un entier de 1 à 100.',
    forbiddenToken:
      'Ce lien de gestion n’appartient pas à ce secret. Vérifiez que le lien a été copié en entier.',
    notForYou: 'Ce secret a été partagé avec d’autres personnes, pas avec vous.',
    signInRequired: 'Connectez-vous d’abord avec votre clé d’accès.',
    pageFailed: 'Cette page n’a pas pu se charger. Rechargez-la et réessayez.',
    stepUpCancelled:
      'Vous n’avez pas confirmé avec votre clé d’accès, rien n’a donc été modifié. Réessayez quand vous serez prêt.',
    stepUpUnavailable:
      'Votre clé d’accès n’a pas pu confirmer votre identité, rien n’a donc été modifié. Réessayez, ou utilisez une autre clé d’accès.',
    stepUpRequired:
      'Cette modification demande une nouvelle vérification avec votre clé d’accès. Réessayez et confirmez votre identité.',
    tooManyAttempts:
      'Trop de tentatives ; réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
    unauthorized: 'Ce serveur n’accepte pas de nouveaux secrets sans connexion.',
    unknownUser: 'L’une des personnes choisies n’a plus de compte actif. Retirez-la et réessayez.',
    originMismatch: 'Cette requête ne vient pas de cette page Hushlink. Rechargez-la et réessayez.',
  },
  create: {
    title: 'Partager un secret',
    lede: 'Votre secret est chiffré dans ce navigateur. La clé ne voyage que dans le lien : le serveur ne la voit jamais.',
    noAccountsYet:
      'Ce Hushlink n’a encore aucun compte. {link} : il devient l’administrateur, qui invite tous les autres.',
    createFirstAccount: 'Créer le premier compte',
    accountsOnly:
      'Sur ce Hushlink, seules les personnes ayant un compte peuvent partager des secrets. Connectez-vous d’abord avec votre clé d’accès.',
    signIn: 'Se connecter',
    expiry5m: '5 minutes',
    expiry1h: '1 heure',
    expiry1d: '1 jour',
    expiry7d: '7 jours',
    expiry30d: '30 jours',
    createLink: 'Créer le lien',
    choosePeople: 'Choisissez au moins une personne, ou un autre type d’accès.',
    encrypting: 'Chiffrement…',
    encryptingSlow: 'Chiffrement (la phrase secrète prend un instant)…',
    encryptingAndUploading: 'Chiffrement et envoi…',
    uploadingFiles: 'Envoi des fichiers chiffrés',
    saving: 'Enregistrement du secret chiffré…',
    secret: 'Secret',
    secretHint: 'Un mot de passe, une clé d’API, une note. Il est chiffré avant de partir.',
    expiresAfter: 'Expire après',
    viewsAllowed: 'Ouvertures permises',
    passphraseOptional: 'Phrase secrète (facultative)',
    passphraseHint:
      'Transmettez la phrase secrète par un autre canal (un appel, une autre application), jamais avec le lien.',
    accessLink: 'Toute personne ayant le lien',
    accessTeam: 'Toute l’équipe (membres et administrateurs, pas les invités)',
    accessPeople: 'Seulement ces personnes',
    accessOnly: 'Seulement {names}',
    hintLink: 'Quiconque détient le lien peut l’ouvrir.',
    hintTeam:
      'Les membres et administrateurs de ce Hushlink, après connexion avec leur clé d’accès. Les invités (prestataires) ne peuvent pas l’ouvrir.',
    hintPeople: 'Seulement les comptes que vous nommez, après connexion avec leur clé d’accès.',
    people: 'Personnes',
    whoCanOpen: 'Qui peut l’ouvrir',
    notify: 'Me prévenir quand il est ouvert',
    chosenPeople: 'Personnes choisies',
    noOneByThatName: 'Personne de ce nom.',
    remove: 'Retirer {name}',
    added: '{name} ajouté(e).',
    removed: '{name} retiré(e).',
    pickerHint: 'Tapez le début d’un nom, puis choisissez avec les flèches et Entrée.',
    readyOne: 'Votre lien est prêt',
    readyTwo: 'Vos liens sont prêts',
    scanIt: 'Ou scannez-le avec un téléphone.',
    qrLabel: 'Code QR du lien secret',
    sendThisLink:
      'Envoyez ce lien à la personne qui doit lire le secret. Il peut être ouvert {count, plural, one {une fois} other {# fois}}.',
    secretLink: 'Lien secret',
    copyLink: 'Copier le lien',
    passphraseSeparately: 'Transmettez la phrase secrète par un autre canal, jamais à côté du lien.',
    expires: 'Expire',
    passphrase: 'Phrase secrète',
    required: 'Requise',
    none: 'Aucune',
    alsoInMyLinks: 'Il figure aussi dans {link}, où vous voyez qui l’a ouvert et pouvez le révoquer.',
    myLinks: 'Mes liens',
    keepManageLink: 'Gardez le lien de gestion',
    manageLinkWhy:
      'Il permet de révoquer le secret avant sa lecture. Il n’est affiché qu’une fois : gardez-le pour vous, ne l’envoyez pas.',
    manageLink: 'Lien de gestion',
    copyManageLink: 'Copier le lien de gestion',
    createAnother: 'En créer un autre',
    sealTo: 'Le sceller pour leurs clés d’accès',
    sealHint:
      'Seules leurs clés d’accès peuvent l’ouvrir : le lien ne contient aucune clé et le serveur ne peut pas le déchiffrer. Les personnes dont les clés d’accès ne peuvent pas recevoir de secrets scellés reçoivent à la place un lien contrôlé par le serveur.',
    reopenToo: 'Je peux aussi le rouvrir',
    checkingPasskeys: 'Vérification de vos clés d’accès…',
    noSealingKeysOfMine:
      'Aucune de vos clés d’accès ne peut recevoir de secrets scellés : vous ne pourrez pas le rouvrir. Ajoutez-en une compatible depuis votre page de compte.',
    selfKeysFailed: 'Impossible de récupérer vos clés : vous ne pourrez pas le rouvrir.',
    alsoSealedToYou:
      'Aussi scellé pour vos propres clés d’accès : {keys}. L’ouvrir vous-même ne consomme pas d’ouverture.',
    sealingKeysList: 'Clés de scellement des personnes choisies',
    lookingUpKeys: ' : recherche de leurs clés…',
    keyWithPasskey: '{fingerprint} ({passkey})',
    cannotReceive:
      'Ne peut pas recevoir de secrets scellés (aucune de ses clés d’accès ne le permet). Reçoit à la place un lien contrôlé par le serveur : il contient sa clé, et le serveur ne laisse que cette personne l’ouvrir.',
    canReceive: 'Peut recevoir des secrets scellés. Clés : {keys}.',
    keysAdded: 'nouvelles {fingerprints}',
    keysRemoved: 'disparues {fingerprints}',
    keysChanged:
      'Les clés de {name} ont changé depuis votre dernier scellement pour cette personne ({changes}). Une nouvelle clé d’accès l’explique ; si elle n’en a pas ajouté, vérifiez auprès d’elle avant d’envoyer.',
    nothingSealed:
      'Aucune des personnes choisies ne peut recevoir de secrets scellés, rien ne sera donc scellé : elles reçoivent un seul lien contrôlé par le serveur.',
    lookingUpTheirKeys: 'Recherche des clés de leurs clés d’accès…',
    encryptingForOthers: 'Chiffrement du lien pour les autres…',
    savingIt: 'Enregistrement…',
    sealingIt: 'Scellement pour leurs clés d’accès…',
    savingSealed: 'Enregistrement du secret scellé…',
    sealedLink: 'Lien scellé',
    gatedLink: 'Lien contrôlé par le serveur',
    copySealedLink: 'Copier le lien scellé',
    copyGatedLink: 'Copier le lien contrôlé',
    sealedToHeading: 'Scellé pour {names}',
    gatedHeading: 'Pour {names} : non scellé',
    sealedExplainedOthers:
      'Seules leurs clés d’accès peuvent l’ouvrir. Le lien ne contient aucune clé : vous pouvez l’envoyer par n’importe quel canal, et le serveur ne peut pas le déchiffrer.',
    sealedExplainedWithYou:
      'Seules leurs clés d’accès et les vôtres peuvent l’ouvrir. Le lien ne contient aucune clé : vous pouvez l’envoyer par n’importe quel canal, et le serveur ne peut pas le déchiffrer. L’ouvrir vous-même ne consomme pas d’ouverture.',
    gatedExplained:
      'Leurs clés d’accès ne peuvent pas recevoir de secrets scellés : ce lien contient donc sa clé, et le serveur ne laisse que ces personnes l’ouvrir après connexion. Envoyez-le à elles seules.',
    manageLinkOfSealed: 'Lien de gestion du lien scellé',
    manageLinkOfGated: 'Lien de gestion du lien contrôlé',
    manageLinkHint:
      'Gardez-le pour vous : il révoque ce lien avant sa lecture. Il n’est affiché qu’une fois.',
    twoLinks:
      'Certaines des personnes choisies peuvent recevoir des secrets scellés et d’autres non, il y a donc deux liens : envoyez chacun uniquement aux personnes qu’il nomme. Chacun peut être ouvert {count, plural, one {une fois} other {# fois}}.',
    onlyGated:
      'Aucune des personnes choisies ne peut recevoir de secrets scellés : ce lien n’est donc pas scellé mais contrôlé par le serveur. Envoyez-le uniquement aux personnes qu’il nomme. Il peut être ouvert {count, plural, one {une fois} other {# fois}}.',
    sendToPeople:
      'Envoyez ce lien aux personnes à qui il est destiné. Il peut être ouvert {count, plural, one {une fois} other {# fois}}.',
    passphraseToo: 'La phrase secrète est aussi nécessaire : transmettez-la par un autre canal.',
    alsoInMyLinksPlural:
      'Ils figurent aussi dans {link}, où vous voyez qui les a ouverts et pouvez les révoquer.',
  },
  reveal: {
    incompleteTitle: 'Ce lien est incomplet',
    goneTitle: 'Ce secret n’existe plus',
    damagedTitle: 'Ce lien est abîmé',
    notForYouTitle: 'Pas pour vous',
    whoLink: 'Toute personne ayant le lien',
    whoTeam: 'Toute l’équipe (membres et administrateurs, pas les invités)',
    whoPeople: 'Seulement les personnes avec qui il a été partagé',
    signInPeople:
      'Seules les personnes avec qui il a été partagé peuvent l’ouvrir. Connectez-vous avec votre clé d’accès pour montrer que c’est vous ; vous restez sur cette page.',
    signInTeam:
      'Seuls les membres et administrateurs de ce Hushlink peuvent l’ouvrir. Connectez-vous avec votre clé d’accès ; vous restez sur cette page.',
    notForAGuest:
      'Ce secret est destiné à l’équipe (membres et administrateurs), et les invités ne peuvent pas l’ouvrir. Demandez à l’expéditeur de le partager avec vous nommément.',
    viewsNote:
      '{count, plural, one {L’afficher consomme une ouverture. C’est la dernière : le secret est supprimé du serveur quand vous l’affichez.} other {L’afficher consomme une ouverture ; il en reste #.}}',
    reveal: 'Afficher',
    tryAgain: 'Réessayer',
    signInWithPasskey: 'Se connecter avec une clé d’accès',
    signedInAs: 'Connecté en tant que {displayName} (@{name}).',
    waitingForPasskey: 'En attente de votre clé d’accès…',
    signedIn: 'Connecté.',
    signedInPressReveal: 'Connecté. Appuyez sur Afficher pour ouvrir le secret.',
    revealing: 'Ouverture…',
    downloading: 'Téléchargement…',
    downloadingSlow: 'Téléchargement (la phrase secrète prend un instant)…',
    decrypting: 'Déchiffrement…',
    decryptingSlow: 'Déchiffrement (la phrase secrète prend un instant)…',
    heldDownload:
      'Le téléchargement est gardé dans cet onglet jusqu’à {time} : réessayer ne consomme pas d’autre ouverture. Recharger ou fermer l’onglet le fait perdre.',
    heldSecret:
      'Le secret est gardé dans cet onglet : réessayer ne consomme pas d’autre ouverture. Recharger ou fermer l’onglet le fait perdre.',
    expires: 'Expire',
    viewsLeft: 'Ouvertures restantes',
    passphrase: 'Phrase secrète',
    required: 'Requise',
    none: 'Aucune',
    whoCanOpen: 'Qui peut l’ouvrir',
    passphraseHint: 'L’expéditeur a dû vous la donner séparément.',
    waitingTitle: 'Un secret vous attend',
    waitingLede: 'Il est déchiffré dans ce navigateur quand vous l’affichez. Rien n’est consommé d’ici là.',
    revealedTitle: 'Le secret',
    hiddenNote: 'Masqué. Appuyez sur Montrer pour le revoir.',
    show: 'Montrer',
    hide: 'Masquer',
    lastView:
      'C’était la dernière ouverture : le secret est maintenant supprimé du serveur. Copiez-le avant de quitter cette page.',
    moreViews:
      'Le lien peut encore être ouvert {count, plural, one {# fois} other {# fois}} avant de ne plus fonctionner.',
  },
  sealed: {
    noPrf:
      'Cette clé d’accès ne peut pas ouvrir de secrets scellés : son authentificateur ne prend pas en charge l’extension PRF dont Hushlink a besoin. Rien n’a été ouvert. Utilisez une autre de vos clés d’accès, une que votre page de compte indique comme capable de recevoir des secrets scellés.',
    files: 'Ce secret scellé contient des fichiers, que cette page ne sait pas encore ouvrir.',
    forSpecificPeople:
      'Ce lien est destiné à des personnes précises : il ne s’ouvre que pour les comptes Hushlink pour lesquels il a été scellé, chacun avec sa propre clé d’accès. Si vous en faites partie, connectez-vous avec votre clé d’accès. Si vous n’avez pas de compte ici, vous ne pouvez pas encore l’ouvrir : demandez à la personne qui l’a envoyé de vous inviter, puis de le partager à nouveau avec vous une fois votre compte créé.',
    ownSecret:
      'Vous avez scellé ce secret, et l’ouvrir vous-même ne consomme pas d’ouverture : elles restent aux personnes pour qui vous l’avez scellé.',
    notSealedToSender:
      'Vous avez scellé ce secret pour d’autres personnes, pas pour vos propres clés d’accès : vous ne pouvez donc pas l’ouvrir. Elles seules le peuvent.',
    signedInAsSentence: 'Vous êtes connecté en tant que {displayName} (@{name}).',
    viewsNote:
      '{count, plural, one {L’ouvrir consomme une ouverture. C’est la dernière : le secret est supprimé du serveur quand vous l’ouvrez.} other {L’ouvrir consomme une ouverture ; il en reste #.}}',
    notSealedToUsedNamed: 'Il n’a pas été scellé pour la clé d’accès utilisée (« {passkey} »).',
    notSealedToUsed: 'Il n’a pas été scellé pour la clé d’accès utilisée.',
    noOtherPasskeys:
      'Aucune de vos autres clés d’accès ne peut recevoir de secrets scellés : demandez à l’expéditeur de le sceller à nouveau pour une clé d’accès que vous avez.',
    useOtherPasskeys:
      'Utilisez une autre de vos clés d’accès : {passkeys}. Une clé d’accès ajoutée après le scellement ne peut pas l’ouvrir.',
    passkeyWithFingerprint: '« {name} » ({fingerprint})',
    signedInAs: 'Connecté en tant que {displayName} (@{name}).',
    signInAndOpen: 'Se connecter avec sa clé d’accès et ouvrir',
    useAnotherPasskey: 'Utiliser une autre clé d’accès',
    confirmAndOpen: 'Confirmer avec sa clé d’accès et ouvrir',
    open: 'Ouvrir',
    opening: 'Ouverture…',
    sessionEnded: 'Votre session a pris fin. Reconnectez-vous avec votre clé d’accès pour l’ouvrir.',
    heldForAnotherPasskey:
      'Le secret est gardé dans cet onglet : essayer une autre clé d’accès ne consomme pas d’autre ouverture. Recharger ou fermer l’onglet le fait perdre.',
    notSealedUseAnother:
      'Il n’a pas été scellé pour la clé d’accès utilisée. Utilisez une autre de vos clés d’accès.',
    doNotTrustTitle: 'Ne vous fiez pas à ce secret',
    whoCanOpenSealed: 'Seulement les personnes pour qui il a été scellé, avec leur clé d’accès',
    title: 'Un secret scellé vous attend',
    lede: 'Il a été scellé pour les clés d’accès des personnes à qui il est destiné : seule votre clé d’accès peut l’ouvrir, dans ce navigateur. Le lien ne contient aucune clé, et rien n’est consommé avant que vous l’ouvriez.',
    senderVerified:
      'Scellé par {displayName} (@{name}), clé {fingerprint}, vérifié : la signature correspond à l’une de ses clés.',
    senderRequestLink:
      'Expéditeur non vérifié : réponse envoyée via votre lien de demande par quelqu’un qui n’était pas connecté.',
    senderBeforeSigning:
      'Expéditeur non vérifié : scellé avant que les expéditeurs ne signent ce qu’ils scellent.',
    senderNoSigningKey:
      'Expéditeur non vérifié : {displayName} (@{name}) n’a pas encore de clé de signature, le secret n’est donc pas signé.',
    senderUnsigned:
      'Expéditeur non vérifié : ce secret n’est pas signé, alors que {displayName} (@{name}) signe ce qu’il ou elle scelle dans le navigateur. La ligne de commande hushlink ne signe pas encore ; si l’envoi n’en vient pas, ne vous y fiez pas et demandez-lui.',
  },
} satisfies Catalog;
