import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/** Runs the cheapest query there is; throws when the database does not answer. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.run(sql`SELECT 1`);
}
