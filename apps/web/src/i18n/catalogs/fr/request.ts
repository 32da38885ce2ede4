import type { Catalog } from '../../catalog.ts';

/** Français: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Ce lien est incomplet',
  incomplete: 'Ce lien de demande est incomplet : la partie après # manque ou est abîmée.',
  damagedTitle: 'Ce lien est abîmé',
  damaged: 'Ce lien de demande est abîmé : la partie après /r/ n’est pas un identifiant de demande valide.',
  goneTitle: 'Cette demande est close',
  gone: 'Cette demande n’est plus ouverte : on y a déjà répondu, ou elle a expiré ou été retirée.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Tapez ou collez d’abord le secret.',
  sealing: 'Scellement pour les clés d’accès de {name}…',
  sending: 'Envoi du secret scellé…',
  askedBy: 'Demandé par',
  theirNote: 'Sa note',
  openUntil: 'Ouverte jusqu’au',
  sealedTo: 'Scellé pour',
  theirKeys: '{fingerprints} (les clés de ses clés d’accès)',
  keyMismatch:
    'Les clés de ce lien diffèrent de celles que ce serveur indique pour {name}. Le secret est scellé pour les clés du lien. Si ce lien ne vous vient pas directement de cette personne, demandez-lui avant d’envoyer.',
  secret: 'Secret',
  secretHint:
    'Il est scellé dans ce navigateur pour que seules les clés d’accès de {name} puissent l’ouvrir. Personne d’autre, pas même ce serveur, ne peut le lire.',
  sealAndSend: 'Sceller et envoyer',
  asks: '{name} vous demande un secret',
  lede: 'Ce que vous tapez ici est chiffré dans ce navigateur pour ses clés d’accès avant d’être envoyé. Vous n’avez pas besoin de compte.',
  sent: 'Envoyé',
  sentLede:
    'Le secret a été scellé pour les clés d’accès de {name} et envoyé. Seule cette personne peut l’ouvrir ; vous pouvez fermer cette page.',
  shareYourOwn: 'Partager vous-même un secret',
} satisfies Catalog['request'];
