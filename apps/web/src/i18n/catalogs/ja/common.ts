import type { Catalog } from '../../catalog.ts';

/** 日本語: the `common` group (see `../../en/common.ts`). */
export const common = {
  tagline: 'エンドツーエンド暗号化でシークレットを共有',
  mainNav: 'メインメニュー',
  footer:
    'libsodium でブラウザー内で暗号化されます。鍵はリンクの中にだけあり、サーバーには暗号文しか保存されません。',
  language: '言語',
  navSignIn: 'サインイン',
  navNewSecret: '新しいシークレット',
  navMyLinks: 'マイリンク',
  navAccount: 'アカウント',
  navAdmin: '管理',
  navSignedInAs: '@{name} としてサインイン中',
  signOut: 'サインアウト',
  signOutRetry: 'サインアウト（再試行）',
  shareYourOwn: '自分もシークレットを共有する',
  somethingWrong: '問題が発生しました',
  pageNotFound: 'ページが見つかりません',
  nothingHere: 'このアドレスには何もありません。',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
  incompleteLink: 'このリンクは不完全です。# 以降の部分が欠けているか壊れています。',
  incompleteManageLink: 'この管理リンクは不完全です。# 以降の部分が欠けているか壊れています。',
  damagedId:
    'このリンクは壊れています。/s/ 以降がシークレットの ID として正しくありません。リンク全体がコピーされているか確認してください。',
  gone: 'このシークレットはもうありません。期限切れ、閲覧済み、または取り消されています。',
  decryptionFailed: '復号できませんでした。パスフレーズが違うか、リンクが改ざんされています。',
  senderNotVerified:
    'このシークレットは、サーバーが送信者とする人の署名がありません。信用せず、送信者と管理者に知らせてください。',
  commitmentMismatch:
    'このシークレットは改ざんされています。鍵が封印時のものと一致しません。内容は表示していません。送信者に知らせてください。',
  unreadable:
    'このシークレットを読み取れませんでした。別のバージョンの Hushlink で作られたか、改ざんされています。',
  passphraseNeeded: '先にパスフレーズを入力してください。送信者から別の手段で伝えられているはずです。',
  network: 'Hushlink サーバーに接続できません。接続を確認して、もう一度お試しください。',
  unexpected: '問題が発生しました。何も失われていません。もう一度お試しください。',
  sodiumFailed:
    'このブラウザーで暗号化ライブラリを読み込めませんでした。ページを再読み込みして、もう一度お試しください。',
  tooLarge: 'このシークレットは大きすぎて、リンクで共有できません。',
  emptySecret: '先にシークレットを入力または貼り付けるか、ファイルを追加してください。',
  uploadCancelled: 'キャンセルしました。何も共有されておらず、アップロード済みの分は削除されました。',
  viewsRange: '閲覧回数は 1〜100 の整数で指定してください。',
  forbiddenToken:
    'この管理リンクはこのシークレットのものではありません。リンク全体がコピーされているか確認してください。',
  notForYou: 'このシークレットはほかの人と共有されたもので、あなた宛てではありません。',
  signInRequired: '先にパスキーでサインインしてください。',
  pageFailed: 'このページを読み込めませんでした。再読み込みして、もう一度お試しください。',
  stepUpCancelled:
    'パスキーで確認されなかったため、何も変更していません。準備ができたら、もう一度お試しください。',
  stepUpUnavailable:
    'パスキーで本人確認ができなかったため、何も変更していません。もう一度試すか、別のパスキーを使ってください。',
  stepUpRequired:
    'この変更にはパスキーでの再確認が必要です。もう一度試して、本人であることを確認してください。',
  tooManyAttempts: '試行回数が多すぎます。{seconds, plural, other {# 秒}}後にもう一度お試しください。',
  unauthorized: 'このサーバーでは、サインインしないと新しいシークレットを作成できません。',
  unknownUser:
    '選んだ人のうち 1 人は、有効なアカウントがなくなっています。その人を外して、もう一度お試しください。',
  originMismatch:
    'このリクエストはこの Hushlink のページから送られたものではありません。再読み込みして、もう一度お試しください。',
  cancel: 'キャンセル',
  unknownBrowserTitle: '不明なブラウザー',
  unknownBrowser: '不明なブラウザー',
  browserOn: '{browser} ({system})',
  networkPolicyDenied:
    '組織の設定により、あなたのアカウントは組織のネットワークからのみ Hushlink に接続できますが、現在どのネットワークにも接続されていません。社内ネットワークまたはその VPN に接続してから、もう一度試してください。',
  serverUnavailable: 'Hushlink サーバーは現在利用できません。しばらくしてからもう一度試してください。',
} satisfies Catalog['common'];
