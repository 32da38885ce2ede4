import { type RevealResponse, revealResponseSchema } from '@hushlink/protocol';
import { requestJson } from './request.ts';

/**
 * `POST /api/secrets/:id/reveal` with `{}` for a sealed secret: its link has no key, so there is no claim; the
 * session shows the server that the caller is a recipient. Consumes one view. Throws `sign_in_required`,
 * `not_for_you` (nothing consumed) or `not_found`.
 */
export function revealSealedSecret(id: string): Promise<RevealResponse> {
  return requestJson(
    { method: 'POST', path: `/api/secrets/${encodeURIComponent(id)}/reveal`, body: {} },
    revealResponseSchema,
  );
}
