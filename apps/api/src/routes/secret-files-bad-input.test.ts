import { env } from 'cloudflare:test';
import { UPLOAD_PART_BYTES } from '@hushlink/protocol';
import { describe, expect, it } from 'vitest';
import {
  api,
  countSecrets,
  createSecret,
  errorCode,
  makeClaim,
  postJson,
  randomBytes,
} from '../../test/api-client.ts';
import { completeUpload, createUpload, download, putPart, uploadFile } from '../../test/files.ts';

const size = UPLOAD_PART_BYTES + 100;
const upload = await createUpload(size);
const done = await createUpload(10);
await uploadFile(done, 10, 1);
const inline = await createSecret();
const unknownId = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A body stream of `length` bytes whose length the request does not declare. */
function unsizedBody(length: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(length));
      controller.close();
    },
  });
}

interface BadCase {
  name: string;
  send: () => Promise<Response>;
  status: number;
  code: string;
}

const cases: BadCase[] = [
  {
    name: 'a part without Authorization',
    send: () => putPart(upload.id, upload.manageToken, 2, new Uint8Array(100), { Authorization: null }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: "another secret's manage token",
    send: () => putPart(upload.id, done.manageToken, 2, new Uint8Array(100)),
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'a part as JSON',
    send: () =>
      putPart(upload.id, upload.manageToken, 2, new Uint8Array(100), { 'Content-Type': 'application/json' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a part without Content-Length',
    send: () => putPart(upload.id, upload.manageToken, 2, unsizedBody(100)),
    status: 400,
    code: 'upload_invalid',
  },
  {
    name: 'a first part shorter than partBytes',
    send: () => putPart(upload.id, upload.manageToken, 1, new Uint8Array(100)),
    status: 400,
    code: 'upload_invalid',
  },
  {
    name: 'a last part longer than the rest',
    send: () => putPart(upload.id, upload.manageToken, 2, new Uint8Array(101)),
    status: 400,
    code: 'upload_invalid',
  },
  {
    name: 'a last part whose body is shorter than its Content-Length',
    send: () => putPart(upload.id, upload.manageToken, 2, unsizedBody(60), { 'Content-Length': '100' }),
    status: 400,
    code: 'upload_invalid',
  },
  {
    name: 'a last part whose body is longer than its Content-Length',
    send: () => putPart(upload.id, upload.manageToken, 2, unsizedBody(160), { 'Content-Length': '100' }),
    status: 400,
    code: 'upload_invalid',
  },
  {
    name: 'a part beyond the declared size',
    send: () => putPart(upload.id, upload.manageToken, 3, new Uint8Array(100)),
    status: 400,
    code: 'upload_invalid',
  },
  {
    name: 'part 0',
    send: () => putPart(upload.id, upload.manageToken, 0, new Uint8Array(100)),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'a part number that is not a number',
    send: () => putPart(upload.id, upload.manageToken, 'two', new Uint8Array(100)),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'a part for an unknown secret',
    send: () => putPart(unknownId, upload.manageToken, 1, new Uint8Array(10)),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'a part for an inline secret',
    send: () => putPart(inline.id, inline.manageToken, 1, new Uint8Array(10)),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'a part after completion',
    send: () => putPart(done.id, done.manageToken, 1, new Uint8Array(10)),
    status: 409,
    code: 'upload_invalid',
  },
  {
    name: 'completing with a missing part',
    send: () => completeUpload(upload.id, upload.manageToken),
    status: 409,
    code: 'upload_incomplete',
  },
  {
    name: "completing with another secret's token",
    send: () => completeUpload(upload.id, done.manageToken),
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'completing with a body',
    send: () =>
      postJson(
        `/api/secrets/${upload.id}/upload/complete`,
        { parts: 2 },
        { Authorization: `Bearer ${upload.manageToken}` },
      ),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'a download with a token that was never granted',
    send: () => download(done.id, 'A'.repeat(43)),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'a download with a malformed Authorization',
    send: () => api(`/api/secrets/${done.id}/download`, { headers: { Authorization: 'Basic abc' } }),
    status: 401,
    code: 'unauthorized',
  },
];

describe('upload and download routes refuse bad input with the right 4xx JSON error', {
  timeout: 60_000,
}, () => {
  for (const bad of cases) {
    it(`refuses ${bad.name}`, async () => {
      const response = await bad.send();
      expect(response.status).toBe(bad.status);
      expect(await errorCode(response)).toBe(bad.code);
    });
  }

  it('refuses an upload over MAX_SECRET_BYTES with 413 too_large naming the limit, storing nothing', async () => {
    const before = await countSecrets(env.DB);
    const { claimHash } = await makeClaim();
    const response = await postJson('/api/secrets', {
      upload: { size: 2 ** 31 },
      expiresIn: 3600,
      claimHash,
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too_large');
    expect(body.error.message).toContain('1 GiB');
    const both = await postJson('/api/secrets', {
      upload: { size: 10 },
      ciphertext: 'AAAA',
      expiresIn: 3600,
      claimHash,
    });
    expect(both.status).toBe(400);
    expect(await errorCode(both)).toBe('invalid_request');
    expect(await countSecrets(env.DB)).toBe(before);
  });

  it('tells the instance limit in GET /api/instance', async () => {
    expect(await (await api('/api/instance')).json()).toMatchObject({ maxSecretBytes: 1024 ** 3 });
  });

  it('never answers 5xx to random part numbers, headers and bodies (seeded)', async () => {
    const seed = Number(env.FUZZ_SEED ?? 4242);
    let x = seed | 1;
    const next = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    const ids = [upload.id, done.id, inline.id, unknownId, 'not-an-id'];
    const tokens = [upload.manageToken, done.manageToken, 'x', ''];
    const parts = ['1', '2', '0', '-1', '99999', '1e3', 'complete', '%00'];
    const lengths = [null, '0', '10', '-5', 'abc', String(UPLOAD_PART_BYTES)];
    const types = ['application/octet-stream', 'text/plain', ''];
    for (let i = 0; i < 40; i++) {
      const id = ids[next(ids.length)] ?? unknownId;
      const length = lengths[next(lengths.length)] ?? null;
      const headers: Record<string, string | null> = {
        Authorization: `Bearer ${tokens[next(tokens.length)]}`,
        'Content-Type': types[next(types.length)] ?? '',
        'Content-Length': length,
      };
      const body = randomBytes(next(64));
      const response =
        next(4) === 0
          ? await download(id, tokens[next(tokens.length)] ?? '', `bytes=${next(20)}-`)
          : await putPart(id, upload.manageToken, parts[next(parts.length)] ?? '1', body, headers);
      expect(response.status, `case ${i} (seed ${seed})`).toBeLessThan(500);
      if (response.status >= 400) await errorCode(response);
      else await response.arrayBuffer();
    }
  });
});
