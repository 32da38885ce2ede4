import type { Catalog } from '../../catalog.ts';

/** Español: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Confirma que eres tú con tu llave de acceso.',
  rejected: 'No se aceptó la llave de acceso. Inténtalo de nuevo o usa otra llave de acceso.',
  challengeExpired: 'La solicitud de la llave de acceso caducó. Inténtalo de nuevo.',
  accountDisabled: 'Esta cuenta está desactivada. Consulta a un administrador de este Hushlink.',
  nameTaken: 'Este nombre de usuario ya está en uso. Elige otro.',
  inviteInvalid: 'Este enlace de invitación no es válido, caducó o ya se usó. Pide uno nuevo.',
  registrationClosed: 'Para crear una cuenta hace falta un enlace de invitación de alguien de este Hushlink.',
  alreadyRegistered:
    'Este dispositivo ya tiene una llave de acceso para tu cuenta. Usa otro dispositivo o una llave de seguridad.',
  promptClosed:
    'Se cerró la ventana de la llave de acceso o se agotó el tiempo. Inténtalo de nuevo cuando estés listo.',
  wrongAddress:
    'Las llaves de acceso no funcionan en esta dirección. Abre Hushlink en su propia dirección (https) e inténtalo de nuevo.',
  unsupported:
    'Este navegador o dispositivo no puede usar llaves de acceso aquí. Prueba con otro navegador o dispositivo.',
  failed: 'No se pudo usar la llave de acceso. Inténtalo de nuevo.',
} satisfies Catalog['passkeys'];
