import type { Catalog } from '../../catalog.ts';

/** 日本語: the `sealed` group (see `../../en/sealed.ts`). */
export const sealed = {
  noPrf:
    'このパスキーでは封印されたシークレットを開けません。認証器が Hushlink に必要な PRF 拡張に対応していないためです。何も開いていません。アカウントページで封印されたシークレットを受け取れると表示されている、別のパスキーを使ってください。',
  files: 'この封印されたシークレットにはファイルが含まれていますが、このページではまだ開けません。',
  forSpecificPeople:
    'このリンクは特定の人向けです。封印先の Hushlink アカウントだけが、それぞれ自分のパスキーで開けます。該当する方はパスキーでサインインしてください。ここにアカウントがない場合はまだ開けません。送ってくれた人に招待を頼み、アカウントができたらもう一度共有してもらってください。',
  ownSecret:
    'このシークレットはあなたが封印したもので、自分で開いても閲覧回数は減りません。回数は封印した相手のために残ります。',
  notSealedToSender:
    'このシークレットはほかの人に封印したもので、あなたのパスキーには封印されていないため開けません。開けるのは相手だけです。',
  signedInAsSentence: '{displayName}（@{name}）としてサインインしています。',
  viewsNote:
    '{count, plural, =1 {開くと閲覧回数が 1 回減ります。これが最後の 1 回で、開くとシークレットはサーバーから削除されます。} other {開くと閲覧回数が 1 回減ります。残りは # 回です。}}',
  notSealedToUsedNamed: '使ったパスキー（「{passkey}」）には封印されていません。',
  notSealedToUsed: '使ったパスキーには封印されていません。',
  noOtherPasskeys:
    'ほかのパスキーはどれも封印されたシークレットを受け取れません。送信者に、あなたのパスキーに封印し直してもらってください。',
  useOtherPasskeys: '別のパスキーを使ってください: {passkeys}。封印後に追加したパスキーでは開けません。',
  passkeyWithFingerprint: '「{name}」（{fingerprint}）',
  signedInAs: '{displayName}（@{name}）としてサインイン中です。',
  signInAndOpen: 'パスキーでサインインして開く',
  useAnotherPasskey: '別のパスキーを使う',
  confirmAndOpen: 'パスキーで確認して開く',
  open: '開く',
  opening: '開いています…',
  sessionEnded: 'セッションが終了しました。開くには、もう一度パスキーでサインインしてください。',
  heldForAnotherPasskey:
    'シークレットはこのタブに保持されています。別のパスキーを試しても閲覧回数は減りません。再読み込みするかタブを閉じると失われます。',
  notSealedUseAnother: '使ったパスキーには封印されていません。別のパスキーを使ってください。',
  doNotTrustTitle: 'このシークレットを信用しないでください',
  whoCanOpenSealed: '封印された相手が、自分のパスキーで開けます',
  title: '封印されたシークレットが届いています',
  lede: '宛先の人のパスキーに封印されています。開けるのはあなたのパスキーだけで、このブラウザーの中で開きます。リンクに鍵は含まれず、開くまでは何も消費されません。',
  senderVerified:
    '{displayName}（@{name}）が封印、鍵 {fingerprint}、検証済み: 署名がこの人の鍵と一致しました。',
  senderRequestLink:
    '送信者は未検証です: サインインしていない人が、あなたのリクエストリンクから回答しました。',
  senderBeforeSigning: '送信者は未検証です: 送信者が署名するようになる前に封印されました。',
  senderNoSigningKey:
    '送信者は未検証です: {displayName}（@{name}）にはまだ署名用の鍵がないため、署名されていません。',
  senderNewKey:
    'このブラウザーはこの人のこの鍵を以前に見たことがありません。フィンガープリントを本人のアカウントページのものと照らし合わせてください。',
  senderBeforeTheirKey:
    '送信者は未検証です: {displayName}（@{name}）が署名用の鍵を持つ前に封印されたため、署名されていません。',
} satisfies Catalog['sealed'];
