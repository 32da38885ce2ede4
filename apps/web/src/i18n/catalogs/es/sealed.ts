import type { Catalog } from '../../catalog.ts';

/** Español: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    'Esta llave de acceso no puede abrir secretos sellados: su autenticador no admite la extensión PRF que necesita Hushlink. No se abrió nada. Usa otra de tus llaves de acceso, una que tu página de cuenta indique como capaz de recibir secretos sellados.',
  files: 'Este secreto sellado contiene archivos, que esta página aún no puede abrir.',
  forSpecificPeople:
    'Este enlace es para personas concretas: solo se abre para las cuentas de Hushlink para las que se selló, cada una con su propia llave de acceso. Si eres una de ellas, inicia sesión con tu llave de acceso. Si no tienes cuenta aquí, todavía no puedes abrirlo: pide a quien te lo envió que te invite y que vuelva a compartirlo contigo cuando tengas cuenta.',
  ownSecret:
    'Tú sellaste este secreto, y abrirlo tú no gasta ninguna visualización: quedan para las personas para las que lo sellaste.',
  notSealedToSender:
    'Sellaste este secreto para otras personas, no para tus propias llaves de acceso, así que no puedes abrirlo. Solo ellas pueden.',
  signedInAsSentence: 'Has iniciado sesión como {displayName} (@{name}).',
  viewsNote:
    '{count, plural, one {Abrirlo gasta una visualización. Es la última: el secreto se borra del servidor al abrirlo.} other {Abrirlo gasta una visualización; quedan #.}}',
  notSealedToUsedNamed: 'No se selló para la llave de acceso que usaste («{passkey}»).',
  notSealedToUsed: 'No se selló para la llave de acceso que usaste.',
  noOtherPasskeys:
    'Ninguna de tus otras llaves de acceso puede recibir secretos sellados: pide al remitente que lo vuelva a sellar para una llave de acceso que tengas.',
  useOtherPasskeys:
    'Usa otra de tus llaves de acceso: {passkeys}. Una llave de acceso añadida después de sellarlo no puede abrirlo.',
  passkeyWithFingerprint: '«{name}» ({fingerprint})',
  signedInAs: 'Sesión iniciada como {displayName} (@{name}).',
  signInAndOpen: 'Iniciar sesión con tu llave de acceso y abrir',
  useAnotherPasskey: 'Usar otra llave de acceso',
  confirmAndOpen: 'Confirmar con tu llave de acceso y abrir',
  open: 'Abrir',
  opening: 'Abriendo…',
  sessionEnded: 'Tu sesión terminó. Vuelve a iniciar sesión con tu llave de acceso para abrirlo.',
  heldForAnotherPasskey:
    'El secreto se guarda en esta pestaña: probar otra llave de acceso no gasta otra visualización. Si recargas o cierras la pestaña, se pierde.',
  notSealedUseAnother: 'No se selló para la llave de acceso que usaste. Usa otra de tus llaves de acceso.',
  doNotTrustTitle: 'No te fíes de este secreto',
  whoCanOpenSealed: 'Solo las personas para las que se selló, con su llave de acceso',
  title: 'Un secreto sellado te espera',
  lede: 'Se selló para las llaves de acceso de las personas a las que va dirigido: solo tu llave de acceso puede abrirlo, en este navegador. El enlace no lleva ninguna clave y no se gasta nada hasta que lo abras.',
  senderVerified:
    'Sellado por {displayName} (@{name}), clave {fingerprint}, verificado: la firma coincide con una de sus claves.',
  senderRequestLink:
    'Remitente sin verificar: respondido mediante tu enlace de solicitud por alguien que no había iniciado sesión.',
  senderBeforeSigning:
    'Remitente sin verificar: se selló antes de que los remitentes firmaran lo que sellan.',
  senderNoSigningKey:
    'Remitente sin verificar: {displayName} (@{name}) aún no tiene clave de firma, así que no está firmado.',
  senderNewKey:
    'Este navegador no había visto antes esta clave de esa persona: compara su huella con la de su página de cuenta.',
  senderBeforeTheirKey:
    'Remitente sin verificar: se selló antes de que {displayName} (@{name}) tuviera clave de firma, así que no está firmado.',
} satisfies Catalog['sealed'];
