import type { Catalog } from '../../catalog.ts';

/** Français: the `common` group (see `../../en/common.ts`). */
export const common = {
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
  cancel: 'Annuler',
  unknownBrowserTitle: 'Navigateur inconnu',
  unknownBrowser: 'navigateur inconnu',
  browserOn: '{browser} sur {system}',
  networkPolicyDenied:
    'Votre organisation n’autorise votre compte à se connecter à Hushlink que depuis ses propres réseaux, et vous n’êtes sur aucun d’eux. Connectez-vous au réseau du bureau ou à son VPN, puis réessayez.',
  serverUnavailable: 'Le serveur Hushlink n’est pas disponible pour le moment. Réessayez dans un instant.',
} satisfies Catalog['common'];
