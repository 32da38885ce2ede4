import type { Catalog } from '../../catalog.ts';

/** Français: the `create` group (see `../../en/create.ts`). */
export const create = {
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
  manageLinkHint: 'Gardez-le pour vous : il révoque ce lien avant sa lecture. Il n’est affiché qu’une fois.',
  twoLinks:
    'Certaines des personnes choisies peuvent recevoir des secrets scellés et d’autres non, il y a donc deux liens : envoyez chacun uniquement aux personnes qu’il nomme. Chacun peut être ouvert {count, plural, one {une fois} other {# fois}}.',
  onlyGated:
    'Aucune des personnes choisies ne peut recevoir de secrets scellés : ce lien n’est donc pas scellé mais contrôlé par le serveur. Envoyez-le uniquement aux personnes qu’il nomme. Il peut être ouvert {count, plural, one {une fois} other {# fois}}.',
  sendToPeople:
    'Envoyez ce lien aux personnes à qui il est destiné. Il peut être ouvert {count, plural, one {une fois} other {# fois}}.',
  passphraseToo: 'La phrase secrète est aussi nécessaire : transmettez-la par un autre canal.',
  alsoInMyLinksPlural:
    'Ils figurent aussi dans {link}, où vous voyez qui les a ouverts et pouvez les révoquer.',
  // Named networks an admin defined
  namedNetworks: 'Uniquement depuis ces réseaux nommés (facultatif)',
  namedNetworksHint:
    'Des réseaux nommés par votre admin. Le lien garde leurs adresses telles qu’elles sont maintenant, même si l’admin les modifie plus tard.',
  networksLabel: 'Seulement depuis ces réseaux (facultatif)',
  networksHint:
    'Adresses IP ou plages, séparées par des virgules. Ouvert depuis ailleurs, le lien est refusé et rien n’est consommé.',
  networksTooMany: 'Indiquez au plus {max} réseaux.',
  networkInvalid: '« {range} » : {reason}.',
  notANetwork: 'pas un réseau',
} satisfies Catalog['create'];
