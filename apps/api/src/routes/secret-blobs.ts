import { completeUploadRequestSchema, secretIdSchema, uploadPartNumberSchema } from '@hushlink/protocol';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import { requireBearerToken } from '../middleware/bearer-token.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { openDownload } from '../services/downloads.ts';
import { completeUpload, uploadPart } from '../services/uploads.ts';

const idParamSchema = z.strictObject({ id: secretIdSchema });
const partParamSchema = z.strictObject({ id: secretIdSchema, part: uploadPartNumberSchema });

/**
 * `/api/secrets/:id/upload/*` and `/api/secrets/:id/download`: the envelope of a file secret, sent in parts by
 * the holder of the manage token and read back by the holder of a download grant. Bodies are streamed through
 * in both directions; the JSON body limit of the other routes does not apply to parts, whose size is checked
 * against the declared upload instead.
 */
export function secretBlobRoutes(ports: AppPorts, limitBody: MiddlewareHandler) {
  return new Hono<AppEnv>()
    .put('/:id/upload/:part', validate('param', partParamSchema), async (c) => {
      const token = requireBearerToken(c.req.header('Authorization'), 'manage token');
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/octet-stream') {
        throw new ApiError('unsupported_media_type', 415, 'Send an upload part as application/octet-stream.');
      }
      const { id, part } = c.req.valid('param');
      const length = contentLengthOf(c.req.header('Content-Length'));
      return c.json(await uploadPart(ports, id, token, part, length, c.req.raw.body));
    })
    .post(
      '/:id/upload/complete',
      limitBody,
      validate('param', idParamSchema),
      requireJson(),
      validate('json', completeUploadRequestSchema),
      async (c) => {
        const token = requireBearerToken(c.req.header('Authorization'), 'manage token');
        return c.json(await completeUpload(ports, c.req.valid('param').id, token));
      },
    )
    .get('/:id/download', validate('param', idParamSchema), async (c) => {
      const token = requireBearerToken(c.req.header('Authorization'), 'download token');
      const range = rangeStartOf(c.req.header('Range'));
      const download = await openDownload(ports, c.req.valid('param').id, token, range ?? 0);
      const headers: Record<string, string> = {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(download.size - download.offset),
        'Accept-Ranges': 'bytes',
      };
      if (range === null) return c.body(download.body, 200, headers);
      headers['Content-Range'] = `bytes ${download.offset}-${download.size - 1}/${download.size}`;
      return c.body(download.body, 206, headers);
    });
}

/** The declared length of a part; `upload_invalid` when there is none or it is not a whole number. */
function contentLengthOf(header: string | undefined): number {
  if (header === undefined || !/^\d{1,15}$/.test(header.trim())) {
    throw new ApiError(
      'upload_invalid',
      400,
      'Send each upload part with a Content-Length header of its exact size in bytes.',
    );
  }
  return Number(header.trim());
}

/**
 * Where a `Range: bytes=N-` (a resumed download) starts, or null when there is no such header. Other range forms
 * are ignored and the whole envelope is sent, as HTTP allows; clients only ever resume to the end.
 */
function rangeStartOf(header: string | undefined): number | null {
  const start = /^bytes=(\d{1,15})-$/.exec(header?.trim() ?? '')?.[1];
  return start === undefined ? null : Number(start);
}
