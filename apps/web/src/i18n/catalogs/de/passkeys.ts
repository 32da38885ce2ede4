import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Bestätigen Sie mit Ihrem Passkey, dass Sie es sind.',
  rejected:
    'Der Passkey wurde nicht akzeptiert. Versuchen Sie es erneut oder nehmen Sie einen anderen Passkey.',
  challengeExpired: 'Die Passkey-Anfrage ist abgelaufen. Versuchen Sie es erneut.',
  accountDisabled: 'Dieses Konto ist deaktiviert. Wenden Sie sich an die Administration dieses Hushlink.',
  nameTaken: 'Dieser Benutzername ist vergeben. Wählen Sie einen anderen.',
  inviteInvalid:
    'Dieser Einladungslink ist ungültig, abgelaufen oder schon benutzt. Bitten Sie um einen neuen.',
  registrationClosed: 'Neue Konten brauchen einen Einladungslink von jemandem in diesem Hushlink.',
  alreadyRegistered:
    'Dieses Gerät hat schon einen Passkey für Ihr Konto. Nehmen Sie ein anderes Gerät oder einen Sicherheitsschlüssel.',
  promptClosed:
    'Die Passkey-Abfrage wurde geschlossen oder ist abgelaufen. Versuchen Sie es erneut, wenn Sie so weit sind.',
  wrongAddress:
    'Passkeys funktionieren unter dieser Adresse nicht. Öffnen Sie Hushlink unter seiner eigenen Adresse (https) und versuchen Sie es erneut.',
  unsupported:
    'Dieser Browser oder dieses Gerät kann hier keine Passkeys nutzen. Versuchen Sie es mit einem anderen Browser oder Gerät.',
  failed: 'Der Passkey ließ sich nicht verwenden. Versuchen Sie es erneut.',
} satisfies Catalog['passkeys'];
