import type { Catalog } from '../../catalog.ts';

/** Français: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
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
  senderNewKey:
    'Ce navigateur n’a encore jamais vu cette clé de cette personne : comparez son empreinte avec celle de sa page Compte.',
  senderBeforeTheirKey:
    'Expéditeur non vérifié : scellé avant que {displayName} (@{name}) ait une clé de signature, le secret n’est donc pas signé.',
} satisfies Catalog['sealed'];
