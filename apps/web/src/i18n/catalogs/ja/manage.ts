import type { Catalog } from '../../catalog.ts';

/** 日本語: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: 'この管理リンクは不完全です',
  goneTitle: 'このシークレットはもうありません',
  revokeNow: '今すぐ失効',
  question:
    'このシークレットを失効させますか？ リンクはすべての人に対してすぐに使えなくなります。元に戻せません。',
  yesRevoke: '失効させる',
  cancel: 'キャンセル',
  revoking: '失効させています…',
  revokedTitle: '失効しました',
  revoked: 'シークレットを失効させました。暗号文は削除され、リンクはもう使えません。',
  title: 'シークレットの管理',
  lede: 'シークレットはまだ読まれていません。',
  status: '状態',
  waiting: '未読',
  viewsLeft: '残りの閲覧回数',
  expires: '有効期限',
} satisfies Catalog['manage'];
