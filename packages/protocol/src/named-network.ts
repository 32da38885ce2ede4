import { z } from 'zod/mini';
import { allowedRangesSchema } from './network-range.ts';
import { plainText } from './plain-text.ts';

/** How many named networks one link may be limited to, and one role's policy may name. */
export const MAX_NAMED_NETWORKS = 16;

/** The name an admin gives a network ("Office VPN"): plain text, 1 to 60 characters after trimming. */
export const networkNameSchema = z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(60));

/** A network's id, as the API gives it. */
export const networkIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));

/** A named network as admins see it: its name and canonical ranges. */
export const namedNetworkSchema = z.object({
  id: networkIdSchema,
  name: z.string(),
  ranges: z.array(z.string()),
  updatedAt: z.iso.datetime(),
});

/** A named network as admins see it. */
export type NamedNetwork = z.infer<typeof namedNetworkSchema>;

/** `GET /api/admin/networks` answer, by name. */
export const namedNetworksResponseSchema = z.object({ networks: z.array(namedNetworkSchema) });

/**
 * `POST /api/admin/networks` and `PUT /api/admin/networks/:id` body: the name and one or more ranges (each as a
 * link's `allowedRanges` entry: an address or CIDR range, no wider than `MIN_RANGE_PREFIX`).
 */
export const saveNetworkRequestSchema = z.strictObject({
  name: networkNameSchema,
  ranges: allowedRangesSchema,
});

/** `POST /api/admin/networks` and `PUT /api/admin/networks/:id` body. */
export type SaveNetworkRequest = z.input<typeof saveNetworkRequestSchema>;

/** `GET /api/networks` answer: the names a sender may limit a link to (signed-in people only; no ranges). */
export const networkChoicesResponseSchema = z.object({
  networks: z.array(z.object({ id: networkIdSchema, name: z.string() })),
});

/** `GET /api/networks` answer. */
export type NetworkChoicesResponse = z.infer<typeof networkChoicesResponseSchema>;

/** The named networks one role may connect from; empty, anywhere. */
const roleNetworkIdsSchema = z.array(networkIdSchema).check(
  z.maxLength(MAX_NAMED_NETWORKS),
  z.refine((ids) => new Set(ids).size === ids.length, 'name each network once'),
);

/**
 * The per-role network policy (`GET` and `PUT /api/admin/network-policy`): for each role, the ids of the named
 * networks its people may sign in and use sessions and API tokens from. An empty list lets the role connect from
 * anywhere, the default.
 */
export const networkPolicySchema = z.strictObject({
  admin: roleNetworkIdsSchema,
  member: roleNetworkIdsSchema,
  guest: roleNetworkIdsSchema,
});

/** The per-role network policy. */
export type NetworkPolicy = z.infer<typeof networkPolicySchema>;

/** A link's named networks (`allowedNetworks` of a new secret): their names, as `GET /api/networks` lists them. */
export const allowedNetworksSchema = z
  .array(networkNameSchema)
  .check(z.minLength(1, 'name at least one network, or leave the list out'), z.maxLength(MAX_NAMED_NETWORKS));
