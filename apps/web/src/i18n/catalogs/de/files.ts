import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'Der Verschlüsselungs-Worker konnte in diesem Browser nicht starten. Laden Sie die Seite neu und versuchen Sie es erneut.',
  noPlace:
    'Dieser Browser kann Dateien weder beim Herunterladen schreiben noch in seinem privaten Speicher ablegen, daher kann er diese Dateien nicht speichern. Öffnen Sie den Link in einem aktuellen Chrome, Edge, Firefox oder Safari oder mit dem Kommandozeilenprogramm hushlink. Es wurde nichts verbraucht.',
  diskFull:
    'Es ist nicht genug Speicherplatz frei, damit dieser Browser die entschlüsselten Dateien behalten kann. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts behalten.',
  savedNote:
    'Jede Datei wird beim Herunterladen entschlüsselt und dort gespeichert, wo Sie es wählen. Sie wird erst behalten, wenn sie vollständig entschlüsselt und geprüft ist; schlägt der Download fehl oder brechen Sie ihn ab, wird die unvollständige Datei verworfen.',
  privateStorageNote:
    'Dieser Browser kann Dateien beim Herunterladen nicht dort speichern, wo Sie es wählen. Daher werden die Dateien in seinen privaten Speicher für diese Seite entschlüsselt und zum Speichern angeboten, sobald alle entschlüsselt und geprüft sind. Beim Verlassen dieser Seite werden sie dort gelöscht.',
  decrypted:
    'Die Dateien sind entschlüsselt. Speichern Sie jede einzeln; sie bleiben in diesem Tab, bis Sie ihn verlassen.',
  notEnoughSpace:
    'Diese Dateien brauchen {needed} Speicher dieses Browsers, und er hat noch {available} frei. Geben Sie Speicherplatz frei oder öffnen Sie den Link mit dem Kommandozeilenprogramm hushlink. Es wurde nichts verbraucht.',
  unreadable:
    '{name} ließ sich nicht lesen: Die Datei wurde vielleicht verschoben oder geändert, seit Sie sie gewählt haben. Wählen Sie sie erneut.',
  tooMany: 'Ein Geheimnis kann höchstens {max} Dateien enthalten; entfernen Sie einige.',
  tooLarge:
    'Diese Dateien sind zu groß: Zusammen belegen sie {size}, und dieses Hushlink nimmt höchstens {limit} pro Geheimnis an.',
  incomplete: 'Der Download endete, bevor das ganze Geheimnis angekommen war. Versuchen Sie es erneut.',
  filesToShare: 'Zu teilende Dateien',
  dropHint:
    'Ziehen Sie Dateien hierher oder wählen Sie sie aus. Sie werden in diesem Browser beim Lesen verschlüsselt und beim Verschlüsseln hochgeladen.',
  filesOptional: 'Dateien (optional)',
  removeLabel: '{name} entfernen',
  remove: 'Entfernen',
  cancel: 'Abbrechen',
  grantClosed:
    'Das Download-Fenster ist geschlossen: Die Dateien können nicht mehr vom Server heruntergeladen werden.',
  grantLeft:
    'Schlägt ein Download fehl oder brechen Sie ihn ab, können Sie es noch {minutes, plural, one {# Minute} other {# Minuten}} lang (bis {until}) erneut versuchen, ohne einen weiteren Aufruf zu verbrauchen.',
  sizeUnknown: 'Größe nach dem Entschlüsseln bekannt',
  typeUnknown: 'unbekannter Typ',
  typeAndSize: '{type}, {size}',
  saveLabel: '{name} speichern',
  saveAs: 'Speichern…',
  save: 'Speichern',
  savingCancelled: 'Speichern von {name} abgebrochen.',
  savingFailed: 'Speichern von {name} fehlgeschlagen: {reason}',
  decryptingCancelled: 'Entschlüsseln der Dateien abgebrochen.',
  decryptingFailed: 'Entschlüsseln der Dateien fehlgeschlagen: {reason}',
  noSaveDialog: 'Der Speichern-Dialog ließ sich nicht öffnen: {reason}',
  downloadingOne: '{name} wird heruntergeladen und entschlüsselt',
  downloadingAll: 'Die Dateien werden heruntergeladen und entschlüsselt',
  savedInFull: 'Gespeichert: vollständig entschlüsselt und geprüft.',
  saved: '{name} gespeichert.',
  notSaved: 'Nicht gespeichert: Die unvollständige Datei wurde verworfen.',
  checkedInFull: 'Vollständig entschlüsselt und geprüft.',
  decryptFiles: 'Dateien entschlüsseln',
  title: 'Die Dateien',
  lastView:
    'Das war der letzte Aufruf: Das Geheimnis ist jetzt vom Server gelöscht. Speichern Sie die Dateien, bevor Sie diese Seite verlassen.',
  moreViews:
    'Der Link hat noch {count, plural, one {# Aufruf} other {# Aufrufe}}, bevor er nicht mehr funktioniert.',
  shareYourOwn: 'Selbst ein Geheimnis teilen',
} satisfies Catalog['files'];
