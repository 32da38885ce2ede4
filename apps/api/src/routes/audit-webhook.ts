import { setAuditWebhookRequestSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { requireFreshStepUp } from '../auth/step-up.ts';
import { requireRole } from '../middleware/identify.ts';
import { limitBody, requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { getAuditWebhook, removeAuditWebhook, setAuditWebhook } from '../services/audit-webhook.ts';

/**
 * `/api/admin/audit-webhook`, admins only: the webhook that receives each audit event as it happens. Setting or
 * removing it needs the admin's fresh step-up, as other changes to what admins can see do: a stolen session must
 * not quietly send the audit trail elsewhere, or stop sending it.
 */
export function auditWebhookRoutes(ports: AppPorts) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      requireRole(c.get('request').actor, ['admin']);
      await next();
    })
    .get('/', async (c) => c.json({ webhook: await getAuditWebhook(ports) }))
    .put('/', limitBody, requireJson(), validate('json', setAuditWebhookRequestSchema), async (c) => {
      const request = c.get('request');
      const admin = await requireFreshStepUp(ports, request.actor);
      return c.json(await setAuditWebhook(ports, request, admin.user.id, c.req.valid('json').url));
    })
    .delete('/', async (c) => {
      const request = c.get('request');
      await requireFreshStepUp(ports, request.actor);
      await removeAuditWebhook(ports, request);
      return c.body(null, 204);
    });
}
