import type { Catalog } from '../../catalog.ts';

/** 简体中文: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: '此链接不完整',
  incomplete: '此请求链接不完整：# 之后的部分缺失或已损坏。',
  damagedTitle: '此链接已损坏',
  damaged: '此请求链接已损坏：/r/ 之后的部分不是有效的请求 ID。',
  goneTitle: '此请求已关闭',
  gone: '此请求已不再开放：它已被回复、已过期或已撤回。',
  requester: '{displayName} (@{name})',
  typeFirst: '请先输入或粘贴机密。',
  sealing: '正在封存给 {name} 的通行密钥…',
  sending: '正在发送封存的机密…',
  askedBy: '请求者',
  theirNote: '对方的说明',
  openUntil: '开放至',
  sealedTo: '封存给',
  theirKeys: '{fingerprints}（对方通行密钥的密钥）',
  keyMismatch:
    '此链接中的密钥与此服务器为 {name} 列出的密钥不同。机密会封存给链接中的密钥。如果这个链接不是对方直接发给你的，请在发送前先向对方确认。',
  secret: '机密',
  secretHint: '它在此浏览器中封存，只有 {name} 的通行密钥才能打开。其他任何人，包括此服务器，都无法读取。',
  sealAndSend: '封存并发送',
  asks: '{name} 向你索取一个机密',
  lede: '你在这里输入的内容会在发送前于此浏览器中加密给对方的通行密钥。你不需要账户。',
  sent: '已发送',
  sentLede: '机密已封存给 {name} 的通行密钥并已发送。只有对方能打开；你可以关闭此页面。',
  shareYourOwn: '分享你自己的机密',
} satisfies Catalog['request'];
