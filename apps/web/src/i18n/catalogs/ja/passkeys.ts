import type { Catalog } from '../../catalog.ts';

/** 日本語: the `passkeys` group (see `../../en/passkeys.ts`). */
export const passkeys = {
  stepUpPrompt: 'パスキーで本人確認をしてください。',
  rejected: 'パスキーが受け付けられませんでした。もう一度試すか、別のパスキーを使ってください。',
  challengeExpired: 'パスキーのリクエストの期限が切れました。もう一度試してください。',
  accountDisabled: 'このアカウントは無効になっています。この Hushlink の管理者に問い合わせてください。',
  nameTaken: 'このユーザー名はすでに使われています。別の名前を選んでください。',
  inviteInvalid: 'この招待リンクは無効、期限切れ、または使用済みです。新しいリンクを依頼してください。',
  registrationClosed: '新しいアカウントには、この Hushlink の誰かからの招待リンクが必要です。',
  alreadyRegistered:
    'このデバイスにはすでにあなたのアカウントのパスキーがあります。別のデバイスかセキュリティキーを使ってください。',
  promptClosed:
    'パスキーの確認画面が閉じられたか、時間切れになりました。準備ができたらもう一度試してください。',
  wrongAddress:
    'このアドレスではパスキーが使えません。Hushlink を本来のアドレス (https) で開いて、もう一度試してください。',
  unsupported:
    'このブラウザーまたはデバイスでは、ここでパスキーを使えません。別のブラウザーかデバイスを試してください。',
  failed: 'パスキーを使用できませんでした。もう一度試してください。',
} satisfies Catalog['passkeys'];
