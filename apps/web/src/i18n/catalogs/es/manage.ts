import type { Catalog } from '../../catalog.ts';

/** Español: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'Este enlace de gestión está incompleto',
  goneTitle: 'Este secreto ya no existe',
  revokeNow: 'Revocar ahora',
  question:
    '¿Revocar este secreto? Su enlace deja de funcionar al instante, para todos. No se puede deshacer.',
  yesRevoke: 'Sí, revocarlo',
  cancel: 'Cancelar',
  revoking: 'Revocando…',
  revokedTitle: 'Revocado',
  revoked: 'El secreto está revocado: su texto cifrado se borró y su enlace ya no funciona.',
  title: 'Gestionar tu secreto',
  lede: 'El secreto sigue esperando a que lo lean.',
  status: 'Estado',
  waiting: 'Esperando',
  viewsLeft: 'Vistas restantes',
  expires: 'Caduca',
} satisfies Catalog['manage'];
