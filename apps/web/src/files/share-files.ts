import type { CreateSecretRequest, CreateSecretResponse } from '@hushlink/protocol';
import { ApiRequestError, createSecret, revokeSecret } from '../api/index.ts';
import { completeUpload } from '../api/transfer.ts';
import { loadEnvelope } from '../crypto/envelope.ts';
import { loadInstance } from '../session.ts';
import { FileError } from './file-error.ts';
import { runFileJob } from './file-job.ts';
import { truncateName } from './file-name.ts';
import { t } from './file-text.ts';
import { formatLimit, formatSize } from './format-size.ts';
import { revokeOnPageExit } from './revoke-on-page-exit.ts';

export { describeFileFailure } from './file-error.ts';

/** The name of the file that carries the text typed beside files. */
export const MESSAGE_FILE_NAME = 'message.txt';

/** The rules of the secret, as the create form chose them (everything but how the envelope arrives). */
export type FileSecretRules = Omit<CreateSecretRequest, 'ciphertext' | 'upload' | 'claimHash' | 'sealed'>;

/** What sharing files needs. */
export interface ShareFilesInput {
  files: readonly File[];
  /** Text typed beside the files; when not blank it travels first, as `message.txt`. */
  text: string;
  passphrase: string;
  rules: FileSecretRules;
  /** Aborting cancels the upload and revokes what was created. */
  signal: AbortSignal;
  /** Called with the envelope bytes uploaded so far and the total, after each part. */
  onProgress(sent: number, total: number): void;
}

/** The created secret and its link key (base64url, for the fragment only). */
export interface SharedFiles {
  created: CreateSecretResponse;
  linkKey: string;
}

/**
 * Encrypts files as they are read (`File.stream()`) and uploads the envelope as it is encrypted, in parts of the
 * size the server asks for, up to three in flight: all of it in the file worker (`runFileJob`), off this thread. Checks the envelope's exact size
 * against the instance's limit before reading anything. On failure or cancel, the half-made secret is revoked, and
 * so it is when the page is closed before the upload completes.
 *
 * @throws FileError (`too_large`, `too_many`, `file_unreadable`, `file_changed`), ApiRequestError, EnvelopeError,
 *   or the signal's abort reason.
 */
export async function shareFiles(input: ShareFilesInput): Promise<SharedFiles> {
  const files =
    input.text.trim() === ''
      ? [...input.files]
      : [new File([input.text], MESSAGE_FILE_NAME, { type: 'text/plain' }), ...input.files];
  const envelope = await loadEnvelope();
  if (files.length > envelope.FILES_MAX) {
    throw new FileError('too_many', t('tooMany', { max: envelope.FILES_MAX }));
  }
  const metadata = {
    kind: 'files' as const,
    files: files.map((file) => ({
      name: truncateName(file.name === '' ? 'file' : file.name, envelope.FILE_NAME_MAX_LENGTH),
      type: file.type.length <= 255 ? file.type : '',
      size: file.size,
    })),
  };
  const withPassphrase = input.passphrase !== '';
  const size = envelope.envelopeLength(metadata, { passphrase: withPassphrase });
  const { maxSecretBytes } = await loadInstance();
  const contentBytes = files.reduce((sum, file) => sum + file.size, 0);
  if (contentBytes > maxSecretBytes) {
    throw new FileError(
      'too_large',
      t('tooLarge', { size: formatSize(contentBytes), limit: formatLimit(maxSecretBytes) }),
    );
  }
  input.signal.throwIfAborted();
  const linkKey = await envelope.generateLinkKey();
  const claimHash = envelope.toBase64Url(await envelope.hashClaim(await envelope.deriveClaim(linkKey)));
  input.signal.throwIfAborted();
  const created = await createSecret({ ...input.rules, upload: { size }, claimHash });
  // A tab closed mid-upload runs no catch below: the page's last event revokes the secret instead.
  const stopWatching = revokeOnPageExit(created.id, created.manageToken);
  try {
    if (!created.upload) {
      throw new ApiRequestError('invalid_response', 201, 'The answer has no upload plan.');
    }
    const { partBytes, parts } = created.upload;
    const upload = { id: created.id, manageToken: created.manageToken, partBytes, parts, size };
    // Reading, encrypting and sending run in the file worker; this thread only shows the progress.
    await runFileJob(
      { kind: 'share', files, metadata, linkKey, passphrase: input.passphrase, upload },
      (sent) => input.onProgress(sent, size),
      input.signal,
    );
    input.onProgress(size, size);
    await completeUpload(created.id, created.manageToken);
  } catch (error) {
    // Nothing half-made stays behind: the parts already sent are deleted with the secret.
    await revokeSecret(created.id, created.manageToken).catch(() => undefined);
    throw error;
  } finally {
    stopWatching();
  }
  return { created, linkKey: envelope.encodeLinkKey(linkKey) };
}
