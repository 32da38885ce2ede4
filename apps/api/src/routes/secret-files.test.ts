import { env } from 'cloudflare:test';
import { createHash } from 'node:crypto';
import { DOWNLOAD_GRANT_SECONDS, UPLOAD_PART_BYTES } from '@hushlink/protocol';
import { describe, expect, it } from 'vitest';
import { api, errorCode, postJson } from '../../test/api-client.ts';
import {
  completeUpload,
  createUpload,
  download,
  filePart,
  hashBody,
  partsOf,
  putPart,
  revealFile,
  runPurge,
  secretRow,
  testBlobs,
  uploadFile,
} from '../../test/files.ts';

const MiB = 1024 * 1024;

/** The bytes from `offset` to the end of the pseudo-random file `seed`, hashed one part at a time. */
function hashOfTail(seed: number, size: number, offset: number): string {
  const hash = createHash('sha256');
  for (let part = Math.floor(offset / UPLOAD_PART_BYTES) + 1; part <= partsOf(size); part++) {
    const bytes = filePart(seed, size, part);
    const start = Math.max(0, offset - (part - 1) * UPLOAD_PART_BYTES);
    hash.update(bytes.subarray(start));
  }
  return hash.digest('hex');
}

async function ageGrants(id: string): Promise<void> {
  await env.DB.prepare('UPDATE download_grants SET expires_at = ? WHERE secret_id = ?')
    .bind(Date.now() - 1, id)
    .run();
}

