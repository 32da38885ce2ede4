import type { Catalog } from '../catalog.ts';

/** 日本語. */
export default {
  common: {
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
  },
  create: {
    title: 'シークレットを共有',
    lede: 'シークレットはこのブラウザーで暗号化されます。鍵はリンクの中だけで運ばれるので、サーバーが目にすることはありません。',
    noAccountsYet:
      'この Hushlink にはまだアカウントがありません。{link}。そのアカウントが管理者になり、ほかの全員を招待します。',
    createFirstAccount: '最初のアカウントを作成',
    accountsOnly:
      'この Hushlink では、アカウントを持つ人だけがシークレットを共有できます。先にパスキーでサインインしてください。',
    signIn: 'サインイン',
    expiry5m: '5 分',
    expiry1h: '1 時間',
    expiry1d: '1 日',
    expiry7d: '7 日',
    expiry30d: '30 日',
    createLink: 'リンクを作成',
    choosePeople: '少なくとも 1 人選ぶか、別のアクセス方法を選んでください。',
    encrypting: '暗号化しています…',
    encryptingSlow: '暗号化しています（パスフレーズの処理に少し時間がかかります）…',
    encryptingAndUploading: '暗号化してアップロードしています…',
    uploadingFiles: '暗号化したファイルをアップロードしています',
    saving: '暗号化したシークレットを保存しています…',
    secret: 'シークレット',
    secretHint: 'パスワード、API キー、メモなど。送信前に暗号化されます。',
    expiresAfter: '有効期限',
    viewsAllowed: '閲覧できる回数',
    passphraseOptional: 'パスフレーズ（任意）',
    passphraseHint: 'パスフレーズはリンクと一緒に送らず、別の手段（電話や別のアプリ）で伝えてください。',
    accessLink: 'リンクを知っている全員',
    accessTeam: 'チームの全員（メンバーと管理者。ゲストは除く）',
    accessPeople: '指定した人のみ',
    accessOnly: '{names} のみ',
    hintLink: 'リンクを持っている人なら誰でも開けます。',
    hintTeam:
      'この Hushlink のメンバーと管理者が、パスキーでサインインしてから開けます。ゲスト（外部の協力者）は開けません。',
    hintPeople: '指定したアカウントだけが、パスキーでサインインしてから開けます。',
    people: '共有相手',
    whoCanOpen: '開ける人',
    notify: '開かれたら通知する',
    chosenPeople: '選んだ人',
    noOneByThatName: 'その名前の人はいません。',
    remove: '{name} を外す',
    added: '{name} を追加しました。',
    removed: '{name} を外しました。',
    pickerHint: '名前の最初の数文字を入力し、矢印キーと Enter で選んでください。',
    readyOne: 'リンクができました',
    readyTwo: 'リンクができました',
    scanIt: 'スマートフォンでスキャンすることもできます。',
    qrLabel: 'シークレットのリンクの QR コード',
    sendThisLink:
      'シークレットを読む人にこのリンクを送ってください。開ける回数は {count, plural, other {# 回}}です。',
    secretLink: 'シークレットのリンク',
    copyLink: 'リンクをコピー',
    passphraseSeparately: 'パスフレーズはリンクと並べず、別の手段で伝えてください。',
    expires: '有効期限',
    passphrase: 'パスフレーズ',
    required: 'あり',
    none: 'なし',
    alsoInMyLinks: '{link}にも表示され、誰が開いたかを確認したり取り消したりできます。',
    myLinks: 'マイリンク',
    keepManageLink: '管理リンクを保管してください',
    manageLinkWhy:
      '読まれる前にシークレットを取り消すためのリンクです。表示は一度だけです。自分で保管し、人には送らないでください。',
    manageLink: '管理リンク',
    copyManageLink: '管理リンクをコピー',
    createAnother: 'もう一つ作成',
    sealTo: '相手のパスキーに封印する',
    sealHint:
      '相手のパスキーでしか開けません。リンクに鍵は含まれず、サーバーも復号できません。封印されたシークレットを受け取れないパスキーの人には、代わりにサーバーが確認するリンクが作られます。',
    reopenToo: '自分も開き直せるようにする',
    checkingPasskeys: 'あなたのパスキーを確認しています…',
    noSealingKeysOfMine:
      'あなたのパスキーはどれも封印されたシークレットを受け取れないため、開き直せません。アカウントページで対応するパスキーを追加してください。',
    selfKeysFailed: 'あなたの鍵を取得できませんでした。開き直すことはできません。',
    alsoSealedToYou: 'あなた自身のパスキーにも封印します: {keys}。自分で開いても閲覧回数は減りません。',
    sealingKeysList: '選んだ人の封印用の鍵',
    lookingUpKeys: ': 鍵を取得しています…',
    keyWithPasskey: '{fingerprint}（{passkey}）',
    cannotReceive:
      '封印されたシークレットを受け取れません（対応するパスキーがありません）。代わりにサーバーが確認するリンクが届きます。リンクには鍵が含まれ、サーバーはこの人にだけ開くことを許します。',
    canReceive: '封印されたシークレットを受け取れます。鍵: {keys}。',
    keysAdded: '追加 {fingerprints}',
    keysRemoved: '削除 {fingerprints}',
    keysChanged:
      '前回封印したときから {name} さんの鍵が変わっています（{changes}）。新しいパスキーを追加したのなら説明がつきますが、そうでなければ送る前に本人に確認してください。',
    nothingSealed:
      '選んだ人は誰も封印されたシークレットを受け取れないため、何も封印されません。サーバーが確認するリンクが 1 つ作られます。',
    lookingUpTheirKeys: '相手のパスキーの鍵を取得しています…',
    encryptingForOthers: 'ほかの人向けのリンクを暗号化しています…',
    savingIt: '保存しています…',
    sealingIt: '相手のパスキーに封印しています…',
    savingSealed: '封印したシークレットを保存しています…',
    sealedLink: '封印されたリンク',
    gatedLink: 'サーバーが確認するリンク',
    copySealedLink: '封印されたリンクをコピー',
    copyGatedLink: 'サーバーが確認するリンクをコピー',
    sealedToHeading: '{names} に封印',
    gatedHeading: '{names} 宛て（封印なし）',
    sealedExplainedOthers:
      '相手のパスキーでしか開けません。リンクに鍵は含まれないので、どんな手段で送っても安全です。サーバーも復号できません。',
    sealedExplainedWithYou:
      '相手とあなたのパスキーでしか開けません。リンクに鍵は含まれないので、どんな手段で送っても安全です。サーバーも復号できません。自分で開いても閲覧回数は減りません。',
    gatedExplained:
      '相手のパスキーは封印されたシークレットを受け取れないため、このリンクには鍵が含まれます。サーバーは、サインインしたこの人たちにだけ開くことを許します。この人たちだけに送ってください。',
    manageLinkOfSealed: '封印されたリンクの管理リンク',
    manageLinkOfGated: 'サーバーが確認するリンクの管理リンク',
    manageLinkHint: '自分で保管してください。読まれる前にこのリンクを取り消せます。表示は一度だけです。',
    twoLinks:
      '選んだ人の中に封印されたシークレットを受け取れる人と受け取れない人がいるため、リンクが 2 つあります。それぞれ記載された人にだけ送ってください。どちらも開ける回数は {count, plural, other {# 回}}です。',
    onlyGated:
      '選んだ人は誰も封印されたシークレットを受け取れないため、このリンクは封印されず、サーバーが確認します。記載された人にだけ送ってください。開ける回数は {count, plural, other {# 回}}です。',
    sendToPeople:
      'このリンクを宛先の人たちに送ってください。開ける回数は {count, plural, other {# 回}}です。',
    passphraseToo: 'パスフレーズも必要です。別の手段で伝えてください。',
    alsoInMyLinksPlural: '{link}にも表示され、誰が開いたかを確認したり取り消したりできます。',
  },
  reveal: {
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
  },
  sealed: {
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
    senderUnsigned:
      '送信者は未検証です: {displayName}（@{name}）はブラウザーで封印するものに署名していますが、このシークレットには署名がありません。hushlink コマンドラインはまだ署名しません。そこから送ったのでなければ信用せず、本人に確認してください。',
  },
} satisfies Catalog;
