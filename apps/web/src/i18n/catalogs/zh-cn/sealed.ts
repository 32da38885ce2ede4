import type { Catalog } from '../../catalog.ts';

/** 简体中文: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    '这个通行密钥无法打开封存的机密：它的验证器不支持 Hushlink 所需的 PRF 扩展。没有打开任何内容。请换用你的另一个通行密钥，即账户页面上标明可以接收封存机密的那个。',
  files: '这条封存的机密包含文件，此页面暂时还无法打开。',
  forSpecificPeople:
    '此链接是给特定的人的：只有它所封存给的 Hushlink 账户，各自用自己的通行密钥才能打开。如果你是其中之一，请用通行密钥登录。如果你在这里没有账户，目前还无法打开：请让发送者邀请你，并在你有了账户后重新分享给你。',
  ownSecret: '这条机密是你封存的，你自己打开不会消耗查看次数：次数会留给你封存给的那些人。',
  notSealedToSender: '你把这条机密封存给了其他人，而不是你自己的通行密钥，因此你无法打开它。只有他们可以。',
  signedInAsSentence: '你当前登录为 {displayName}（@{name}）。',
  viewsNote:
    '{count, plural, =1 {打开会消耗一次查看。这是最后一次：打开后机密将从服务器上删除。} other {打开会消耗一次查看；还剩 # 次。}}',
  notSealedToUsedNamed: '它没有封存给你使用的通行密钥（“{passkey}”）。',
  notSealedToUsed: '它没有封存给你使用的通行密钥。',
  noOtherPasskeys: '你的其他通行密钥都不能接收封存的机密：请让发送者重新封存给你拥有的通行密钥。',
  useOtherPasskeys: '请换用你的另一个通行密钥：{passkeys}。封存之后才添加的通行密钥无法打开它。',
  passkeyWithFingerprint: '“{name}”（{fingerprint}）',
  signedInAs: '已登录为 {displayName}（@{name}）。',
  signInAndOpen: '用通行密钥登录并打开',
  useAnotherPasskey: '换用另一个通行密钥',
  confirmAndOpen: '用通行密钥确认并打开',
  open: '打开',
  opening: '正在打开…',
  sessionEnded: '你的会话已结束。请重新用通行密钥登录以打开它。',
  heldForAnotherPasskey:
    '机密保留在此标签页中：换用另一个通行密钥不会再消耗查看次数。刷新或关闭标签页会丢失它。',
  notSealedUseAnother: '它没有封存给你使用的通行密钥。请换用你的另一个通行密钥。',
  doNotTrustTitle: '请勿信任这条机密',
  whoCanOpenSealed: '仅限被封存给的人，使用其通行密钥',
  title: '有一条封存的机密在等你',
  lede: '它已封存给目标收件人的通行密钥：只有你的通行密钥能在此浏览器中打开它。链接里不含密钥，在你打开之前不会消耗任何次数。',
  senderVerified: '由 {displayName}（@{name}）封存，密钥 {fingerprint}，已验证：签名与其密钥一致。',
  senderRequestLink: '发送者未验证：由未登录的人通过你的请求链接回复。',
  senderBeforeSigning: '发送者未验证：封存于发送者开始签名之前。',
  senderNoSigningKey: '发送者未验证：{displayName}（@{name}）还没有签名密钥，因此没有签名。',
  senderNewKey: '此浏览器以前没有见过对方的这个密钥：请将其指纹与对方账户页面上的指纹核对。',
  senderBeforeTheirKey: '发送者未验证：封存时 {displayName}（@{name}）还没有签名密钥，因此没有签名。',
} satisfies Catalog['sealed'];
