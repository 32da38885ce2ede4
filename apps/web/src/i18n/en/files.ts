/** English messages of files: choosing them to share, their transfers, and the revealed files and saving them. */
export const files = {
  workerFailed: 'The encryption worker could not start in this browser. Reload the page and try again.',
  noPlace:
    'This browser can neither write files as they download nor keep them in its private storage, so it cannot save these files. Open the link in a current Chrome, Edge, Firefox or Safari, or with the hushlink command-line client. Nothing has been used up.',
  diskFull:
    'There is not enough free space for this browser to keep the decrypted files. Free some disk space and try again; nothing was kept.',
  savedNote:
    'Each file is decrypted as it downloads and written where you choose. It is kept only once all of it has been decrypted and checked; if the download fails or you cancel it, the partial file is discarded.',
  privateStorageNote:
    'This browser cannot write files where you choose as they download, so the files are decrypted into its private storage for this site and offered for saving once all of them have been decrypted and checked. They are deleted from there when you leave this page.',
  decrypted: 'The files are decrypted. Save each one; they stay in this tab until you leave it.',
  notEnoughSpace:
    'These files need {needed} of this browser’s storage, and it has {available} left. Free some disk space, or open the link with the hushlink command-line client. Nothing has been used up.',
  unreadable: 'Could not read {name}: it may have been moved or changed since you chose it. Choose it again.',
  tooMany: 'One secret can carry at most {max} files; remove some.',
  tooLarge:
    'These files are too large: together they take {size}, and this Hushlink takes at most {limit} per secret.',
  incomplete: 'The download ended before the whole secret arrived. Try again.',
  filesToShare: 'Files to share',
  dropHint:
    'Drop files here or choose them. They are encrypted in this browser as they are read and uploaded as they are encrypted.',
  filesOptional: 'Files (optional)',
  removeLabel: 'Remove {name}',
  remove: 'Remove',
  cancel: 'Cancel',
  grantClosed: 'The download window has closed: the files can no longer be downloaded from the server.',
  grantLeft:
    'If a download fails or you cancel it, you can try again for {minutes, plural, one {# more minute} other {# more minutes}} (until {until}) without using up another view.',
  sizeUnknown: 'size known once decrypted',
  typeUnknown: 'unknown type',
  typeAndSize: '{type}, {size}',
  saveLabel: 'Save {name}',
  saveAs: 'Save…',
  save: 'Save',
  savingCancelled: 'Saving {name} cancelled.',
  savingFailed: 'Saving {name} failed: {reason}',
  decryptingCancelled: 'Decrypting the files cancelled.',
  decryptingFailed: 'Decrypting the files failed: {reason}',
  noSaveDialog: 'Could not open the save dialog: {reason}',
  downloadingOne: 'Downloading and decrypting {name}',
  downloadingAll: 'Downloading and decrypting the files',
  savedInFull: 'Saved: decrypted and checked in full.',
  saved: 'Saved {name}.',
  notSaved: 'Not saved: the partial file was discarded.',
  checkedInFull: 'Decrypted and checked in full.',
  decryptFiles: 'Decrypt files',
  title: 'The files',
  lastView:
    'This was the last view: the secret is now deleted from the server. Save the files before you leave this page.',
  moreViews:
    'The link can be opened {count, plural, one {# more time} other {# more times}} before it stops working.',
  shareYourOwn: 'Share a secret of your own',
} as const;
