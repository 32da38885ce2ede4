import type { Catalog } from '../../catalog.ts';

/** 日本語: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'このブラウザーでは暗号化ワーカーを開始できませんでした。ページを再読み込みして、もう一度試してください。',
  noPlace:
    'このブラウザーは、ダウンロードしながらファイルを書き込むことも、プライベートストレージに保存することもできないため、これらのファイルを保存できません。最新の Chrome、Edge、Firefox、Safari か、コマンドラインクライアント hushlink でリンクを開いてください。何も消費されていません。',
  diskFull:
    '復号したファイルを保持するための空き容量がこのブラウザーにありません。ディスクの空き容量を増やしてもう一度試してください。何も保持されていません。',
  savedNote:
    '各ファイルはダウンロードしながら復号され、選んだ場所に書き込まれます。すべて復号して検証できた場合にのみ保持され、ダウンロードが失敗したりキャンセルしたりした場合は途中までのファイルは破棄されます。',
  privateStorageNote:
    'このブラウザーはダウンロードしながら選んだ場所にファイルを書き込めないため、ファイルはこのサイト用のプライベートストレージに復号され、すべての復号と検証が終わってから保存できるようになります。このページを離れると、そこから削除されます。',
  decrypted: 'ファイルを復号しました。1 つずつ保存してください。このタブを離れるまでここに残ります。',
  notEnoughSpace:
    'これらのファイルにはこのブラウザーのストレージが {needed} 必要ですが、残りは {available} です。ディスクの空き容量を増やすか、コマンドラインクライアント hushlink でリンクを開いてください。何も消費されていません。',
  unreadable:
    '{name} を読み込めませんでした。選んだあとで移動または変更された可能性があります。もう一度選んでください。',
  tooMany: '1 つのシークレットに含められるファイルは最大 {max} 個です。いくつか削除してください。',
  tooLarge:
    'これらのファイルは大きすぎます。合計 {size} ですが、この Hushlink で扱えるのはシークレット 1 つあたり最大 {limit} です。',
  incomplete: 'シークレット全体が届く前にダウンロードが終わりました。もう一度試してください。',
  filesToShare: '共有するファイル',
  dropHint:
    'ここにファイルをドロップするか、選択してください。読み込みながらこのブラウザーで暗号化され、暗号化しながらアップロードされます。',
  filesOptional: 'ファイル (任意)',
  removeLabel: '{name} を削除',
  remove: '削除',
  cancel: 'キャンセル',
  grantClosed: 'ダウンロードの受付期間が終了しました。ファイルはもうサーバーからダウンロードできません。',
  grantLeft:
    'ダウンロードが失敗したりキャンセルしたりしても、あと {minutes, plural, other {# 分}} ({until} まで) は閲覧回数を消費せずにやり直せます。',
  sizeUnknown: 'サイズは復号後にわかります',
  typeUnknown: '不明な形式',
  typeAndSize: '{type}、{size}',
  saveLabel: '{name} を保存',
  saveAs: '保存…',
  save: '保存',
  savingCancelled: '{name} の保存をキャンセルしました。',
  savingFailed: '{name} を保存できませんでした: {reason}',
  decryptingCancelled: 'ファイルの復号をキャンセルしました。',
  decryptingFailed: 'ファイルを復号できませんでした: {reason}',
  noSaveDialog: '保存ダイアログを開けませんでした: {reason}',
  downloadingOne: '{name} をダウンロードして復号しています',
  downloadingAll: 'ファイルをダウンロードして復号しています',
  savedInFull: '保存しました: すべて復号して検証済みです。',
  saved: '{name} を保存しました。',
  notSaved: '保存されていません: 途中までのファイルは破棄されました。',
  checkedInFull: 'すべて復号して検証済みです。',
  decryptFiles: 'ファイルを復号',
  title: 'ファイル',
  lastView:
    'これが最後の閲覧でした。シークレットはサーバーから削除されました。このページを離れる前にファイルを保存してください。',
  moreViews: 'このリンクはあと {count, plural, other {# 回}}開くと使えなくなります。',
  shareYourOwn: '自分でシークレットを共有する',
} satisfies Catalog['files'];
