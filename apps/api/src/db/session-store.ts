import { and, desc, eq, gt, lt, ne, or } from 'drizzle-orm';
import type { Database } from './database.ts';
import { sessions } from './schema.ts';

/** A row of `sessions`. */
export type SessionRow = typeof sessions.$inferSelect;

/** Sign-in sessions; the cookie's secret is stored only as a SHA-256. */
export function sessionStore(db: Database) {
  return {
    async insert(session: SessionRow): Promise<void> {
      await db.insert(sessions).values(session);
    },

    async find(id: string): Promise<SessionRow | null> {
      const rows = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async touch(id: string, now: number): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    },

    async delete(id: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.id, id));
    },

    /** Records a step-up (a fresh passkey assertion) of the session at `now`. */
    async stepUp(id: string, now: number): Promise<void> {
      await db.update(sessions).set({ steppedUpAt: now }).where(eq(sessions.id, id));
    },

    /** An account's sessions within both lifetimes, newest first. */
    async liveOf(userId: string, now: number, idleMs: number): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(
          and(
            eq(sessions.userId, userId),
            gt(sessions.expiresAt, now),
            gt(sessions.lastSeenAt, now - idleMs),
          ),
        )
        .orderBy(desc(sessions.createdAt), desc(sessions.id));
    },

    /** Ends one session of an account; false when the account has no such session. */
    async deleteOf(id: string, userId: string): Promise<boolean> {
      const rows = await db
        .delete(sessions)
        .where(and(eq(sessions.id, id), eq(sessions.userId, userId)))
        .returning({ id: sessions.id });
      return rows.length > 0;
    },

    /**
     * Ends every live session of an account except `keepId` (none kept when it is null); returns how many. Dead
     * ones are left to the purge, so that the count is of sessions that could still be used.
     */
    async deleteOthersOf(
      userId: string,
      keepId: string | null,
      now: number,
      idleMs: number,
    ): Promise<number> {
      const live = and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, now - idleMs),
      );
      const rows = await db
        .delete(sessions)
        .where(keepId === null ? live : and(live, ne(sessions.id, keepId)))
        .returning({ id: sessions.id });
      return rows.length;
    },

    /** Ends every session of an account; returns how many. */
    async deleteAllOf(userId: string): Promise<number> {
      const rows = await db
        .delete(sessions)
        .where(eq(sessions.userId, userId))
        .returning({ id: sessions.id });
      return rows.length;
    },

    /** Deletes sessions past their absolute end or idle for longer than `idleMs`. */
    async purge(now: number, idleMs: number): Promise<void> {
      await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, now - idleMs)));
    },

    /** Whether the session is still within both lifetimes (used by tests and the purge). */
    async isLive(id: string, now: number, idleMs: number): Promise<boolean> {
      const rows = await db
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, now - idleMs)));
      return rows.length > 0;
    },
  };
}

/** The session store's methods. */
export type SessionStore = ReturnType<typeof sessionStore>;