// Parts are 8 MiB: generous limits, for a machine under load. Nothing here asserts a duration.
describe('file secrets: upload, reveal, download', { timeout: 120_000 }, () => {
  it('uploads a 72 MiB file in 8 MiB parts and streams it back byte for byte, and resumes from an offset', async () => {
    const size = 72 * MiB + 1234;
    const upload = await createUpload(size);
    expect(upload.upload).toEqual({ partBytes: UPLOAD_PART_BYTES, parts: 10 });
    // Nothing is served before the upload completes: the same 404 as a secret that is gone.
    expect((await api(`/api/secrets/${upload.id}`)).status).toBe(404);
    expect((await postJson(`/api/secrets/${upload.id}/reveal`, { claim: upload.claim })).status).toBe(404);

    const uploaded = await uploadFile(upload, size, 72);
    expect(await secretRow(upload.id)).toMatchObject({
      storage: 'upload',
      blob_state: 'ready',
      upload_id: null,
    });
    const parts = await env.DB.prepare('SELECT count(*) AS n FROM upload_parts WHERE secret_id = ?')
      .bind(upload.id)
      .first<{ n: number }>();
    expect(parts?.n).toBe(0);
    const metadata = await api(`/api/secrets/${upload.id}`);
    expect(await metadata.json()).toMatchObject({ storage: 'upload', size, viewsLeft: 1 });

    const { download: grant, viewsLeft } = await revealFile(upload.id, upload.claim);
    expect(viewsLeft).toBe(0);
    expect(grant.size).toBe(size);
    const whole = await download(upload.id, grant.token);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(whole.headers.get('Content-Length')).toBe(String(size));
    expect(whole.headers.get('Accept-Ranges')).toBe('bytes');
    const hash = createHash('sha256');
    expect(await hashBody(whole.body, hash)).toBe(size);
    expect(hash.digest('hex')).toBe(uploaded);

    // A download that broke off after 70 MiB and a few bytes resumes from there.
    const offset = 70 * MiB + 7;
    const rest = await download(upload.id, grant.token, `bytes=${offset}-`);
    expect(rest.status).toBe(206);
    expect(rest.headers.get('Content-Range')).toBe(`bytes ${offset}-${size - 1}/${size}`);
    expect(rest.headers.get('Content-Length')).toBe(String(size - offset));
    const tail = createHash('sha256');
    expect(await hashBody(rest.body, tail)).toBe(size - offset);
    expect(tail.digest('hex')).toBe(hashOfTail(72, size, offset));
  }, 600_000);

  it('serves a one-time file through its grant after the view is gone, until the grant ends', async () => {
    const size = 3000;
    const upload = await createUpload(size);
    const uploaded = await uploadFile(upload, size, 3);
    const { download: grant, viewsLeft } = await revealFile(upload.id, upload.claim);
    expect(viewsLeft).toBe(0);
    expect(Date.parse(grant.expiresAt) - Date.now()).toBeLessThanOrEqual(DOWNLOAD_GRANT_SECONDS * 1000);

    const second = await postJson(`/api/secrets/${upload.id}/reveal`, { claim: upload.claim });
    expect(second.status).toBe(404);
    expect(await errorCode(second)).toBe('not_found');
    expect((await api(`/api/secrets/${upload.id}`)).status).toBe(404);

    // A cancelled download can be tried again within the grant, as often as needed.
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await download(upload.id, grant.token);
      expect(response.status).toBe(200);
      const hash = createHash('sha256');
      await hashBody(response.body, hash);
      expect(hash.digest('hex')).toBe(uploaded);
    }
    const ranged = await download(upload.id, grant.token, 'bytes=2990-');
    expect(ranged.status).toBe(206);
    expect(new Uint8Array(await ranged.arrayBuffer())).toEqual(filePart(3, size, 1).subarray(2990));
    const past = await download(upload.id, grant.token, 'bytes=3000-');
    expect(past.status).toBe(416);
    expect(past.headers.get('Content-Range')).toBe('bytes */3000');
    expect(await errorCode(past)).toBe('invalid_request');

    const other = await download(upload.id, 'A'.repeat(43));
    expect(other.status).toBe(404);
    expect(await errorCode(other)).toBe('not_found');
    const none = await api(`/api/secrets/${upload.id}/download`);
    expect(none.status).toBe(401);
    expect(await errorCode(none)).toBe('unauthorized');

    await ageGrants(upload.id);
    const ended = await download(upload.id, grant.token);
    expect(ended.status).toBe(404);
    expect(await errorCode(ended)).toBe('not_found');
  });

  it('gives each reveal of a multi-view file its own grant', async () => {
    const upload = await createUpload(100, { maxViews: 2 });
    await uploadFile(upload, 100, 5);
    const first = await revealFile(upload.id, upload.claim);
    const second = await revealFile(upload.id, upload.claim);
    expect([first.viewsLeft, second.viewsLeft]).toEqual([1, 0]);
    expect(first.download.token).not.toBe(second.download.token);
    expect((await download(upload.id, first.download.token)).status).toBe(200);
    expect((await download(upload.id, second.download.token)).status).toBe(200);
  });

  it('says so, as blob_missing, when the store has lost the blob of a valid grant; other files are unharmed', async () => {
    const lost = await createUpload(100, { maxViews: 2 });
    await uploadFile(lost, 100, 6);
    const kept = await createUpload(100);
    const keptHash = await uploadFile(kept, 100, 7);
    const { download: grant } = await revealFile(lost.id, lost.claim);
    await testBlobs.delete(`secrets/${lost.id}`);

    const missing = await download(lost.id, grant.token);
    expect(missing.status).toBe(500);
    expect(await missing.json()).toEqual({
      error: {
        code: 'blob_missing',
        message: expect.stringMatching(/^The file of this secret is missing from the server's storage/),
      },
    });
    // A grant that is not valid still gets the one 404, whether or not the blob is there.
    expect(await errorCode(await download(lost.id, 'A'.repeat(43)))).toBe('not_found');

    const { download: keptGrant } = await revealFile(kept.id, kept.claim);
    const served = await download(kept.id, keptGrant.token);
    expect(served.status).toBe(200);
    const hash = createHash('sha256');
    await hashBody(served.body, hash);
    expect(hash.digest('hex')).toBe(keptHash);
  });

  it('accepts a part sent again (a retry) and answers 409 upload_incomplete while a part is missing', async () => {
    const size = UPLOAD_PART_BYTES + 10;
    const upload = await createUpload(size);
    const last = filePart(9, size, 2);
    expect((await putPart(upload.id, upload.manageToken, 2, new Uint8Array(10))).status).toBe(200);
    expect((await putPart(upload.id, upload.manageToken, 2, last)).status).toBe(200);

    const incomplete = await completeUpload(upload.id, upload.manageToken);
    expect(incomplete.status).toBe(409);
    expect(await errorCode(incomplete)).toBe('upload_incomplete');
    expect(await secretRow(upload.id)).toMatchObject({ blob_state: 'uploading' });
    expect((await api(`/api/secrets/${upload.id}`)).status).toBe(404);

    expect((await putPart(upload.id, upload.manageToken, 1, filePart(9, size, 1))).status).toBe(200);
    const done = await completeUpload(upload.id, upload.manageToken);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ id: upload.id, expiresAt: upload.expiresAt, size });
    // Completing again is harmless; changing a part is not allowed any more.
    expect((await completeUpload(upload.id, upload.manageToken)).status).toBe(200);
    const late = await putPart(upload.id, upload.manageToken, 2, last);
    expect(late.status).toBe(409);
    expect(await errorCode(late)).toBe('upload_invalid');

    const { download: grant } = await revealFile(upload.id, upload.claim);
    const tail = await download(upload.id, grant.token, `bytes=${UPLOAD_PART_BYTES}-`);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(last);
  });
});

