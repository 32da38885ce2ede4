import type { Catalog } from '../../catalog.ts';

/** 日本語: the `request` group (see `../../en/request.ts`). */
export const request = {
  incompleteTitle: 'このリンクは不完全です',
  incomplete: 'このリクエストリンクは不完全です。# 以降の部分がないか、壊れています。',
  damagedTitle: 'このリンクは壊れています',
  damaged: 'このリクエストリンクは壊れています。/r/ 以降の部分が有効なリクエスト ID ではありません。',
  goneTitle: 'このリクエストは締め切られています',
  gone: 'このリクエストはもう受け付けていません。すでに回答済みか、期限切れか、取り下げられています。',
  requester: '{displayName} (@{name})',
  typeFirst: '先にシークレットを入力するか貼り付けてください。',
  sealing: '{name} さんのパスキー宛てに封印しています…',
  sending: '封印したシークレットを送信しています…',
  askedBy: '依頼者',
  theirNote: 'メモ',
  openUntil: '受付期限',
  sealedTo: '封印先',
  theirKeys: '{fingerprints} (相手のパスキーの鍵)',
  keyMismatch:
    'このリンクの鍵は、このサーバーが {name} さんについて示している鍵と異なります。シークレットはリンクの鍵宛てに封印されます。このリンクを本人から直接受け取っていない場合は、送信する前に本人に確認してください。',
  secret: 'シークレット',
  secretHint:
    'このブラウザーで封印され、{name} さんのパスキーだけが開けます。ほかの誰も、このサーバーでさえ読めません。',
  sealAndSend: '封印して送信',
  asks: '{name} さんがシークレットを求めています',
  lede: 'ここに入力した内容は、送信前にこのブラウザーで相手のパスキー宛てに暗号化されます。アカウントは不要です。',
  sent: '送信しました',
  sentLede:
    'シークレットを {name} さんのパスキー宛てに封印して送信しました。開けるのは本人だけです。このページは閉じてかまいません。',
  shareYourOwn: '自分でシークレットを共有する',
} satisfies Catalog['request'];
