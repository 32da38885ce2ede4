import { applyD1Migrations, env } from 'cloudflare:test';

// Applies migrations/ to the test D1 before each test file; already-applied migrations are skipped.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
