import type { Role } from '@hushlink/protocol';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { AuditRow } from './audit-store.ts';
import type { Database } from './database.ts';
import { insertWhere } from './insert-where.ts';
import { auditEvents, networks, roleNetworks } from './schema.ts';

/** A row of `networks`. */
export type NetworkRow = typeof networks.$inferSelect;

/** A role's networks in the policy: role → network ids (a role with none connects from anywhere). */
export type PolicyRows = Record<Role, string[]>;

/** Named networks and the per-role network policy. Each change is one batch with its audit row. */
export function networkStore(db: Database) {
  return {
    async list(): Promise<NetworkRow[]> {
      return db.select().from(networks).orderBy(asc(networks.nameKey));
    },

    async find(id: string): Promise<NetworkRow | null> {
      const [row] = await db.select().from(networks).where(eq(networks.id, id));
      return row ?? null;
    },

    /** The networks with these lower-cased names (`name_key`). */
    async findByKeys(keys: string[]): Promise<NetworkRow[]> {
      if (keys.length === 0) return [];
      return db.select().from(networks).where(inArray(networks.nameKey, keys));
    },

    /** Inserts a network; false when its name is taken (the unique index decides, so two at once cannot both win). */
    async insert(row: NetworkRow, audit: Omit<AuditRow, 'id'>): Promise<boolean> {
      const [inserted] = await db.batch([
        db.insert(networks).values(row).onConflictDoNothing().returning({ id: networks.id }),
        // Recorded only if this very batch inserted the network.
        insertWhere(db, auditEvents, audit, sql`EXISTS (SELECT 1 FROM networks WHERE id = ${row.id})`),
      ]);
      return inserted.length > 0;
    },

    async update(
      id: string,
      change: Pick<NetworkRow, 'name' | 'nameKey' | 'ranges' | 'updatedAt'>,
      audit: Omit<AuditRow, 'id'>,
    ): Promise<void> {
      await db.batch([
        db.update(networks).set(change).where(eq(networks.id, id)),
        db.insert(auditEvents).values(audit),
      ]);
    },

    async remove(id: string, audit: Omit<AuditRow, 'id'>): Promise<void> {
      await db.batch([db.delete(networks).where(eq(networks.id, id)), db.insert(auditEvents).values(audit)]);
    },

    /** The roles whose policy names network `id`. */
    async rolesUsing(id: string): Promise<Role[]> {
      const rows = await db
        .select({ role: roleNetworks.role })
        .from(roleNetworks)
        .where(eq(roleNetworks.networkId, id));
      return rows.map((row) => row.role);
    },

    async policy(): Promise<PolicyRows> {
      const rows = await db.select().from(roleNetworks);
      const policy: PolicyRows = { admin: [], member: [], guest: [] };
      for (const row of rows) policy[row.role].push(row.networkId);
      return policy;
    },

    /** The ranges (JSON arrays, one per network) a role may connect from; none, anywhere. */
    async rangesOfRole(role: Role): Promise<string[]> {
      const rows = await db
        .select({ ranges: networks.ranges })
        .from(roleNetworks)
        .innerJoin(networks, eq(networks.id, roleNetworks.networkId))
        .where(eq(roleNetworks.role, role));
      return rows.map((row) => row.ranges);
    },

    /** Replaces the whole policy and records it, in one batch. */
    async replacePolicy(policy: PolicyRows, audit: Omit<AuditRow, 'id'>): Promise<void> {
      const rows = (Object.keys(policy) as Role[]).flatMap((role) =>
        policy[role].map((networkId) => ({ role, networkId })),
      );
      await db.batch([
        db.delete(roleNetworks),
        ...(rows.length > 0 ? [db.insert(roleNetworks).values(rows)] : []),
        db.insert(auditEvents).values(audit),
      ]);
    },
  };
}
