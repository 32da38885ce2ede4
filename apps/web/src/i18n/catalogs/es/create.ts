import type { Catalog } from '../../catalog.ts';

/** Español: the `create` group (see `../../en/create.ts`). */
export const create = {
  title: 'Compartir un secreto',
  lede: 'Tu secreto se cifra en este navegador. La clave solo viaja dentro del enlace, así que el servidor nunca la ve.',
  noAccountsYet:
    'Este Hushlink todavía no tiene cuentas. {link}: será la de administración, que invita a todos los demás.',
  createFirstAccount: 'Crea la primera cuenta',
  accountsOnly:
    'En este Hushlink solo las personas con cuenta pueden compartir secretos. Primero inicia sesión con tu llave de acceso.',
  signIn: 'Iniciar sesión',
  expiry5m: '5 minutos',
  expiry1h: '1 hora',
  expiry1d: '1 día',
  expiry7d: '7 días',
  expiry30d: '30 días',
  createLink: 'Crear enlace',
  choosePeople: 'Elige al menos una persona u otro tipo de acceso.',
  encrypting: 'Cifrando…',
  encryptingSlow: 'Cifrando (la frase de contraseña tarda un momento)…',
  encryptingAndUploading: 'Cifrando y subiendo…',
  uploadingFiles: 'Subiendo los archivos cifrados',
  saving: 'Guardando el secreto cifrado…',
  secret: 'Secreto',
  secretHint: 'Una contraseña, una clave de API, una nota. Se cifra antes de salir.',
  expiresAfter: 'Caduca en',
  viewsAllowed: 'Visualizaciones permitidas',
  passphraseOptional: 'Frase de contraseña (opcional)',
  passphraseHint:
    'Envía la frase de contraseña por otro canal (una llamada, otra aplicación), nunca junto con el enlace.',
  accessLink: 'Cualquiera con el enlace',
  accessTeam: 'Cualquiera del equipo (miembros y administradores, no invitados)',
  accessPeople: 'Solo estas personas',
  accessOnly: 'Solo {names}',
  hintLink: 'Quien tenga el enlace puede abrirlo.',
  hintTeam:
    'Miembros y administradores de este Hushlink, tras iniciar sesión con su llave de acceso. Los invitados (colaboradores externos) no pueden abrirlo.',
  hintPeople: 'Solo las cuentas que indiques, tras iniciar sesión con su llave de acceso.',
  people: 'Personas',
  whoCanOpen: 'Quién puede abrirlo',
  notify: 'Avisarme cuando se abra',
  chosenPeople: 'Personas elegidas',
  noOneByThatName: 'Nadie con ese nombre.',
  remove: 'Quitar a {name}',
  added: '{name} añadido.',
  removed: '{name} quitado.',
  pickerHint: 'Escribe el principio de un nombre y elige con las flechas y Intro.',
  readyOne: 'Tu enlace está listo',
  readyTwo: 'Tus enlaces están listos',
  scanIt: 'O escanéalo con un móvil.',
  qrLabel: 'Código QR del enlace secreto',
  sendThisLink:
    'Envía este enlace a la persona que debe leer el secreto. Se puede abrir {count, plural, one {una vez} other {# veces}}.',
  secretLink: 'Enlace secreto',
  copyLink: 'Copiar enlace',
  passphraseSeparately: 'Envía la frase de contraseña por otro canal, nunca junto al enlace.',
  expires: 'Caduca',
  passphrase: 'Frase de contraseña',
  required: 'Obligatoria',
  none: 'Ninguna',
  alsoInMyLinks: 'También está en {link}, donde puedes ver quién lo abrió y revocarlo.',
  myLinks: 'Mis enlaces',
  keepManageLink: 'Guarda el enlace de gestión',
  manageLinkWhy:
    'Te permite revocar el secreto antes de que se lea. Solo se muestra una vez: guárdalo para ti, no lo envíes.',
  manageLink: 'Enlace de gestión',
  copyManageLink: 'Copiar enlace de gestión',
  createAnother: 'Crear otro',
  sealTo: 'Sellarlo para sus llaves de acceso',
  sealHint:
    'Solo sus llaves de acceso pueden abrirlo: el enlace no lleva ninguna clave y el servidor no puede descifrarlo. Quienes tengan llaves de acceso que no admiten secretos sellados reciben en su lugar un enlace verificado por el servidor.',
  reopenToo: 'Yo también puedo volver a abrirlo',
  checkingPasskeys: 'Comprobando tus llaves de acceso…',
  noSealingKeysOfMine:
    'Ninguna de tus llaves de acceso puede recibir secretos sellados, así que no podrás volver a abrirlo. Añade una compatible en tu página de cuenta.',
  selfKeysFailed: 'No se pudieron consultar tus claves: no podrás volver a abrirlo.',
  alsoSealedToYou:
    'También sellado para tus propias llaves de acceso: {keys}. Abrirlo tú no gasta ninguna visualización.',
  sealingKeysList: 'Claves de sellado de las personas elegidas',
  lookingUpKeys: ': consultando sus claves…',
  keyWithPasskey: '{fingerprint} ({passkey})',
  cannotReceive:
    'No puede recibir secretos sellados (ninguna de sus llaves de acceso lo admite). Recibe en su lugar un enlace verificado por el servidor: lleva su clave, y el servidor solo deja abrirlo a esa persona.',
  canReceive: 'Puede recibir secretos sellados. Claves: {keys}.',
  keysAdded: 'nuevas {fingerprints}',
  keysRemoved: 'eliminadas {fingerprints}',
  keysChanged:
    'Las claves de {name} cambiaron desde la última vez que sellaste para esa persona ({changes}). Una llave de acceso nueva lo explica; si no añadió ninguna, confírmalo con ella antes de enviar.',
  nothingSealed:
    'Ninguna de las personas elegidas puede recibir secretos sellados, así que no se sellará nada: recibirán un único enlace verificado por el servidor.',
  lookingUpTheirKeys: 'Consultando las claves de sus llaves de acceso…',
  encryptingForOthers: 'Cifrando el enlace para los demás…',
  savingIt: 'Guardando…',
  sealingIt: 'Sellando para sus llaves de acceso…',
  savingSealed: 'Guardando el secreto sellado…',
  sealedLink: 'Enlace sellado',
  gatedLink: 'Enlace verificado por el servidor',
  copySealedLink: 'Copiar enlace sellado',
  copyGatedLink: 'Copiar enlace verificado',
  sealedToHeading: 'Sellado para {names}',
  gatedHeading: 'Para {names}: sin sellar',
  sealedExplainedOthers:
    'Solo sus llaves de acceso pueden abrirlo. El enlace no lleva ninguna clave, así que puedes enviarlo por cualquier canal, y el servidor no puede descifrarlo.',
  sealedExplainedWithYou:
    'Solo sus llaves de acceso y las tuyas pueden abrirlo. El enlace no lleva ninguna clave, así que puedes enviarlo por cualquier canal, y el servidor no puede descifrarlo. Abrirlo tú no gasta ninguna visualización.',
  gatedExplained:
    'Sus llaves de acceso no pueden recibir secretos sellados, así que este enlace lleva su clave y el servidor solo deja abrirlo a estas personas tras iniciar sesión. Envíalo solo a ellas.',
  manageLinkOfSealed: 'Enlace de gestión del enlace sellado',
  manageLinkOfGated: 'Enlace de gestión del enlace verificado',
  manageLinkHint: 'Guárdalo para ti: revoca este enlace antes de que se lea. Solo se muestra una vez.',
  twoLinks:
    'Algunas de las personas elegidas pueden recibir secretos sellados y otras no, así que hay dos enlaces: envía cada uno solo a las personas que indica. Cada uno se puede abrir {count, plural, one {una vez} other {# veces}}.',
  onlyGated:
    'Ninguna de las personas elegidas puede recibir secretos sellados, así que este enlace no está sellado: lo verifica el servidor. Envíalo solo a las personas que indica. Se puede abrir {count, plural, one {una vez} other {# veces}}.',
  sendToPeople:
    'Envía este enlace a las personas a las que va dirigido. Se puede abrir {count, plural, one {una vez} other {# veces}}.',
  passphraseToo: 'También hace falta la frase de contraseña: envíala por otro canal.',
  alsoInMyLinksPlural: 'También están en {link}, donde puedes ver quién los abrió y revocarlos.',
  // Named networks an admin defined
  namedNetworks: 'Solo desde estas redes con nombre (opcional)',
  namedNetworksHint:
    'Redes que nombró tu administrador. El enlace conserva sus direcciones tal como son ahora, aunque el administrador las cambie más adelante.',
  networksLabel: 'Solo desde estas redes (opcional)',
  networksHint:
    'Direcciones IP o rangos, separados por comas. Si se abre desde otro lugar, el enlace se rechaza y no se gasta nada.',
  networksTooMany: 'Indica como máximo {max} redes.',
  networkInvalid: '«{range}»: {reason}.',
  notANetwork: 'no es una red',
} satisfies Catalog['create'];
