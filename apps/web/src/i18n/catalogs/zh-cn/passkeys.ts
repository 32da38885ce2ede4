import type { Catalog } from '../../catalog.ts';

/** 简体中文: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: '请用你的通行密钥确认是你本人。',
  rejected: '通行密钥未被接受。请重试，或换用另一个通行密钥。',
  challengeExpired: '通行密钥请求已过期。请重试。',
  accountDisabled: '此账户已停用。请联系此 Hushlink 的管理员。',
  nameTaken: '此用户名已被占用。请另选一个。',
  inviteInvalid: '此邀请链接无效、已过期或已被使用。请索要新的链接。',
  registrationClosed: '创建新账户需要此 Hushlink 上某人发出的邀请链接。',
  alreadyRegistered: '此设备上已有你账户的通行密钥。请使用其他设备或安全密钥。',
  promptClosed: '通行密钥提示已关闭或超时。准备好后请重试。',
  wrongAddress: '通行密钥无法在此地址使用。请在 Hushlink 自己的地址（https）打开后重试。',
  unsupported: '此浏览器或设备无法在这里使用通行密钥。请换用其他浏览器或设备。',
  failed: '无法使用该通行密钥。请重试。',
} satisfies Catalog['passkeys'];
