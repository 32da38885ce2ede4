import { createReadStream } from 'node:fs';
import {
  createEncryptor,
  createSealedEncryptor,
  type EnvelopeMetadata,
  type SenderSigningKeyPair,
} from '@hushlink/envelope';
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
export type EnvelopeKeys =
  | { linkKey: Uint8Array }
  | { recipients: readonly Uint8Array[]; signer: SenderSigningKeyPair };

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
      : await createSealedEncryptor(metadata, keys.recipients, { ...options, signer: keys.signer });
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

/** How many parts are uploaded at once, while the next one is encrypted. */
export const PARTS_IN_FLIGHT = 3;

/**
 * Collects envelope bytes into parts of exactly `partBytes` (the last one shorter) and sends each as soon as it is
 * full, up to `PARTS_IN_FLIGHT` at once while the next part is encrypted: one part at a time left the CLI waiting on
 * the server for 40% of a 128 MiB share (measured on the Node server), and encryption waiting on the upload. So at
 * most `PARTS_IN_FLIGHT + 1` parts are held in memory, whatever the file's size. The first part that fails (after
 * its retries) fails every later `push` and `finish`; `settle` waits for the parts still in flight, so that nothing
 * is still uploading once the caller revokes the secret.
 */
export class PartUploader {
  private buffer: Uint8Array<ArrayBuffer>;
  private fill = 0;
  private part = 0;
  private sent = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

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
    this.throwIfFailed();
    let offset = 0;
    while (offset < piece.length) {
      const n = Math.min(this.buffer.length - this.fill, piece.length - offset);
      this.buffer.set(piece.subarray(offset, offset + n), this.fill);
      this.fill += n;
      offset += n;
      if (this.fill === this.buffer.length) await this.sendPart();
    }
  };

  /** Sends what is left as the last part, and waits until every part is stored. */
  async finish(): Promise<void> {
    this.throwIfFailed();
    if (this.fill > 0) await this.sendPart();
    await this.settle();
    this.throwIfFailed();
    if (this.part !== this.plan.parts || this.sent !== this.plan.size) {
      // The envelope's length was declared before encrypting; a difference is a bug, never a server's doing.
      throw new Error(
        `upload length mismatch: ${this.sent} bytes in ${this.part} parts, declared ${this.plan.size}`,
      );
    }
  }

  /** Waits for the parts in flight to end, stored or failed. */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  /** Starts sending the full buffer as the next part, once fewer than `PARTS_IN_FLIGHT` are in flight. */
  private async sendPart(): Promise<void> {
    while (this.inFlight.size >= PARTS_IN_FLIGHT) await Promise.race(this.inFlight);
    this.throwIfFailed();
    this.part++;
    if (this.part > this.plan.parts) {
      throw new Error(`upload length mismatch: more than the ${this.plan.parts} parts declared`);
    }
    const bytes = this.buffer.subarray(0, this.fill);
    const upload = this.client
      .uploadPart(this.plan.id, this.part, bytes, this.plan.manageToken, this.signal)
      .then(
        () => {
          this.sent += bytes.length;
          this.progress.set(this.sent);
        },
        (error: unknown) => {
          this.failure ??= { error };
        },
      )
      .finally(() => this.inFlight.delete(upload));
    this.inFlight.add(upload);
    this.buffer = new Uint8Array(this.plan.partBytes);
    this.fill = 0;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
