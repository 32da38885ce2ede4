import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate` writes SQL migrations for D1 (and the Node server's SQLite) into migrations/. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './apps/api/src/db/schema.ts',
  out: './migrations',
});
