import type { Catalog } from '../../catalog.ts';

/** 日本語: the `reveal` group (see `../../en/reveal.ts`). */
export const reveal = {
  incompleteTitle: 'このリンクは不完全です',
  goneTitle: 'このシークレットはもうありません',
  damagedTitle: 'このリンクは壊れています',
  notForYouTitle: 'あなた宛てではありません',
  whoLink: 'リンクを知っている全員',
  whoTeam: 'チームの全員（メンバーと管理者。ゲストは除く）',
  whoPeople: '共有された人のみ',
  signInPeople:
    '共有された人だけが開けます。本人であることを示すため、パスキーでサインインしてください。このページのままです。',
  signInTeam:
    'この Hushlink のメンバーと管理者だけが開けます。パスキーでサインインしてください。このページのままです。',
  notForAGuest:
    'このシークレットはチーム（メンバーと管理者）向けで、ゲストは開けません。送信者に、名前を指定して共有してもらってください。',
  viewsNote:
    '{count, plural, =1 {表示すると閲覧回数が 1 回減ります。これが最後の 1 回で、表示するとシークレットはサーバーから削除されます。} other {表示すると閲覧回数が 1 回減ります。残りは # 回です。}}',
  reveal: '表示',
  tryAgain: '再試行',
  signInWithPasskey: 'パスキーでサインイン',
  signedInAs: '{displayName}（@{name}）としてサインイン中です。',
  waitingForPasskey: 'パスキーを待っています…',
  signedIn: 'サインインしました。',
  signedInPressReveal: 'サインインしました。「表示」を押すとシークレットが開きます。',
  revealing: '開いています…',
  downloading: 'ダウンロードしています…',
  downloadingSlow: 'ダウンロードしています（パスフレーズの処理に少し時間がかかります）…',
  decrypting: '復号しています…',
  decryptingSlow: '復号しています（パスフレーズの処理に少し時間がかかります）…',
  heldDownload:
    'ダウンロードは {time} までこのタブに保持されます。再試行しても閲覧回数は減りません。再読み込みするかタブを閉じると失われます。',
  heldSecret:
    'シークレットはこのタブに保持されています。再試行しても閲覧回数は減りません。再読み込みするかタブを閉じると失われます。',
  expires: '有効期限',
  viewsLeft: '残りの閲覧回数',
  passphrase: 'パスフレーズ',
  required: 'あり',
  none: 'なし',
  whoCanOpen: '開ける人',
  passphraseHint: '送信者から別の手段で伝えられているはずです。',
  waitingTitle: 'シークレットが届いています',
  waitingLede: '表示するとこのブラウザーで復号されます。それまでは何も消費されません。',
  revealedTitle: 'シークレット',
  hiddenNote: '非表示にしました。「見る」を押すともう一度表示されます。',
  show: '見る',
  hide: '隠す',
  lastView:
    'これが最後の閲覧でした。シークレットはサーバーから削除されました。このページを離れる前にコピーしてください。',
  moreViews: 'このリンクはあと {count, plural, other {# 回}}開くと使えなくなります。',
  notFromNetworkTitle: 'このネットワークからは開けません',
} satisfies Catalog['reveal'];
