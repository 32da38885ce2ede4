import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** API tests run inside workerd against a real (local) D1 migrated from the same files as production. */
export default defineConfig(async () => {
  const migrations = await readD1Migrations(`${root}/migrations`);
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: `${root}/wrangler.toml` },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            ORIGIN: 'https://hushlink.test',
            RP_ID: 'hushlink.test',
            ANONYMOUS_LINKS: 'true',
          },
        },
      }),
    ],
    test: {
      root: fileURLToPath(new URL('.', import.meta.url)),
      include: ['src/**/*.test.ts'],
      // The Node server's own tests spawn processes; they run in vitest.node.config.ts.
      exclude: ['src/node/**'],
      setupFiles: ['./test/apply-migrations.ts'],
      // One JSON line per request, and its metric lines, are the Worker's normal output; keep the report readable.
      onConsoleLog: (log: string) =>
        !log.includes('"event":"request"') && !log.includes('"metric":"hushlink_'),
    },
  };
});
