/**
 * Bench item 5's reference: the least a Worker does to move a file through R2 under `wrangler dev`, with the same
 * R2 calls as the product's blob store (`apps/api/src/blobs/r2-blob-store.ts`): a multipart upload whose parts are
 * piped through a `FixedLengthStream`, and a download streamed from `get`. No API, no database, no checks, no
 * encryption. What it reaches is the ceiling a file leg can reach on this runtime and machine.
 *
 * - `GET /api/health`: 200 (the launcher waits for it)
 * - `POST /blobs/KEY`: starts an upload, answers `{ uploadId }`
 * - `PUT /blobs/KEY/UPLOAD/N`: part N (its body, with a Content-Length), answers `{ partNumber, etag }`
 * - `POST /blobs/KEY/UPLOAD`: completes the upload with the JSON list of parts
 * - `GET /blobs/KEY`: the object
 */
interface Env {
  BLOBS: R2Bucket;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const [, route, key, uploadId, part] = new URL(request.url).pathname.split('/');
    if (route === 'api') return Response.json({ ok: true });
    if (route !== 'blobs' || !key) return new Response('not found', { status: 404 });
    if (request.method === 'GET') {
      const object = await env.BLOBS.get(key);
      if (!object) return new Response('not found', { status: 404 });
      return new Response(object.body, { headers: { 'Content-Length': String(object.size) } });
    }
    if (request.method === 'POST' && !uploadId) {
      return Response.json({ uploadId: (await env.BLOBS.createMultipartUpload(key)).uploadId });
    }
    if (request.method === 'POST' && uploadId) {
      const parts = await request.json<R2UploadedPart[]>();
      await env.BLOBS.resumeMultipartUpload(key, uploadId).complete(parts);
      return new Response(null, { status: 204 });
    }
    if (request.method === 'PUT' && uploadId && part && request.body) {
      const fixed = new FixedLengthStream(Number(request.headers.get('Content-Length')));
      const [uploaded] = await Promise.all([
        env.BLOBS.resumeMultipartUpload(key, uploadId).uploadPart(Number(part), fixed.readable),
        request.body.pipeTo(fixed.writable),
      ]);
      return Response.json(uploaded);
    }
    return new Response('not found', { status: 404 });
  },
};
