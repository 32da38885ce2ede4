import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'Dieser Link ist unvollständig',
  incomplete: 'Dieser Anfrage-Link ist unvollständig: Der Teil nach # fehlt oder ist beschädigt.',
  damagedTitle: 'Dieser Link ist beschädigt',
  damaged: 'Dieser Anfrage-Link ist beschädigt: Der Teil nach /r/ ist keine gültige Anfrage-ID.',
  goneTitle: 'Diese Anfrage ist geschlossen',
  gone: 'Diese Anfrage ist nicht mehr offen: Sie wurde schon beantwortet, ist abgelaufen oder wurde zurückgezogen.',
  requester: '{displayName} (@{name})',
  typeFirst: 'Geben Sie das Geheimnis zuerst ein.',
  sealing: 'Wird für die Passkeys von {name} versiegelt…',
  sending: 'Das versiegelte Geheimnis wird gesendet…',
  askedBy: 'Angefragt von',
  theirNote: 'Notiz',
  openUntil: 'Offen bis',
  sealedTo: 'Versiegelt für',
  theirKeys: '{fingerprints} (die Schlüssel der Passkeys)',
  keyMismatch:
    'Die Schlüssel in diesem Link weichen von denen ab, die dieser Server für {name} nennt. Das Geheimnis wird für die Schlüssel im Link versiegelt. Wenn Sie den Link nicht direkt von dieser Person haben, fragen Sie vor dem Senden nach.',
  secret: 'Geheimnis',
  secretHint:
    'Es wird in diesem Browser versiegelt, sodass nur die Passkeys von {name} es öffnen können. Niemand sonst kann es lesen, auch dieser Server nicht.',
  sealAndSend: 'Versiegeln und senden',
  asks: '{name} bittet Sie um ein Geheimnis',
  lede: 'Was Sie hier eingeben, wird in diesem Browser für die Passkeys dieser Person verschlüsselt, bevor es gesendet wird. Sie brauchen kein Konto.',
  sent: 'Gesendet',
  sentLede:
    'Das Geheimnis wurde für die Passkeys von {name} versiegelt und gesendet. Nur diese Person kann es öffnen; Sie können diese Seite schließen.',
  shareYourOwn: 'Selbst ein Geheimnis teilen',
} satisfies Catalog['request'];
