import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from './database.ts';
import { invites } from './schema.ts';

/** A row of `invites`. */
export type InviteRow = typeof invites.$inferSelect;

/** Single-use, expiring invites. */
export function inviteStore(db: Database) {
  return {
    async insert(invite: InviteRow): Promise<void> {
      await db.insert(invites).values(invite);
    },

    /** An invite that is neither used nor expired, or null. */
    async findUsable(id: string, now: number): Promise<InviteRow | null> {
      const rows = await db
        .select()
        .from(invites)
        .where(and(eq(invites.id, id), isNull(invites.usedAt), gt(invites.expiresAt, now)))
        .limit(1);
      return rows[0] ?? null;
    },

    async find(id: string): Promise<InviteRow | null> {
      const rows = await db.select().from(invites).where(eq(invites.id, id)).limit(1);
      return rows[0] ?? null;
    },

    /** Marks an invite used, atomically: false when someone used it first or it expired. */
    async use(id: string, userId: string, now: number): Promise<boolean> {
      const rows = await db
        .update(invites)
        .set({ usedAt: now, usedBy: userId })
        .where(and(eq(invites.id, id), isNull(invites.usedAt), gt(invites.expiresAt, now)))
        .returning({ id: invites.id });
      return rows.length > 0;
    },

    /** Gives back an invite that `use` marked for `userId` when that account could not be created after all. */
    async release(id: string, userId: string): Promise<void> {
      await db
        .update(invites)
        .set({ usedAt: null, usedBy: null })
        .where(and(eq(invites.id, id), eq(invites.usedBy, userId)));
    },

    async listBy(userId: string): Promise<InviteRow[]> {
      return db
        .select()
        .from(invites)
        .where(eq(invites.createdBy, userId))
        .orderBy(desc(invites.createdAt))
        .limit(100);
    },
  };
}
