/** English messages of the manage page (`/m/ID#TOKEN`), where the creator of a link revokes it. */
export const manage = {
  incompleteTitle: 'This manage link is incomplete',
  goneTitle: 'This secret is gone',
  revokeNow: 'Revoke now',
  question: 'Revoke this secret? Its link stops working at once, for everyone. This cannot be undone.',
  yesRevoke: 'Yes, revoke it',
  cancel: 'Cancel',
  revoking: 'Revoking…',
  revokedTitle: 'Revoked',
  revoked: 'The secret is revoked: its ciphertext was deleted and its link no longer works.',
  title: 'Manage your secret',
  lede: 'The secret is still waiting to be read.',
  status: 'Status',
  waiting: 'Waiting',
  viewsLeft: 'Views left',
  expires: 'Expires',
} as const;
