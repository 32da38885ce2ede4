import type { Catalog } from '../../catalog.ts';

/** Français: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'Le worker de chiffrement n’a pas pu démarrer dans ce navigateur. Rechargez la page et réessayez.',
  noPlace:
    'Ce navigateur ne peut ni écrire les fichiers pendant leur téléchargement ni les garder dans son stockage privé : il ne peut donc pas enregistrer ces fichiers. Ouvrez le lien dans un Chrome, Edge, Firefox ou Safari récent, ou avec le client en ligne de commande hushlink. Rien n’a été consommé.',
  diskFull:
    'Il n’y a pas assez d’espace libre pour que ce navigateur garde les fichiers déchiffrés. Libérez de l’espace disque et réessayez ; rien n’a été gardé.',
  savedNote:
    'Chaque fichier est déchiffré pendant son téléchargement et écrit là où vous le choisissez. Il n’est gardé qu’une fois entièrement déchiffré et vérifié ; si le téléchargement échoue ou si vous l’annulez, le fichier partiel est supprimé.',
  privateStorageNote:
    'Ce navigateur ne peut pas écrire les fichiers là où vous le choisissez pendant leur téléchargement : les fichiers sont donc déchiffrés dans son stockage privé pour ce site, puis proposés à l’enregistrement une fois tous déchiffrés et vérifiés. Ils y sont supprimés quand vous quittez cette page.',
  decrypted:
    'Les fichiers sont déchiffrés. Enregistrez-les un par un ; ils restent dans cet onglet jusqu’à ce que vous le quittiez.',
  notEnoughSpace:
    'Ces fichiers ont besoin de {needed} dans le stockage de ce navigateur, et il reste {available}. Libérez de l’espace disque, ou ouvrez le lien avec le client en ligne de commande hushlink. Rien n’a été consommé.',
  unreadable:
    'Impossible de lire {name} : il a peut-être été déplacé ou modifié depuis que vous l’avez choisi. Choisissez-le de nouveau.',
  tooMany: 'Un secret peut contenir au plus {max} fichiers ; retirez-en quelques-uns.',
  tooLarge:
    'Ces fichiers sont trop volumineux : ensemble ils font {size}, et ce Hushlink accepte au plus {limit} par secret.',
  incomplete: 'Le téléchargement s’est arrêté avant que tout le secret soit arrivé. Réessayez.',
  filesToShare: 'Fichiers à partager',
  dropHint:
    'Déposez des fichiers ici ou choisissez-les. Ils sont chiffrés dans ce navigateur au fil de leur lecture et envoyés au fil de leur chiffrement.',
  filesOptional: 'Fichiers (facultatif)',
  removeLabel: 'Retirer {name}',
  remove: 'Retirer',
  cancel: 'Annuler',
  grantClosed:
    'Le délai de téléchargement est écoulé : les fichiers ne peuvent plus être téléchargés depuis le serveur.',
  grantLeft:
    'Si un téléchargement échoue ou si vous l’annulez, vous pouvez réessayer pendant encore {minutes, plural, one {# minute} other {# minutes}} (jusqu’à {until}) sans consommer d’autre ouverture.',
  sizeUnknown: 'taille connue après déchiffrement',
  typeUnknown: 'type inconnu',
  typeAndSize: '{type}, {size}',
  saveLabel: 'Enregistrer {name}',
  saveAs: 'Enregistrer…',
  save: 'Enregistrer',
  savingCancelled: 'Enregistrement de {name} annulé.',
  savingFailed: 'Échec de l’enregistrement de {name} : {reason}',
  decryptingCancelled: 'Déchiffrement des fichiers annulé.',
  decryptingFailed: 'Échec du déchiffrement des fichiers : {reason}',
  noSaveDialog: 'Impossible d’ouvrir la fenêtre d’enregistrement : {reason}',
  downloadingOne: 'Téléchargement et déchiffrement de {name}',
  downloadingAll: 'Téléchargement et déchiffrement des fichiers',
  savedInFull: 'Enregistré : entièrement déchiffré et vérifié.',
  saved: '{name} enregistré.',
  notSaved: 'Non enregistré : le fichier partiel a été supprimé.',
  checkedInFull: 'Entièrement déchiffré et vérifié.',
  decryptFiles: 'Déchiffrer les fichiers',
  title: 'Les fichiers',
  lastView:
    'C’était la dernière ouverture : le secret est maintenant supprimé du serveur. Enregistrez les fichiers avant de quitter cette page.',
  moreViews:
    'Le lien peut encore être ouvert {count, plural, one {# fois} other {# fois}} avant de cesser de fonctionner.',
  shareYourOwn: 'Partager vous-même un secret',
} satisfies Catalog['files'];
