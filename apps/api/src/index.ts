import { createApp } from './app.ts';
import { parseConfig, type RawSettings } from './config.ts';
import { createD1SecretStore } from './db/d1-secret-store.ts';
import type { AppPorts } from './ports.ts';
import { purgeExpiredSecrets } from './services/secrets.ts';

/** The Worker's bindings (see wrangler.toml). */
export interface Env extends RawSettings {
  DB: D1Database;
  ASSETS: Fetcher;
}

function bindPorts(env: Env): AppPorts {
  return { secrets: createD1SecretStore(env.DB), clock: { now: Date.now }, config: parseConfig(env) };
}

/** The Worker: `/api/*` goes to the Hono app (assets are served before it); the cron purges what expired. */
export default {
  fetch(request, env, ctx) {
    return createApp(bindPorts(env)).fetch(request, env, ctx);
  },
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(
      purgeExpiredSecrets(bindPorts(env)).then((deleted) => {
        console.log(JSON.stringify({ level: 'info', event: 'purge', deleted }));
      }),
    );
  },
} satisfies ExportedHandler<Env>;
