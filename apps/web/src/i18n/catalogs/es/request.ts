import type { Catalog } from '../../catalog.ts';

/** Español: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Este enlace está incompleto',
  incomplete: 'Este enlace de solicitud está incompleto: falta la parte después de # o está dañada.',
  damagedTitle: 'Este enlace está dañado',
  damaged:
    'Este enlace de solicitud está dañado: la parte después de /r/ no es un identificador de solicitud válido.',
  goneTitle: 'Esta solicitud está cerrada',
  gone: 'Esta solicitud ya no está abierta: ya se respondió, caducó o se retiró.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Primero escribe o pega el secreto.',
  sealing: 'Sellándolo para las llaves de acceso de {name}…',
  sending: 'Enviando el secreto sellado…',
  askedBy: 'Solicitado por',
  theirNote: 'Su nota',
  openUntil: 'Abierta hasta',
  sealedTo: 'Sellado para',
  theirKeys: '{fingerprints} (las claves de sus llaves de acceso)',
  keyMismatch:
    'Las claves de este enlace no coinciden con las que este servidor indica para {name}. El secreto se sella para las claves del enlace. Si el enlace no te llegó directamente de esa persona, pregúntale antes de enviarlo.',
  secret: 'Secreto',
  secretHint:
    'Se sella en este navegador para que solo las llaves de acceso de {name} puedan abrirlo. Nadie más, ni siquiera este servidor, puede leerlo.',
  sealAndSend: 'Sellar y enviar',
  asks: '{name} te pide un secreto',
  lede: 'Lo que escribas aquí se cifra en este navegador para sus llaves de acceso antes de enviarse. No necesitas cuenta.',
  sent: 'Enviado',
  sentLede:
    'El secreto se selló para las llaves de acceso de {name} y se envió. Solo esa persona puede abrirlo; puedes cerrar esta página.',
  shareYourOwn: 'Comparte tú un secreto',
} satisfies Catalog['request'];
