import ipaddr from 'ipaddr.js';
import { formatIpAddress, type IpAddress, parseIpAddress } from './ip-address.ts';

/** A network: its address with the host bits cleared, and the prefix length. */
export interface NetworkRange {
  address: IpAddress;
  bits: number;
}

/**
 * Parses an address or CIDR range (`networkRangeSchema` has already checked its form) into its network: host bits
 * cleared (`192.0.2.7/24` is `192.0.2.0/24`), an IPv4-mapped IPv6 range as the IPv4 range it covers, a single
 * address as a /32 or /128. A zone id is refused, as it is no part of a network.
 *
 * @returns the range, or null when `text` is none of these.
 */
export function parseNetworkRange(text: string): NetworkRange | null {
  if (text.includes('%')) return null;
  const [addressText = '', bitsText, ...rest] = text.split('/');
  if (rest.length > 0 || (bitsText !== undefined && !/^\d{1,3}$/.test(bitsText))) return null;
  // parseIpAddress turns ::ffff:a.b.c.d into a.b.c.d; the prefix then loses the 96 bits of the mapping.
  const mapped = /^::ffff:/i.test(addressText);
  const address = parseIpAddress(addressText);
  if (!address) return null;
  const size = address.kind() === 'ipv4' ? 32 : 128;
  const written = bitsText === undefined ? (mapped ? 128 : size) : Number(bitsText);
  const bits = mapped && address.kind() === 'ipv4' ? written - 96 : written;
  if (!(bits >= 0 && bits <= size)) return null;
  return { address: ipaddr.fromByteArray(maskBytes(address.toByteArray(), bits)), bits };
}

/** `bytes` with every bit after the first `bits` cleared. */
function maskBytes(bytes: number[], bits: number): number[] {
  return bytes.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    return byte & (0xff << (8 - keep)) & 0xff;
  });
}

/** The canonical text of a range, as stored and shown: `192.0.2.0/24`, `2001:db8::/32`. */
export function formatNetworkRange(range: NetworkRange): string {
  return `${formatIpAddress(range.address)}/${range.bits}`;
}

/**
 * Whether `address` lies inside `range`: the same family, and the first `bits` bits equal. Compared byte by byte
 * over the addresses' bytes, so it does not depend on how either was written.
 */
export function rangeContains(range: NetworkRange, address: IpAddress): boolean {
  if (range.address.kind() !== address.kind()) return false;
  const network = range.address.toByteArray();
  const bytes = address.toByteArray();
  return maskBytes(bytes, range.bits).every((byte, i) => byte === network[i]);
}

/**
 * Whether the client at `clientIp` may pass a rule that admits only `ranges` (canonical texts, as stored). An
 * unknown address (null) or one that does not parse is outside every range: the safe default.
 */
export function isInsideRanges(clientIp: string | null, ranges: readonly string[]): boolean {
  const address = clientIp === null ? null : parseIpAddress(clientIp);
  if (!address) return false;
  return ranges.some((text) => {
    const range = parseNetworkRange(text);
    return range !== null && rangeContains(range, address);
  });
}
