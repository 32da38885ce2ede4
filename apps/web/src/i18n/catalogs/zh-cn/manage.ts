import type { Catalog } from '../../catalog.ts';

/** 简体中文: the `manage` group (see `../../en/manage.ts`). */
export const manage = {
  incompleteTitle: '此管理链接不完整',
  goneTitle: '此机密已不存在',
  revokeNow: '立即吊销',
  question: '吊销此机密？其链接会立即对所有人失效。此操作无法撤销。',
  yesRevoke: '是，吊销',
  cancel: '取消',
  revoking: '正在吊销…',
  revokedTitle: '已吊销',
  revoked: '机密已吊销：其密文已删除，链接不再有效。',
  title: '管理你的机密',
  lede: '此机密仍在等待被读取。',
  status: '状态',
  waiting: '等待中',
  viewsLeft: '剩余查看次数',
  expires: '过期时间',
} satisfies Catalog['manage'];
