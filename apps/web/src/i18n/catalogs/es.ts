import type { Catalog } from '../catalog.ts';

/** Español. */
export default {
  common: {
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
    incompleteManageLink:
      'Este enlace de gestión está incompleto: falta la parte después de # o está dañada.',
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
  },
  create: {
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
  },
  reveal: {
    incompleteTitle: 'Este enlace está incompleto',
    goneTitle: 'Este secreto ya no existe',
    damagedTitle: 'Este enlace está dañado',
    notForYouTitle: 'No es para ti',
    whoLink: 'Cualquiera con el enlace',
    whoTeam: 'Cualquiera del equipo (miembros y administradores, no invitados)',
    whoPeople: 'Solo las personas con quienes se compartió',
    signInPeople:
      'Solo las personas con quienes se compartió pueden abrirlo. Inicia sesión con tu llave de acceso para demostrar que eres tú; seguirás en esta página.',
    signInTeam:
      'Solo los miembros y administradores de este Hushlink pueden abrirlo. Inicia sesión con tu llave de acceso; seguirás en esta página.',
    notForAGuest:
      'Este secreto es para el equipo (miembros y administradores) y los invitados no pueden abrirlo. Pide al remitente que lo comparta contigo por nombre.',
    viewsNote:
      '{count, plural, one {Mostrarlo gasta una visualización. Es la última: el secreto se borra del servidor al mostrarlo.} other {Mostrarlo gasta una visualización; quedan #.}}',
    reveal: 'Mostrar',
    tryAgain: 'Reintentar',
    signInWithPasskey: 'Iniciar sesión con una llave de acceso',
    signedInAs: 'Sesión iniciada como {displayName} (@{name}).',
    waitingForPasskey: 'Esperando tu llave de acceso…',
    signedIn: 'Sesión iniciada.',
    signedInPressReveal: 'Sesión iniciada. Pulsa Mostrar para abrir el secreto.',
    revealing: 'Abriendo…',
    downloading: 'Descargando…',
    downloadingSlow: 'Descargando (la frase de contraseña tarda un momento)…',
    decrypting: 'Descifrando…',
    decryptingSlow: 'Descifrando (la frase de contraseña tarda un momento)…',
    heldDownload:
      'La descarga se guarda en esta pestaña hasta las {time}: reintentar no gasta otra visualización. Si recargas o cierras la pestaña, se pierde.',
    heldSecret:
      'El secreto se guarda en esta pestaña: reintentar no gasta otra visualización. Si recargas o cierras la pestaña, se pierde.',
    expires: 'Caduca',
    viewsLeft: 'Visualizaciones restantes',
    passphrase: 'Frase de contraseña',
    required: 'Obligatoria',
    none: 'Ninguna',
    whoCanOpen: 'Quién puede abrirlo',
    passphraseHint: 'El remitente debería habértela dado por separado.',
    waitingTitle: 'Un secreto te espera',
    waitingLede: 'Se descifra en este navegador cuando lo muestras. Hasta entonces no se gasta nada.',
    revealedTitle: 'El secreto',
    hiddenNote: 'Oculto. Pulsa Ver para verlo de nuevo.',
    show: 'Ver',
    hide: 'Ocultar',
    lastView:
      'Era la última visualización: el secreto ya se ha borrado del servidor. Cópialo antes de salir de esta página.',
    moreViews:
      'El enlace se puede abrir {count, plural, one {# vez más} other {# veces más}} antes de dejar de funcionar.',
  },
  sealed: {
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
    senderUnsigned:
      'Remitente sin verificar: este secreto no está firmado, aunque {displayName} (@{name}) firma lo que sella en el navegador. La línea de comandos de hushlink aún no firma; si no lo envió desde allí, no te fíes y pregúntale.',
  },
} satisfies Catalog;
