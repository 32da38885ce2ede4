import { env } from 'cloudflare:test';
import { MAX_INLINE_CIPHERTEXT_BYTES } from '@hushlink/protocol';
import { describe, expect, it } from 'vitest';
import {
  api,
  b64url,
  countSecrets,
  createSecret,
  errorCode,
  makeClaim,
  postJson,
  randomBytes,
} from '../../test/api-client.ts';

const { claimHash } = await makeClaim();
const valid = { ciphertext: b64url(randomBytes(64)), expiresIn: 3600, claimHash };

interface BadCase {
  name: string;
  send: () => Promise<Response>;
  status: number;
  code: string;
}

const unknownId = 'AAAAAAAAAAAAAAAAAAAAAA';
const badCreates: BadCase[] = [
  {
    name: 'malformed JSON',
    send: () => postJson('/api/secrets', '{"ciphertext": '),
    status: 400,
    code: 'invalid_json',
  },
  { name: 'a JSON array', send: () => postJson('/api/secrets', '[]'), status: 400, code: 'invalid_request' },
  { name: 'no body', send: () => postJson('/api/secrets', ''), status: 400, code: 'invalid_json' },
  {
    name: 'a form instead of JSON',
    send: () =>
      api('/api/secrets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'ciphertext=AAAA',
      }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'expiresIn as a string',
    send: () => postJson('/api/secrets', { ...valid, expiresIn: '3600' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'expiresIn below 60 s',
    send: () => postJson('/api/secrets', { ...valid, expiresIn: 59 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'expiresIn over 30 days',
    send: () => postJson('/api/secrets', { ...valid, expiresIn: 2592001 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'expiresIn not whole',
    send: () => postJson('/api/secrets', { ...valid, expiresIn: 90.5 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'maxViews 0',
    send: () => postJson('/api/secrets', { ...valid, maxViews: 0 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'maxViews 101',
    send: () => postJson('/api/secrets', { ...valid, maxViews: 101 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'an unknown field',
    send: () => postJson('/api/secrets', { ...valid, isAdmin: true }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'an unknown access rule',
    send: () => postJson('/api/secrets', { ...valid, access: 'everyone' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'ciphertext with padding',
    send: () => postJson('/api/secrets', { ...valid, ciphertext: 'AAA=' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'ciphertext in the standard alphabet',
    send: () => postJson('/api/secrets', { ...valid, ciphertext: 'ab+/' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'ciphertext of impossible length',
    send: () => postJson('/api/secrets', { ...valid, ciphertext: 'AAAAA' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'empty ciphertext',
    send: () => postJson('/api/secrets', { ...valid, ciphertext: '' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'a claimHash of 31 bytes',
    send: () => postJson('/api/secrets', { ...valid, claimHash: b64url(randomBytes(31)) }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'no claimHash',
    send: () => postJson('/api/secrets', { ciphertext: valid.ciphertext, expiresIn: 3600 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'ciphertext one byte over 1 MiB',
    send: () =>
      postJson('/api/secrets', {
        ...valid,
        ciphertext: b64url(randomBytes(MAX_INLINE_CIPHERTEXT_BYTES + 1)),
      }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'a body over the limit',
    send: () => postJson('/api/secrets', { ...valid, ciphertext: 'A'.repeat(2 * 1024 * 1024) }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'a body over the limit streamed without a Content-Length',
    send: () => {
      const piece = new TextEncoder().encode('A'.repeat(256 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          // 2 MiB in 256 KiB pieces, never declared up front.
          if (sent++ < 8) controller.enqueue(piece);
          else controller.close();
        },
      });
      return api('/api/secrets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
    },
    status: 413,
    code: 'payload_too_large',
  },
];

const badOthers: BadCase[] = [
  {
    name: 'metadata of an id that is too short',
    send: () => api('/api/secrets/abc'),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'metadata of an id with a bad character',
    send: () => api('/api/secrets/AAAAAAAAAAAAAAAAAAAAA.'),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'metadata of an unknown id',
    send: () => api(`/api/secrets/${unknownId}`),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'reveal of a bad id',
    send: () => postJson('/api/secrets/abc/reveal', { claim: b64url(randomBytes(32)) }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'reveal of an unknown id',
    send: () => postJson(`/api/secrets/${unknownId}/reveal`, { claim: b64url(randomBytes(32)) }),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'reveal with malformed JSON',
    send: () => postJson(`/api/secrets/${unknownId}/reveal`, '{'),
    status: 400,
    code: 'invalid_json',
  },
  {
    name: 'reveal with a short claim',
    send: () => postJson(`/api/secrets/${unknownId}/reveal`, { claim: 'AAAA' }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'reveal with an extra field',
    send: () => postJson(`/api/secrets/${unknownId}/reveal`, { claim: b64url(randomBytes(32)), views: 5 }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'revoke of a bad id',
    send: () => api('/api/secrets/abc', { method: 'DELETE', headers: { Authorization: 'Bearer x' } }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'revoke with a malformed Authorization',
    send: () =>
      api(`/api/secrets/${unknownId}`, { method: 'DELETE', headers: { Authorization: 'Basic abc' } }),
    status: 401,
    code: 'unauthorized',
  },
  { name: 'an unknown API route', send: () => api('/api/nothing-here'), status: 404, code: 'not_found' },
  {
    name: 'an unsupported method',
    send: () => api('/api/secrets', { method: 'PUT' }),
    status: 404,
    code: 'not_found',
  },
];

describe('bad input', () => {
  for (const bad of [...badCreates, ...badOthers]) {
    it(`answers ${bad.status} ${bad.code} for ${bad.name} and changes nothing`, async () => {
      const live = await createSecret({ maxViews: 2 });
      const before = await countSecrets(env.DB);
      const response = await bad.send();
      expect(response.status).toBe(bad.status);
      expect(response.headers.get('Content-Type')).toContain('application/json');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(await errorCode(response)).toBe(bad.code);
      expect(await countSecrets(env.DB)).toBe(before);
      const metadata = (await (await api(`/api/secrets/${live.id}`)).json()) as { viewsLeft: number };
      expect(metadata.viewsLeft).toBe(2);
    });
  }
});
