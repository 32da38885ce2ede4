import type { Catalog } from '../../catalog.ts';

/** 简体中文: the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed: '加密工作线程无法在此浏览器中启动。请重新加载页面后重试。',
  noPlace:
    '此浏览器既不能在下载时写入文件，也不能把文件保存在其私有存储中，因此无法保存这些文件。请在较新的 Chrome、Edge、Firefox 或 Safari 中打开此链接，或使用 hushlink 命令行客户端。没有消耗任何次数。',
  diskFull: '可用空间不足，此浏览器无法保存解密后的文件。请释放一些磁盘空间后重试；没有保留任何内容。',
  savedNote:
    '每个文件在下载时解密，并写入你选择的位置。只有全部解密并校验完成后才会保留；如果下载失败或你取消了下载，不完整的文件会被丢弃。',
  privateStorageNote:
    '此浏览器无法在下载时把文件写入你选择的位置，因此文件会解密到本站在其中的私有存储，全部解密并校验完成后再供你保存。离开此页面时，它们会从那里删除。',
  decrypted: '文件已解密。请逐个保存；在你离开此标签页之前，它们会一直保留在这里。',
  notEnoughSpace:
    '这些文件需要此浏览器 {needed} 的存储空间，而它只剩 {available}。请释放一些磁盘空间，或使用 hushlink 命令行客户端打开此链接。没有消耗任何次数。',
  unreadable: '无法读取 {name}：自你选择它以来，它可能已被移动或修改。请重新选择。',
  tooMany: '一个机密最多可以包含 {max} 个文件；请移除一些。',
  tooLarge: '这些文件太大了：它们合计 {size}，而此 Hushlink 每个机密最多接受 {limit}。',
  incomplete: '下载在整个机密到达之前就结束了。请重试。',
  filesToShare: '要分享的文件',
  dropHint: '把文件拖到这里或选择文件。它们会在此浏览器中边读取边加密，边加密边上传。',
  filesOptional: '文件（可选）',
  removeLabel: '移除 {name}',
  remove: '移除',
  cancel: '取消',
  grantClosed: '下载时限已过：这些文件已无法再从服务器下载。',
  grantLeft:
    '如果下载失败或你取消了下载，还可以在 {minutes, plural, other {# 分钟}}内（{until} 之前）重试，而不会消耗另一次查看。',
  sizeUnknown: '解密后才知道大小',
  typeUnknown: '未知类型',
  typeAndSize: '{type}，{size}',
  saveLabel: '保存 {name}',
  saveAs: '保存…',
  save: '保存',
  savingCancelled: '已取消保存 {name}。',
  savingFailed: '保存 {name} 失败：{reason}',
  decryptingCancelled: '已取消解密文件。',
  decryptingFailed: '解密文件失败：{reason}',
  noSaveDialog: '无法打开保存对话框：{reason}',
  downloadingOne: '正在下载并解密 {name}',
  downloadingAll: '正在下载并解密文件',
  savedInFull: '已保存：已完整解密并校验。',
  saved: '已保存 {name}。',
  notSaved: '未保存：不完整的文件已丢弃。',
  checkedInFull: '已完整解密并校验。',
  decryptFiles: '解密文件',
  title: '文件',
  lastView: '这是最后一次查看：此机密现已从服务器删除。请在离开此页面前保存文件。',
  moreViews: '此链接还能打开 {count, plural, other {# 次}}，之后将失效。',
  shareYourOwn: '分享你自己的机密',
} satisfies Catalog['files'];
