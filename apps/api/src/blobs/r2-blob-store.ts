import type { BlobStore } from '../ports.ts';

/**
 * The blob store on an R2 bucket (the Worker's `BLOBS` binding; `wrangler dev` simulates it on disk). A part's
 * body is piped through a `FixedLengthStream`, because R2 accepts a stream only when its length is known; the
 * bytes pass through and are never collected in memory.
 */
export function r2BlobStore(bucket: R2Bucket): BlobStore {
  return {
    async createMultipartUpload(key) {
      return (await bucket.createMultipartUpload(key)).uploadId;
    },

    async uploadPart(key, uploadId, partNumber, body, length) {
      const fixed = new FixedLengthStream(length);
      const piped = body.pipeTo(fixed.writable);
      const [part] = await Promise.all([
        bucket.resumeMultipartUpload(key, uploadId).uploadPart(partNumber, fixed.readable),
        piped,
      ]);
      return { etag: part.etag };
    },

    async completeMultipartUpload(key, uploadId, parts) {
      await bucket.resumeMultipartUpload(key, uploadId).complete(parts);
    },

    async abortMultipartUpload(key, uploadId) {
      try {
        await bucket.resumeMultipartUpload(key, uploadId).abort();
      } catch {
        // Already aborted or completed: R2 says the upload does not exist, which is what was asked for.
      }
    },

    async get(key, options = {}) {
      const offset = options.offset ?? 0;
      const object = await bucket.get(key, offset > 0 ? { range: { offset } } : {});
      if (!object) return null;
      return { body: object.body, size: object.size };
    },

    async delete(key) {
      await bucket.delete(key);
    },
  };
}
