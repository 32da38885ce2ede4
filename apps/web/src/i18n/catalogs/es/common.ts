import type { Catalog } from '../../catalog.ts';

/** Español: the `common` group (see `../../en/common.ts`). */
export const common = {
  tagline: 'Secretos compartidos con cifrado de extremo a extremo',
  mainNav: 'Menú principal',
  footer:
    'Cifrado en tu navegador con libsodium. La clave se queda en el enlace; el servidor solo guarda texto cifrado.',
  language: 'Idioma',
  navSignIn: 'Iniciar sesión',
  navNewSecret: 'Nuevo secreto',
  navMyLinks: 'Mis enlaces',
  navAccount: 'Cuenta',
  navAdmin: 'Administración',
  navSignedInAs: 'Sesión iniciada como @{name}',
  signOut: 'Cerrar sesión',
  signOutRetry: 'Cerrar sesión (reintentar)',
  shareYourOwn: 'Comparte tu propio secreto',
  somethingWrong: 'Algo salió mal',
  pageNotFound: 'Página no encontrada',
  nothingHere: 'No hay nada en esta dirección.',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: selecciona el texto y cópialo a mano.',
  incompleteLink: 'Este enlace está incompleto: falta la parte después de # o está dañada.',
  incompleteManageLink: 'Este enlace de gestión está incompleto: falta la parte después de # o está dañada.',
  damagedId:
    'Este enlace está dañado: la parte después de /s/ no es un identificador de secreto válido. Comprueba que se copió el enlace completo.',
  gone: 'Este secreto ya no existe: caducó, ya se vio o se revocó.',
  decryptionFailed: 'No se pudo descifrar: la frase de contraseña es incorrecta o el enlace fue alterado.',
  senderNotVerified:
    'Este secreto no está firmado por la persona que el servidor indica como remitente. No te fíes; avisa al remitente y a tu administrador.',
  commitmentMismatch:
    'Este secreto fue alterado: su clave no coincide con la que se usó para sellarlo. No se mostró nada; avisa al remitente.',
  unreadable: 'No se pudo leer este secreto: lo creó otra versión de Hushlink o fue alterado.',
  passphraseNeeded:
    'Primero escribe la frase de contraseña. El remitente debería habértela dado por separado.',
  network: 'No se pudo conectar con el servidor de Hushlink. Comprueba tu conexión y vuelve a intentarlo.',
  unexpected: 'Algo salió mal. No se perdió nada; vuelve a intentarlo.',
  sodiumFailed:
    'La biblioteca de cifrado no se pudo cargar en este navegador. Recarga la página y vuelve a intentarlo.',
  tooLarge: 'Este secreto es demasiado grande para compartirlo como enlace.',
  emptySecret: 'Primero escribe o pega el secreto, o añade archivos.',
  uploadCancelled: 'Cancelado. No se compartió nada y lo que ya se había subido se ha borrado.',
  viewsRange: 'Las visualizaciones deben ser un número entero del 1 al 100.',
  forbiddenToken:
    'Este enlace de gestión no pertenece a este secreto. Comprueba que se copió el enlace completo.',
  notForYou: 'Este secreto se compartió con otras personas, no contigo.',
  signInRequired: 'Primero inicia sesión con tu llave de acceso.',
  pageFailed: 'Esta página no se pudo cargar. Recárgala y vuelve a intentarlo.',
  stepUpCancelled:
    'No confirmaste con tu llave de acceso, así que no se cambió nada. Vuelve a intentarlo cuando quieras.',
  stepUpUnavailable:
    'No se pudo usar tu llave de acceso para confirmar que eres tú, así que no se cambió nada. Vuelve a intentarlo o usa otra llave de acceso.',
  stepUpRequired:
    'Este cambio necesita una nueva comprobación con tu llave de acceso. Vuelve a intentarlo y confirma que eres tú.',
  tooManyAttempts:
    'Demasiados intentos; vuelve a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.',
  unauthorized: 'Este servidor no acepta secretos nuevos sin iniciar sesión.',
  unknownUser:
    'Una de las personas que elegiste ya no tiene una cuenta activa. Quítala y vuelve a intentarlo.',
  originMismatch: 'Esta solicitud no vino de esta página de Hushlink. Recárgala y vuelve a intentarlo.',
  cancel: 'Cancelar',
  unknownBrowserTitle: 'Navegador desconocido',
  unknownBrowser: 'navegador desconocido',
  browserOn: '{browser} en {system}',
  networkPolicyDenied:
    'Tu organización solo permite que tu cuenta se conecte a Hushlink desde sus propias redes, y no estás en ninguna de ellas. Conéctate a la red de la oficina o a su VPN e inténtalo de nuevo.',
  serverUnavailable:
    'El servidor de Hushlink no está disponible ahora mismo. Inténtalo de nuevo en un momento.',
} satisfies Catalog['common'];
