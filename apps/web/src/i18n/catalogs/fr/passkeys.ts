import type { Catalog } from '../../catalog.ts';

/** Français: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Confirmez que c’est bien vous avec votre clé d’accès.',
  rejected: 'La clé d’accès n’a pas été acceptée. Réessayez, ou utilisez une autre clé d’accès.',
  challengeExpired: 'La demande de clé d’accès a expiré. Réessayez.',
  accountDisabled: 'Ce compte est désactivé. Adressez-vous à un administrateur de ce Hushlink.',
  nameTaken: 'Ce nom d’utilisateur est déjà pris. Choisissez-en un autre.',
  inviteInvalid: 'Ce lien d’invitation est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.',
  registrationClosed: 'Pour créer un compte, il faut un lien d’invitation de quelqu’un de ce Hushlink.',
  alreadyRegistered:
    'Cet appareil contient déjà une clé d’accès pour votre compte. Utilisez un autre appareil ou une clé de sécurité.',
  promptClosed: 'La fenêtre de la clé d’accès a été fermée ou a expiré. Réessayez quand vous serez prêt.',
  wrongAddress:
    'Les clés d’accès ne fonctionnent pas à cette adresse. Ouvrez Hushlink à sa propre adresse (https) et réessayez.',
  unsupported:
    'Ce navigateur ou cet appareil ne peut pas utiliser de clés d’accès ici. Essayez un autre navigateur ou appareil.',
  failed: 'La clé d’accès n’a pas pu être utilisée. Réessayez.',
} satisfies Catalog['passkeys'];
