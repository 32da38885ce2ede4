import type { Catalog } from '../../catalog.ts';

/** Español: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
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
  notFromNetworkTitle: 'No desde esta red',
} satisfies Catalog['reveal'];
