import type { Catalog } from '../../catalog.ts';

/** Nederlands: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Deze link is onvolledig',
  incomplete: 'Deze verzoeklink is onvolledig: het deel na # ontbreekt of is beschadigd.',
  damagedTitle: 'Deze link is beschadigd',
  damaged: 'Deze verzoeklink is beschadigd: het deel na /r/ is geen geldige verzoek-id.',
  goneTitle: 'Dit verzoek is gesloten',
  gone: 'Dit verzoek staat niet meer open: het is al beantwoord, verlopen of ingetrokken.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Typ of plak eerst het geheim.',
  sealing: 'Bezig met verzegelen voor de passkeys van {name}…',
  sending: 'Het verzegelde geheim wordt verstuurd…',
  askedBy: 'Gevraagd door',
  theirNote: 'Notitie',
  openUntil: 'Open tot',
  sealedTo: 'Verzegeld voor',
  theirKeys: '{fingerprints} (de sleutels van hun passkeys)',
  keyMismatch:
    'De sleutels in deze link verschillen van die welke deze server voor {name} noemt. Het geheim wordt verzegeld voor de sleutels in de link. Kreeg je de link niet rechtstreeks van diegene, vraag het dan na voordat je verstuurt.',
  secret: 'Geheim',
  secretHint:
    'Het wordt in deze browser verzegeld, zodat alleen de passkeys van {name} het kunnen openen. Niemand anders, ook deze server niet, kan het lezen.',
  sealAndSend: 'Verzegelen en versturen',
  asks: '{name} vraagt je om een geheim',
  lede: 'Wat je hier typt, wordt in deze browser voor hun passkeys versleuteld voordat het wordt verstuurd. Je hebt geen account nodig.',
  sent: 'Verstuurd',
  sentLede:
    'Het geheim is voor de passkeys van {name} verzegeld en verstuurd. Alleen diegene kan het openen; je kunt deze pagina sluiten.',
  shareYourOwn: 'Zelf een geheim delen',
} satisfies Catalog['request'];
