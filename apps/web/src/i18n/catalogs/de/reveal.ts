import type { Catalog } from '../../catalog.ts';

/** Deutsch: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
  incompleteTitle: 'Dieser Link ist unvollständig',
  goneTitle: 'Dieses Geheimnis ist weg',
  damagedTitle: 'Dieser Link ist beschädigt',
  notForYouTitle: 'Nicht für Sie',
  whoLink: 'Alle, die den Link haben',
  whoTeam: 'Alle im Team (Mitglieder und Admins, keine Gäste)',
  whoPeople: 'Nur die Personen, mit denen es geteilt wurde',
  signInPeople:
    'Nur die Personen, mit denen es geteilt wurde, können es öffnen. Melden Sie sich mit Ihrem Passkey an, um zu zeigen, dass Sie es sind; Sie bleiben auf dieser Seite.',
  signInTeam:
    'Nur Mitglieder und Admins dieses Hushlink können es öffnen. Melden Sie sich mit Ihrem Passkey an; Sie bleiben auf dieser Seite.',
  notForAGuest:
    'Dieses Geheimnis ist für das Team (Mitglieder und Admins), Gäste können es nicht öffnen. Bitten Sie den Absender, es namentlich mit Ihnen zu teilen.',
  viewsNote:
    '{count, plural, one {Das Aufdecken verbraucht einen Aufruf. Es ist der letzte: Danach wird das Geheimnis vom Server gelöscht.} other {Das Aufdecken verbraucht einen Aufruf; noch # Aufrufe übrig.}}',
  reveal: 'Aufdecken',
  tryAgain: 'Erneut versuchen',
  signInWithPasskey: 'Mit Passkey anmelden',
  signedInAs: 'Angemeldet als {displayName} (@{name}).',
  waitingForPasskey: 'Warte auf Ihren Passkey…',
  signedIn: 'Angemeldet.',
  signedInPressReveal: 'Angemeldet. Drücken Sie „Aufdecken“, um das Geheimnis zu öffnen.',
  revealing: 'Wird aufgedeckt…',
  downloading: 'Wird heruntergeladen…',
  downloadingSlow: 'Wird heruntergeladen (die Passphrase braucht einen Moment)…',
  decrypting: 'Wird entschlüsselt…',
  decryptingSlow: 'Wird entschlüsselt (die Passphrase braucht einen Moment)…',
  heldDownload:
    'Der Download wird bis {time} in diesem Tab bereitgehalten: Ein erneuter Versuch verbraucht keinen weiteren Aufruf. Wer neu lädt oder den Tab schließt, verliert ihn.',
  heldSecret:
    'Das Geheimnis wird in diesem Tab bereitgehalten: Ein erneuter Versuch verbraucht keinen weiteren Aufruf. Wer neu lädt oder den Tab schließt, verliert es.',
  expires: 'Läuft ab',
  viewsLeft: 'Verbleibende Aufrufe',
  passphrase: 'Passphrase',
  required: 'Erforderlich',
  none: 'Keine',
  whoCanOpen: 'Wer es öffnen kann',
  passphraseHint: 'Der Absender sollte sie Ihnen auf anderem Weg mitgeteilt haben.',
  waitingTitle: 'Ein Geheimnis wartet auf Sie',
  waitingLede: 'Es wird beim Aufdecken in diesem Browser entschlüsselt. Bis dahin wird nichts verbraucht.',
  revealedTitle: 'Das Geheimnis',
  hiddenNote: 'Verborgen. Drücken Sie „Zeigen“, um es wieder zu sehen.',
  show: 'Zeigen',
  hide: 'Verbergen',
  lastView:
    'Das war der letzte Aufruf: Das Geheimnis ist jetzt vom Server gelöscht. Kopieren Sie es, bevor Sie diese Seite verlassen.',
  moreViews:
    'Der Link hat noch {count, plural, one {# Aufruf} other {# Aufrufe}}, bevor er nicht mehr funktioniert.',
  notFromNetworkTitle: 'Nicht aus diesem Netz',
} satisfies Catalog['reveal'];
