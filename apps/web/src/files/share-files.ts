import type { CreateSecretRequest, CreateSecretResponse } from '@hushlink/protocol';
import { ApiRequestError, createSecret, revokeSecret } from '../api/index.ts';
import { completeUpload, putUploadPart } from '../api/transfer.ts';
import { loadEnvelope } from '../crypto/envelope.ts';
import { loadInstance } from '../session.ts';
import { FileError } from './file-error.ts';
import { truncateName } from './file-name.ts';
import { formatLimit, formatSize } from './format-size.ts';

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

/** A failed part is sent again this many times (the API replaces a part sent twice). */
const PART_ATTEMPTS = 3;

/**
 * Encrypts files as they are read (`File.stream()`) and uploads the envelope as it is encrypted, in parts of the
 * size the server asks for; at most one part of ciphertext is held in memory. Checks the envelope's exact size
 * against the instance's limit before reading anything. On failure or cancel, the half-made secret is revoked.
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
    throw new FileError('too_many', `One secret can carry at most ${envelope.FILES_MAX} files; remove some.`);
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
      `These files are too large: together they take ${formatSize(contentBytes)}, and this Hushlink takes at most ${formatLimit(maxSecretBytes)} per secret.`,
    );
  }
  input.signal.throwIfAborted();
  const linkKey = await envelope.generateLinkKey();
  const encryptor = await envelope.createEncryptor(
    metadata,
    linkKey,
    withPassphrase ? { passphrase: input.passphrase } : {},
  );
  const claimHash = envelope.toBase64Url(await envelope.hashClaim(await envelope.deriveClaim(linkKey)));
  input.signal.throwIfAborted();
  const created = await createSecret({ ...input.rules, upload: { size }, claimHash });
  try {
    if (!created.upload) {
      throw new ApiRequestError('invalid_response', 201, 'The answer has no upload plan.');
    }
    const parts = partWriter(created, created.upload, size, input);
    for (const file of files) {
      await readFile(file, async (bytes) => {
        for (const piece of encryptor.push(bytes)) await parts.write(piece);
      });
    }
    for (const piece of encryptor.finish()) await parts.write(piece);
    await parts.end();
    await completeUpload(created.id, created.manageToken);
  } catch (error) {
    // Nothing half-made stays behind: the parts already sent are deleted with the secret.
    await revokeSecret(created.id, created.manageToken).catch(() => undefined);
    throw error;
  }
  return { created, linkKey: envelope.encodeLinkKey(linkKey) };
}

/** Reads a file piece by piece, checking that it still has the size it had when chosen. */
async function readFile(file: File, use: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throw new FileError(
          'file_unreadable',
          `Could not read ${file.name}: it may have been moved or changed since you chose it. Choose it again.`,
        );
      }
      if (next.done) break;
      read += next.value.length;
      if (read > file.size) break;
      await use(next.value);
    }
  } finally {
    reader.releaseLock();
  }
  if (read !== file.size) {
    throw new FileError('file_changed', `${file.name} changed while it was being read. Choose it again.`);
  }
}

/** Collects envelope bytes into one part-sized buffer and sends each part as it fills. */
function partWriter(
  created: CreateSecretResponse,
  plan: { partBytes: number; parts: number },
  size: number,
  input: ShareFilesInput,
): { write(bytes: Uint8Array): Promise<void>; end(): Promise<void> } {
  const buffer = new Uint8Array(plan.partBytes);
  let fill = 0;
  let part = 1;
  let sent = 0;

  async function flush(): Promise<void> {
    if (part > plan.parts) throw new ApiRequestError('invalid_response', 201, 'More parts than planned.');
    const bytes = fill === buffer.length ? buffer : buffer.subarray(0, fill);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await putUploadPart(created.id, part, bytes, created.manageToken, input.signal);
        break;
      } catch (error) {
        const retry = error instanceof ApiRequestError && error.code === 'network_error';
        if (!retry || attempt >= PART_ATTEMPTS || input.signal.aborted) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      }
    }
    sent += fill;
    part += 1;
    fill = 0;
    input.onProgress(sent, size);
  }

  return {
    async write(bytes) {
      for (let offset = 0; offset < bytes.length; ) {
        const n = Math.min(buffer.length - fill, bytes.length - offset);
        buffer.set(bytes.subarray(offset, offset + n), fill);
        fill += n;
        offset += n;
        if (fill === buffer.length) await flush();
      }
    },
    async end() {
      if (fill > 0) await flush();
      buffer.fill(0);
      if (sent !== size || part - 1 !== plan.parts) {
        throw new ApiRequestError('invalid_response', 201, 'The upload did not match its plan.');
      }
    },
  };
}
