import { z } from 'zod/mini';

/** How many ranges one link may be limited to. */
export const MAX_ALLOWED_RANGES = 16;

/**
 * The widest prefix a link's range may have, per family: a shorter one (`0.0.0.0/0`, `::/0`, `1.0.0.0/1`) admits
 * a good part of the Internet and limits nothing anyone meant to limit.
 */
export const MIN_RANGE_PREFIX = { ipv4: 8, ipv6: 16 } as const;

const addressOrRangeSchema = z.union([z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()]);

/** The prefix length a range is written with, or the whole address for a single one. */
function prefixOf(text: string): { family: 'ipv4' | 'ipv6'; bits: number } {
  const family = text.includes(':') ? 'ipv6' : 'ipv4';
  const slash = text.indexOf('/');
  return { family, bits: slash < 0 ? (family === 'ipv4' ? 32 : 128) : Number(text.slice(slash + 1)) };
}

/**
 * One network a link may be opened from: an IPv4 or IPv6 CIDR range (`192.0.2.0/24`, `2001:db8::/32`) or a single
 * address, no wider than `MIN_RANGE_PREFIX`. The server stores it as the network's canonical form (host bits
 * cleared, IPv4-mapped IPv6 as IPv4).
 */
export const networkRangeSchema = z.string().check(
  z.maxLength(64),
  z.refine((text) => addressOrRangeSchema.safeParse(text).success, {
    message: 'write an IPv4 or IPv6 address or CIDR range, such as 192.0.2.0/24',
  }),
  z.refine(
    (text) => {
      const { family, bits } = prefixOf(text);
      // An IPv4-mapped range (::ffff:a.b.c.d/N) counts as IPv4 from bit 96 on.
      const mapped = family === 'ipv6' && /^::ffff:/i.test(text) && bits >= 96;
      return mapped ? bits - 96 >= MIN_RANGE_PREFIX.ipv4 : bits >= MIN_RANGE_PREFIX[family];
    },
    {
      message: `a range may be at most /${MIN_RANGE_PREFIX.ipv4} wide for IPv4 and /${MIN_RANGE_PREFIX.ipv6} for IPv6`,
    },
  ),
);

/** The networks a link may be opened from: at least one range when given at all. */
export const allowedRangesSchema = z
  .array(networkRangeSchema)
  .check(
    z.minLength(1, 'name at least one range, or leave the list out to allow every network'),
    z.maxLength(MAX_ALLOWED_RANGES),
  );
