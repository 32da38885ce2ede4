import type { Catalog } from '../../catalog.ts';

/** Español: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'El worker de cifrado no pudo iniciarse en este navegador. Recarga la página e inténtalo de nuevo.',
  noPlace:
    'Este navegador no puede escribir los archivos mientras se descargan ni guardarlos en su almacenamiento privado, así que no puede guardar estos archivos. Abre el enlace en un Chrome, Edge, Firefox o Safari actual, o con el cliente de línea de comandos hushlink. No se ha gastado nada.',
  diskFull:
    'No hay suficiente espacio libre para que este navegador guarde los archivos descifrados. Libera espacio en disco e inténtalo de nuevo; no se guardó nada.',
  savedNote:
    'Cada archivo se descifra mientras se descarga y se escribe donde elijas. Solo se conserva cuando se ha descifrado y comprobado por completo; si la descarga falla o la cancelas, el archivo parcial se descarta.',
  privateStorageNote:
    'Este navegador no puede escribir los archivos donde elijas mientras se descargan, así que se descifran en su almacenamiento privado para este sitio y se ofrecen para guardar cuando todos se han descifrado y comprobado. Se borran de allí cuando sales de esta página.',
  decrypted:
    'Los archivos están descifrados. Guarda cada uno; se quedan en esta pestaña hasta que salgas de ella.',
  notEnoughSpace:
    'Estos archivos necesitan {needed} del almacenamiento de este navegador, y le quedan {available}. Libera espacio en disco o abre el enlace con el cliente de línea de comandos hushlink. No se ha gastado nada.',
  unreadable:
    'No se pudo leer {name}: puede que se haya movido o cambiado desde que lo elegiste. Vuelve a elegirlo.',
  tooMany: 'Un secreto puede llevar como máximo {max} archivos; quita algunos.',
  tooLarge:
    'Estos archivos son demasiado grandes: juntos ocupan {size}, y este Hushlink admite como máximo {limit} por secreto.',
  incomplete: 'La descarga terminó antes de que llegara todo el secreto. Inténtalo de nuevo.',
  filesToShare: 'Archivos para compartir',
  dropHint:
    'Suelta archivos aquí o elígelos. Se cifran en este navegador a medida que se leen y se suben a medida que se cifran.',
  filesOptional: 'Archivos (opcional)',
  removeLabel: 'Quitar {name}',
  remove: 'Quitar',
  cancel: 'Cancelar',
  grantClosed: 'Se cerró el plazo de descarga: los archivos ya no se pueden descargar del servidor.',
  grantLeft:
    'Si una descarga falla o la cancelas, puedes volver a intentarlo durante {minutes, plural, one {# minuto más} other {# minutos más}} (hasta las {until}) sin gastar otra vista.',
  sizeUnknown: 'tamaño conocido tras descifrar',
  typeUnknown: 'tipo desconocido',
  typeAndSize: '{type}, {size}',
  saveLabel: 'Guardar {name}',
  saveAs: 'Guardar…',
  save: 'Guardar',
  savingCancelled: 'Se canceló el guardado de {name}.',
  savingFailed: 'No se pudo guardar {name}: {reason}',
  decryptingCancelled: 'Se canceló el descifrado de los archivos.',
  decryptingFailed: 'No se pudieron descifrar los archivos: {reason}',
  noSaveDialog: 'No se pudo abrir el diálogo de guardado: {reason}',
  downloadingOne: 'Descargando y descifrando {name}',
  downloadingAll: 'Descargando y descifrando los archivos',
  savedInFull: 'Guardado: descifrado y comprobado por completo.',
  saved: 'Se guardó {name}.',
  notSaved: 'No guardado: se descartó el archivo parcial.',
  checkedInFull: 'Descifrado y comprobado por completo.',
  decryptFiles: 'Descifrar archivos',
  title: 'Los archivos',
  lastView:
    'Esta era la última vista: el secreto ya se borró del servidor. Guarda los archivos antes de salir de esta página.',
  moreViews:
    'El enlace puede abrirse {count, plural, one {# vez más} other {# veces más}} antes de dejar de funcionar.',
  shareYourOwn: 'Comparte tú un secreto',
} satisfies Catalog['files'];