describe('file secrets: revoke and purge delete the blob', { timeout: 120_000 }, () => {
  it('revoke aborts an upload in progress at once', async () => {
    const upload = await createUpload(UPLOAD_PART_BYTES + 5);
    expect((await putPart(upload.id, upload.manageToken, 2, new Uint8Array(5))).status).toBe(200);
    const uploadId = (await secretRow(upload.id))?.upload_id;
    expect(uploadId).toBeTruthy();
    const revoked = await api(`/api/secrets/${upload.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${upload.manageToken}` },
    });
    expect(revoked.status).toBe(204);
    expect(await secretRow(upload.id)).toMatchObject({ blob_state: 'deleted', upload_id: null });
    const parts = await env.DB.prepare('SELECT count(*) AS n FROM upload_parts WHERE secret_id = ?')
      .bind(upload.id)
      .first<{ n: number }>();
    expect(parts?.n).toBe(0);
    const after = await putPart(upload.id, upload.manageToken, 2, new Uint8Array(5));
    expect(after.status).toBe(404);
    await expect(
      testBlobs.uploadPart(
        `secrets/${upload.id}`,
        uploadId ?? '',
        1,
        new Blob([new Uint8Array(3)]).stream(),
        3,
      ),
    ).rejects.toThrow();
  });

  it('revoke deletes a complete blob at once and ends its download grants', async () => {
    const upload = await createUpload(500, { maxViews: 3 });
    await uploadFile(upload, 500, 11);
    const { download: grant } = await revealFile(upload.id, upload.claim);
    expect(await testBlobs.get(`secrets/${upload.id}`)).not.toBeNull();
    const revoked = await api(`/api/secrets/${upload.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${upload.manageToken}` },
    });
    expect(revoked.status).toBe(204);
    expect(await testBlobs.get(`secrets/${upload.id}`)).toBeNull();
    expect((await download(upload.id, grant.token)).status).toBe(404);
    expect((await postJson(`/api/secrets/${upload.id}/reveal`, { claim: upload.claim })).status).toBe(404);
    expect(await secretRow(upload.id)).toMatchObject({ blob_state: 'deleted' });
  });

  it('the purge aborts an abandoned upload and deletes its row, and leaves an active one', async () => {
    const abandoned = await createUpload(UPLOAD_PART_BYTES + 5);
    const active = await createUpload(UPLOAD_PART_BYTES + 5);
    for (const upload of [abandoned, active]) {
      expect((await putPart(upload.id, upload.manageToken, 2, new Uint8Array(5))).status).toBe(200);
    }
    const uploadId = (await secretRow(abandoned.id))?.upload_id ?? '';
    await env.DB.prepare('UPDATE secrets SET upload_idle_until = ? WHERE id = ?')
      .bind(Date.now() - 1, abandoned.id)
      .run();
    await runPurge();

    expect(await secretRow(abandoned.id)).toBeNull();
    const parts = await env.DB.prepare('SELECT count(*) AS n FROM upload_parts WHERE secret_id = ?')
      .bind(abandoned.id)
      .first<{ n: number }>();
    expect(parts?.n).toBe(0);
    await expect(
      testBlobs.uploadPart(`secrets/${abandoned.id}`, uploadId, 1, new Blob([new Uint8Array(3)]).stream(), 3),
    ).rejects.toThrow();
    expect((await putPart(abandoned.id, abandoned.manageToken, 1, new Uint8Array(5))).status).toBe(404);

    expect(await secretRow(active.id)).toMatchObject({ blob_state: 'uploading' });
    expect(
      (await putPart(active.id, active.manageToken, 1, filePart(1, UPLOAD_PART_BYTES + 5, 1))).status,
    ).toBe(200);
    expect((await completeUpload(active.id, active.manageToken)).status).toBe(200);
  });

  it('the purge deletes the blob of a used-up file once its grants end, and of an expired one', async () => {
    const usedUp = await createUpload(200);
    await uploadFile(usedUp, 200, 21);
    const stillViewable = await createUpload(200, { maxViews: 2 });
    await uploadFile(stillViewable, 200, 22);
    const expired = await createUpload(200);
    await uploadFile(expired, 200, 23);

    const { download: grant } = await revealFile(usedUp.id, usedUp.claim);
    await revealFile(stillViewable.id, stillViewable.claim);
    const row = await secretRow(usedUp.id);
    expect(row?.blob_delete_after).toBe(Date.parse(grant.expiresAt));

    // Within the grant, the purge keeps the blob of the used-up file.
    await runPurge();
    expect(await testBlobs.get(`secrets/${usedUp.id}`)).not.toBeNull();
    expect((await download(usedUp.id, grant.token)).status).toBe(200);

    await ageGrants(usedUp.id);
    await ageGrants(stillViewable.id);
    await env.DB.prepare('UPDATE secrets SET blob_delete_after = ? WHERE id IN (?, ?)')
      .bind(Date.now() - 1, usedUp.id, stillViewable.id)
      .run();
    await env.DB.prepare('UPDATE secrets SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, expired.id)
      .run();
    await runPurge();

    expect(await testBlobs.get(`secrets/${usedUp.id}`)).toBeNull();
    expect(await secretRow(usedUp.id)).toMatchObject({ blob_state: 'deleted' });
    expect(await testBlobs.get(`secrets/${expired.id}`)).toBeNull();
    expect(await secretRow(expired.id)).toBeNull();
    const grants = await env.DB.prepare('SELECT count(*) AS n FROM download_grants WHERE secret_id IN (?, ?)')
      .bind(usedUp.id, stillViewable.id)
      .first<{ n: number }>();
    expect(grants?.n).toBe(0);
    // A file with views left keeps its blob whatever its last grant did.
    expect(await testBlobs.get(`secrets/${stillViewable.id}`)).not.toBeNull();
    expect((await revealFile(stillViewable.id, stillViewable.claim)).viewsLeft).toBe(0);
  });
});
