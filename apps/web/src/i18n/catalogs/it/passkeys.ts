import type { Catalog } from '../../catalog.ts';

/** Italiano: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Conferma che sei tu con la tua passkey.',
  rejected: 'La passkey non è stata accettata. Riprova o usa un’altra passkey.',
  challengeExpired: 'La richiesta della passkey è scaduta. Riprova.',
  accountDisabled: 'Questo account è disattivato. Rivolgiti a un amministratore di questo Hushlink.',
  nameTaken: 'Questo nome utente è già in uso. Scegline un altro.',
  inviteInvalid: 'Questo link di invito non è valido, è scaduto o è già stato usato. Chiedine uno nuovo.',
  registrationClosed: 'Per un nuovo account serve un link di invito da qualcuno di questo Hushlink.',
  alreadyRegistered:
    'Questo dispositivo ha già una passkey per il tuo account. Usa un altro dispositivo o una chiave di sicurezza.',
  promptClosed: 'La richiesta della passkey è stata chiusa o è scaduta. Riprova quando sei pronto.',
  wrongAddress:
    'Le passkey non funzionano a questo indirizzo. Apri Hushlink al suo indirizzo (https) e riprova.',
  unsupported:
    'Questo browser o dispositivo non può usare le passkey qui. Prova un altro browser o dispositivo.',
  failed: 'Non è stato possibile usare la passkey. Riprova.',
} satisfies Catalog['passkeys'];
