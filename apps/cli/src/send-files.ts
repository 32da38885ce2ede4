import { createReadStream } from 'node:fs';
import { createEncryptor, createSealedEncryptor, type EnvelopeMetadata } from '@hushlink/envelope';
import type { ApiClient } from './api-client.ts';
import { CliError } from './cli-error.ts';
import { describeFsError } from './fs-error.ts';
import { checkInterrupted } from './interrupt.ts';
import type { Progress } from './progress.ts';
import type { ShareFile } from './share-input.ts';

/** The largest part size accepted from a server: one part is held in memory. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
/** How much of a file is read at once. */
const READ_BYTES = 1024 * 1024;

/** What an envelope is encrypted for: a link key (carried by the link), or recipients' public keys (sealed). */
export type EnvelopeKeys = { linkKey: Uint8Array } | { recipients: readonly Uint8Array[] };

/** Where envelope bytes go as they are made: memory for an inline secret, or the upload's parts. */
export type EnvelopeSink = (piece: Uint8Array) => Promise<void>;

/**
 * Encrypts the files one after another as one envelope (`{kind:'files'}` metadata, then their bytes), for a link
 * key or sealed to recipients' keys, reading each from disk in pieces and handing every envelope piece to `sink` as
 * it is sealed, so memory stays at about a chunk plus what the sink holds. Returns the envelope's length.
 *
 * @throws CliError `io` when a file cannot be read or changed its size meanwhile; `interrupted` on a signal.
 */
export async function encryptFiles(
  files: readonly ShareFile[],
  keys: EnvelopeKeys,
  passphrase: string | undefined,
  sink: EnvelopeSink,
  signal?: AbortSignal,
): Promise<number> {
  const metadata: EnvelopeMetadata = {
    kind: 'files',
    files: files.map(({ name, type, size }) => ({ name, type, size })),
  };
  const options = passphrase === undefined ? {} : { passphrase };
  const encryptor =
    'linkKey' in keys
      ? await createEncryptor(metadata, keys.linkKey, options)
      : await createSealedEncryptor(metadata, keys.recipients, options);
  let length = 0;
  const emit = async (pieces: Iterable<Uint8Array>): Promise<void> => {
    for (const piece of pieces) {
      length += piece.length;
      await sink(piece);
    }
  };
  for (const file of files) {
    let read = 0;
    if (file.size > 0) {
      const stream = createReadStream(file.path, { start: 0, end: file.size - 1, highWaterMark: READ_BYTES });
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          if (signal) checkInterrupted(signal);
          read += chunk.length;
          await emit(encryptor.push(chunk));
        }
      } catch (error) {
        stream.destroy();
        if (error instanceof CliError) throw error;
        throw new CliError('io', `Could not read ${file.path}: ${describeFsError(error)}.`);
      }
    }
    if (read !== file.size) {
      throw new CliError('io', `${file.path} changed while it was being read; share it again.`);
    }
  }
  await emit(encryptor.finish());
  return length;
}

/** The upload offered by `POST /api/secrets`. */
export interface UploadPlan {
  id: string;
  manageToken: string;
  partBytes: number;
  parts: number;
  /** The declared envelope length. */
  size: number;
}

/**
 * Collects envelope bytes into parts of exactly `partBytes` (the last one shorter) and sends each as soon as it is
 * full, so at most one part is held in memory. `finish` sends the last part and checks the count.
 */
export class PartUploader {
  private readonly buffer: Uint8Array<ArrayBuffer>;
  private fill = 0;
  private part = 0;
  private sent = 0;

  constructor(
    private readonly client: ApiClient,
    private readonly plan: UploadPlan,
    private readonly progress: Progress,
    private readonly signal?: AbortSignal,
  ) {
    const { partBytes, parts, size } = plan;
    if (partBytes > MAX_PART_BYTES || parts !== Math.ceil(size / partBytes)) {
      throw new CliError('server', `${client.origin} offered an upload in parts this client cannot send.`);
    }
    this.buffer = new Uint8Array(partBytes);
  }

  /** Adds envelope bytes, sending every part that fills up. */
  readonly push: EnvelopeSink = async (piece) => {
    let offset = 0;
    while (offset < piece.length) {
      const n = Math.min(this.buffer.length - this.fill, piece.length - offset);
      this.buffer.set(piece.subarray(offset, offset + n), this.fill);
      this.fill += n;
      offset += n;
      if (this.fill === this.buffer.length) await this.sendPart();
    }
  };

  /** Sends what is left as the last part. */
  async finish(): Promise<void> {
    if (this.fill > 0) await this.sendPart();
    if (this.part !== this.plan.parts || this.sent !== this.plan.size) {
      // The envelope's length was declared before encrypting; a difference is a bug, never a server's doing.
      throw new Error(
        `upload length mismatch: ${this.sent} bytes in ${this.part} parts, declared ${this.plan.size}`,
      );
    }
  }

  private async sendPart(): Promise<void> {
    this.part++;
    if (this.part > this.plan.parts) {
      throw new Error(`upload length mismatch: more than the ${this.plan.parts} parts declared`);
    }
    const bytes = this.buffer.subarray(0, this.fill);
    await this.client.uploadPart(this.plan.id, this.part, bytes, this.plan.manageToken, this.signal);
    this.sent += bytes.length;
    this.fill = 0;
    this.progress.set(this.sent);
  }
}
