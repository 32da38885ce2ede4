import { formatIpAddress, type IpAddress, parseIpAddress } from '../net/ip-address.ts';

/**
 * Which peers the Node server trusts to tell it the client's address in `X-Forwarded-For`: none (the socket's
 * address is the client's), the nearest `count` hops whatever their address, or peers inside `ranges`.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; count: number }
  | { kind: 'ranges'; ranges: Array<[IpAddress, number]> };

/** A `TRUST_PROXY` value that cannot be read; the message names the part at fault. */
export class TrustProxyError extends Error {
  override readonly name = 'TrustProxyError';
}

/** The names `proxy-addr` (Express) accepts for common proxy ranges, with the same meaning. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

const MAX_HOPS = 32;

/**
 * Reads `TRUST_PROXY`: unset, empty, `false` or `0` trusts no proxy; `true` trusts one hop (what it meant before
 * hop counts and ranges existed); a whole number trusts that many hops; anything else is a comma-separated list of
 * addresses, CIDR ranges and the names `loopback`, `linklocal` and `uniquelocal`, the proxies' own addresses.
 *
 * @throws TrustProxyError naming the entry that is neither.
 * @example parseTrustProxy('10.0.0.0/8, loopback')
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return { kind: 'none' };
  if (text === 'true') return { kind: 'hops', count: 1 };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > MAX_HOPS)
      throw new TrustProxyError(`TRUST_PROXY counts at most ${MAX_HOPS} hops, not ${text}.`);
    return { kind: 'hops', count };
  }
  const ranges: Array<[IpAddress, number]> = [];
  for (const entry of text.split(',').map((part) => part.trim())) {
    for (const cidr of NAMED_RANGES[entry] ?? [entry]) ranges.push(parseTrustedRange(cidr));
  }
  return { kind: 'ranges', ranges };
}

function parseTrustedRange(entry: string): [IpAddress, number] {
  const [addressText = '', bitsText, ...rest] = entry.split('/');
  const address = parseIpAddress(addressText);
  const maxBits = address?.kind() === 'ipv4' ? 32 : 128;
  const bits = bitsText === undefined ? maxBits : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : Number.NaN;
  if (!address || rest.length > 0 || !(bits >= 0 && bits <= maxBits)) {
    throw new TrustProxyError(
      `TRUST_PROXY has "${entry}", which is not true, a hop count, an address, a CIDR range or loopback, linklocal, uniquelocal.`,
    );
  }
  return [address, bits];
}

function trusts(trust: TrustProxy, address: IpAddress, hop: number): boolean {
  if (trust.kind === 'none') return false;
  if (trust.kind === 'hops') return hop < trust.count;
  return trust.ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/**
 * The client's address, as Express's `proxy-addr` finds it: the socket's peer, unless `trust` trusts it; then the
 * `X-Forwarded-For` entries from the right (each proxy appends the address it saw), stopping at the first one not
 * trusted. Entries left of that one were written by whoever is not trusted and are never read, so a client that
 * sends its own `X-Forwarded-For` through a proxy, or straight to the server, chooses nothing. An entry that is not
 * an address stops the walk at the trusted hop that passed it on, which is then the answer.
 *
 * @returns the address in canonical form (see `formatIpAddress`), or null when the socket has none.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustProxy,
): string | null {
  let current = peer === undefined ? null : parseIpAddress(peer);
  if (!current) return null;
  if (trust.kind === 'none' || !forwardedFor) return formatIpAddress(current);
  const entries = forwardedFor.split(',');
  for (let hop = 0; hop < entries.length && trusts(trust, current, hop); hop++) {
    const next = parseIpAddress((entries[entries.length - 1 - hop] ?? '').trim());
    if (!next) break;
    current = next;
  }
  return formatIpAddress(current);
}
