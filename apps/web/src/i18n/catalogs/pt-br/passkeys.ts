import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'Confirme que é você com sua chave de acesso.',
  rejected: 'A chave de acesso não foi aceita. Tente de novo ou use outra chave de acesso.',
  challengeExpired: 'A solicitação da chave de acesso expirou. Tente de novo.',
  accountDisabled: 'Esta conta está desativada. Fale com um administrador deste Hushlink.',
  nameTaken: 'Este nome de usuário já está em uso. Escolha outro.',
  inviteInvalid: 'Este link de convite é inválido, expirou ou já foi usado. Peça um novo.',
  registrationClosed: 'Novas contas precisam de um link de convite de alguém deste Hushlink.',
  alreadyRegistered:
    'Este dispositivo já tem uma chave de acesso para sua conta. Use outro dispositivo ou uma chave de segurança.',
  promptClosed:
    'A janela da chave de acesso foi fechada ou o tempo acabou. Tente de novo quando estiver pronto.',
  wrongAddress:
    'Chaves de acesso não funcionam neste endereço. Abra o Hushlink no endereço dele (https) e tente de novo.',
  unsupported:
    'Este navegador ou dispositivo não consegue usar chaves de acesso aqui. Tente outro navegador ou dispositivo.',
  failed: 'Não foi possível usar a chave de acesso. Tente de novo.',
} satisfies Catalog['passkeys'];
