import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `common` group (see `../../en/common.ts`). */
export const common = {
  tagline: 'Geheimnisse teilen, Ende-zu-Ende-verschlüsselt',
  mainNav: 'Hauptmenü',
  footer:
    'Verschlüsselt in Ihrem Browser mit libsodium. Der Schlüssel bleibt im Link; der Server speichert nur Chiffretext.',
  language: 'Sprache',
  navSignIn: 'Anmelden',
  navNewSecret: 'Neues Geheimnis',
  navMyLinks: 'Meine Links',
  navAccount: 'Konto',
  navAdmin: 'Verwaltung',
  navSignedInAs: 'Angemeldet als @{name}',
  signOut: 'Abmelden',
  signOutRetry: 'Abmelden (erneut versuchen)',
  shareYourOwn: 'Selbst ein Geheimnis teilen',
  somethingWrong: 'Etwas ist schiefgelaufen',
  pageNotFound: 'Seite nicht gefunden',
  nothingHere: 'Unter dieser Adresse gibt es nichts.',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn von Hand.',
  incompleteLink: 'Dieser Link ist unvollständig: Der Teil nach # fehlt oder ist beschädigt.',
  incompleteManageLink:
    'Dieser Verwaltungslink ist unvollständig: Der Teil nach # fehlt oder ist beschädigt.',
  damagedId:
    'Dieser Link ist beschädigt: Der Teil nach /s/ ist keine gültige Geheimnis-ID. Prüfen Sie, ob der ganze Link kopiert wurde.',
  gone: 'Dieses Geheimnis ist weg: Es ist abgelaufen, wurde schon aufgerufen oder wurde widerrufen.',
  decryptionFailed: 'Entschlüsseln fehlgeschlagen: Die Passphrase ist falsch, oder der Link wurde verändert.',
  senderNotVerified:
    'Dieses Geheimnis ist nicht von der Person signiert, die der Server als Absender nennt. Vertrauen Sie ihm nicht; sagen Sie es dem Absender und Ihrer Administration.',
  commitmentMismatch:
    'Dieses Geheimnis wurde verändert: Sein Schlüssel passt nicht zu dem, womit es versiegelt wurde. Es wurde nichts davon angezeigt; sagen Sie es dem Absender.',
  unreadable:
    'Dieses Geheimnis ließ sich nicht lesen: Es stammt von einer anderen Hushlink-Version oder wurde verändert.',
  passphraseNeeded:
    'Geben Sie zuerst die Passphrase ein. Der Absender sollte sie Ihnen auf anderem Weg mitgeteilt haben.',
  network:
    'Der Hushlink-Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  unexpected: 'Etwas ist schiefgelaufen. Es ging nichts verloren; bitte versuchen Sie es erneut.',
  sodiumFailed:
    'Die Verschlüsselungsbibliothek konnte in diesem Browser nicht geladen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  tooLarge: 'Dieses Geheimnis ist zu groß, um es als Link zu teilen.',
  emptySecret: 'Geben Sie zuerst das Geheimnis ein oder fügen Sie Dateien hinzu.',
  uploadCancelled: 'Abgebrochen. Es wurde nichts geteilt, und bereits Hochgeladenes wurde gelöscht.',
  viewsRange: 'Die Zahl der Aufrufe muss eine ganze Zahl von 1 bis 100 sein.',
  forbiddenToken:
    'Dieser Verwaltungslink gehört nicht zu diesem Geheimnis. Prüfen Sie, ob der ganze Link kopiert wurde.',
  notForYou: 'Dieses Geheimnis wurde mit anderen Personen geteilt, nicht mit Ihnen.',
  signInRequired: 'Melden Sie sich zuerst mit Ihrem Passkey an.',
  pageFailed: 'Diese Seite konnte nicht geladen werden. Laden Sie sie neu und versuchen Sie es erneut.',
  stepUpCancelled:
    'Sie haben nicht mit Ihrem Passkey bestätigt, daher wurde nichts geändert. Versuchen Sie es erneut, wenn Sie so weit sind.',
  stepUpUnavailable:
    'Ihr Passkey konnte Sie nicht bestätigen, daher wurde nichts geändert. Versuchen Sie es erneut oder nehmen Sie einen anderen Passkey.',
  stepUpRequired:
    'Diese Änderung braucht eine frische Bestätigung mit Ihrem Passkey. Versuchen Sie es erneut und bestätigen Sie, dass Sie es sind.',
  tooManyAttempts:
    'Zu viele Versuche; versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
  unauthorized: 'Dieser Server nimmt neue Geheimnisse nur nach der Anmeldung an.',
  unknownUser:
    'Eine der gewählten Personen hat kein aktives Konto mehr. Entfernen Sie sie und versuchen Sie es erneut.',
  originMismatch:
    'Diese Anfrage kam nicht von dieser Hushlink-Seite. Laden Sie sie neu und versuchen Sie es erneut.',
  cancel: 'Abbrechen',
  unknownBrowserTitle: 'Unbekannter Browser',
  unknownBrowser: 'unbekannter Browser',
  browserOn: '{browser} auf {system}',
  networkPolicyDenied:
    'Ihre Organisation lässt Ihr Konto nur aus ihren eigenen Netzen mit Hushlink verbinden, und Sie sind in keinem davon. Verbinden Sie sich mit dem Büronetz oder seinem VPN und versuchen Sie es erneut.',
  serverUnavailable: 'Der Hushlink-Server ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.',
} satisfies Catalog['common'];
