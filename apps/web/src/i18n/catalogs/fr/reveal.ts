import type { Catalog } from '../../catalog.ts';

/** Français: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
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
  notFromNetworkTitle: 'Pas depuis ce réseau',
} satisfies Catalog['reveal'];
