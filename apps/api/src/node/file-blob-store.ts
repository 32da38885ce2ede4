import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BodyStreamError } from '../blobs/body-stream-error.ts';
import { isOutOfSpace, StorageFullError } from '../blobs/storage-full.ts';
import { randomToken } from '../crypto/random-token.ts';
import type { BlobStore } from '../ports.ts';

const KEY = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The blob store in a folder, for the Node server: `objects/KEY` holds complete blobs, `uploads/UPLOAD_ID/` the
 * parts of an upload in progress (one file per part and attempt, `N.ETAG`, beside a `key` file naming the blob it
 * is for). Completing an upload concatenates the named parts, stream by stream, into a temporary file that is
 * synced and then renamed into place, so a blob is either whole or absent. Nothing is read into memory whole. A
 * write that finds the disk full leaves nothing behind and throws `StorageFullError`.
 *
 * @example const blobs = fileBlobStore(join(dataDir, 'blobs'))
 */
export function fileBlobStore(root: string): BlobStore {
  const objectPath = (key: string) => {
    if (!KEY.test(key)) throw new Error('invalid blob key');
    return join(root, 'objects', ...key.split('/'));
  };
  const uploadDir = (uploadId: string) => {
    if (!TOKEN.test(uploadId)) throw new Error('invalid upload id');
    return join(root, 'uploads', uploadId);
  };
  const partPath = (dir: string, partNumber: number, etag: string) => {
    if (!Number.isSafeInteger(partNumber) || partNumber < 1 || !TOKEN.test(etag)) {
      throw new Error('invalid part');
    }
    return join(dir, `${partNumber}.${etag}`);
  };
  /** The upload's folder, after checking that the upload exists and is for `key`. */
  const existingUpload = async (key: string, uploadId: string) => {
    const dir = uploadDir(uploadId);
    const owner = await readFile(join(dir, 'key'), 'utf8').catch(() => null);
    if (owner !== key) throw new Error('no such upload');
    return dir;
  };

  return {
    async createMultipartUpload(key) {
      objectPath(key);
      const uploadId = randomToken(16);
      const dir = uploadDir(uploadId);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, 'key'), key);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw isOutOfSpace(error) ? new StorageFullError() : error;
      }
      return uploadId;
    },

    async uploadPart(key, uploadId, partNumber, body, length) {
      const dir = await existingUpload(key, uploadId);
      // Each attempt writes its own file, so a retry never disturbs the part an earlier attempt completed.
      const etag = randomToken(12);
      const path = partPath(dir, partNumber, etag);
      const temporary = `${path}.tmp`;
      let received = 0;
      const count = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.byteLength;
          const tooLong = received > length;
          callback(tooLong ? new BodyStreamError('length', `it had more than ${length} bytes`) : null, chunk);
        },
      });
      try {
        await pipeline(chunksOf(body), count, createWriteStream(temporary, { flags: 'wx' }));
        if (received !== length) throw new BodyStreamError('length', `it had ${received} of ${length} bytes`);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw isOutOfSpace(error) ? new StorageFullError() : error;
      }
      return { etag };
    },

    async completeMultipartUpload(key, uploadId, parts) {
      const dir = await existingUpload(key, uploadId);
      const target = objectPath(key);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${uploadId}.tmp`;
      const ordered = [...parts].sort((a, b) => a.partNumber - b.partNumber);
      try {
        const out = await open(temporary, 'w');
        try {
          for (const part of ordered) {
            // One chunk at a time (64 KiB reads), each written before the next is read.
            for await (const chunk of createReadStream(partPath(dir, part.partNumber, part.etag))) {
              const bytes = chunk as Buffer;
              let written = 0;
              while (written < bytes.byteLength) written += (await out.write(bytes, written)).bytesWritten;
            }
          }
          await out.sync();
        } finally {
          await out.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw isOutOfSpace(error) ? new StorageFullError() : error;
      }
      await rm(dir, { recursive: true, force: true });
    },

    async abortMultipartUpload(_key, uploadId) {
      await rm(uploadDir(uploadId), { recursive: true, force: true });
    },

    async get(key, options = {}) {
      // Opened before its size is read, so a blob deleted meanwhile is either served whole or not found.
      const handle = await open(objectPath(key), 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!handle) return null;
      const { size } = await handle.stat();
      const stream = handle.createReadStream({ start: options.offset ?? 0, autoClose: true });
      return { body: Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>, size };
    },

    async delete(key) {
      await rm(objectPath(key), { force: true });
    },
  };
}

/**
 * The chunks of a request body, as a source for `pipeline`. A write that stops early (the disk is full, the part is
 * longer than declared) lets go of the body instead of cancelling it: cancelling a request body destroys the
 * connection before the error can be answered, while a body that was let go is read to its end and dropped by the
 * Node adapter once the answer has been sent, so the client gets the answer.
 */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch {
        throw new BodyStreamError('aborted', 'it ended with an error');
      }
      if (result.done) return;
      yield result.value;
    }
  } finally {
    reader.releaseLock();
  }
}
