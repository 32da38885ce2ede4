import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from './database.ts';
import { insertWhere } from './insert-where.ts';
import { passkeys, users } from './schema.ts';

/** A row of `users`. */
export type UserRow = typeof users.$inferSelect;

/** A row of `passkeys`. */
export type PasskeyRow = typeof passkeys.$inferSelect;

/** Accounts and their passkeys. */
export function userStore(db: Database) {
  return {
    /** Whether any account exists (the first one becomes the admin). */
    async any(): Promise<boolean> {
      const rows = await db.select({ id: users.id }).from(users).limit(1);
      return rows.length > 0;
    },

    async findById(id: string): Promise<UserRow | null> {
      const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async findByName(name: string): Promise<UserRow | null> {
      const rows = await db.select().from(users).where(eq(users.name, name)).limit(1);
      return rows[0] ?? null;
    },

    /**
     * Creates an account together with its first passkey, in one batch (one transaction). With `only: 'first'`
     * the account is inserted only if no account exists at that moment — the check is part of the insert, so of
     * any number of first registrations at once exactly one becomes the admin. Otherwise it is inserted only if no
     * account has its name, checked in the same way. The passkey is inserted only with its account. Returns false
     * when nothing was stored.
     */
    async createWithPasskey(
      user: typeof users.$inferInsert,
      passkey: typeof passkeys.$inferInsert,
      only: 'first' | 'any' = 'any',
    ): Promise<boolean> {
      // Both checks are part of the insert: two registrations of one name at once cannot both pass a read first.
      const condition =
        only === 'first'
          ? sql`NOT EXISTS (SELECT 1 FROM ${users})`
          : sql`NOT EXISTS (SELECT 1 FROM ${users} WHERE ${users.name} = ${user.name})`;
      const [inserted] = await db.batch([
        insertWhere(db, users, user, condition).returning({ id: users.id }),
        insertWhere(
          db,
          passkeys,
          passkey,
          sql`EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${user.id})`,
        ),
      ]);
      return inserted.length > 0;
    },

    async update(
      id: string,
      changes: Partial<Pick<UserRow, 'role' | 'state' | 'lastSignInAt'>>,
    ): Promise<void> {
      await db.update(users).set(changes).where(eq(users.id, id));
    },

    /** Accounts whose name or display name starts with `prefix` (type-ahead), active ones only. */
    async search(prefix: string, limit: number): Promise<UserRow[]> {
      const pattern = `${prefix.replaceAll(/[%_\\]/g, (c) => `\\${c}`)}%`;
      return db
        .select()
        .from(users)
        .where(
          and(
            eq(users.state, 'active'),
            or(
              sql`${users.name} LIKE ${pattern} ESCAPE '\\'`,
              sql`${users.displayName} LIKE ${pattern} ESCAPE '\\'`,
            ),
          ),
        )
        .orderBy(asc(users.name))
        .limit(limit);
    },

    /** Every account, by name, for the admin page. */
    async list(): Promise<UserRow[]> {
      return db.select().from(users).orderBy(asc(users.name));
    },

    /** Which of `ids` are existing, active accounts. */
    async activeIds(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, ids), eq(users.state, 'active')));
      return new Set(rows.map((row) => row.id));
    },

    async passkeysOf(userId: string): Promise<PasskeyRow[]> {
      return db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt));
    },

    async passkeyCount(userId: string): Promise<number> {
      const rows = await db.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId));
      return rows[0]?.n ?? 0;
    },

    async findPasskey(id: string): Promise<PasskeyRow | null> {
      const rows = await db.select().from(passkeys).where(eq(passkeys.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async addPasskey(passkey: typeof passkeys.$inferInsert): Promise<void> {
      await db.insert(passkeys).values(passkey);
    },

    async updatePasskey(
      id: string,
      changes: Partial<Pick<PasskeyRow, 'name' | 'counter' | 'lastUsedAt' | 'backedUp' | 'deviceType'>>,
    ): Promise<void> {
      await db.update(passkeys).set(changes).where(eq(passkeys.id, id));
    },

    /** Removes a passkey unless it is its account's last one; false when it was the last (nothing removed). */
    async removePasskeyUnlessLast(id: string, userId: string): Promise<boolean> {
      const removed = await db
        .delete(passkeys)
        .where(
          and(
            eq(passkeys.id, id),
            eq(passkeys.userId, userId),
            sql`(SELECT count(*) FROM passkeys WHERE user_id = ${userId}) > 1`,
          ),
        )
        .returning({ id: passkeys.id });
      return removed.length > 0;
    },
  };
}

/** The user store's methods. */
export type UserStore = ReturnType<typeof userStore>;
