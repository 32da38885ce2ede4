import ipaddr from 'ipaddr.js';

/** A parsed IPv4 or IPv6 address, as `ipaddr.js` gives it. */
export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Longer than any address written out (an IPv6 address with an embedded IPv4 one and a zone id is ~60). */
const MAX_ADDRESS_LENGTH = 100;

/**
 * Parses one address strictly: IPv4 only as four decimal parts (`ipaddr.js` alone would also take `010.1.1.1`
 * as octal and `1.2.3` as three parts, which no proxy writes and which would let one address go by several
 * spellings), IPv6 in any RFC 4291 form. A zone id (`fe80::1%eth0`) is dropped: it names the receiving host's
 * interface, not the client. An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports
 * for an IPv4 client) becomes the IPv4 address, so that a rule or a rate limit sees one address, not two.
 *
 * @returns the address, or null for anything else (a port, brackets, spaces, a name).
 */
export function parseIpAddress(text: string): IpAddress | null {
  if (text.length === 0 || text.length > MAX_ADDRESS_LENGTH) return null;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!text.includes(':') || !ipaddr.IPv6.isValid(text)) return null;
  const v6 = ipaddr.IPv6.parse(text);
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  return new ipaddr.IPv6(v6.parts);
}

/**
 * The canonical text of an address (`192.0.2.1`, `2001:db8::1` in RFC 5952 form), or null when `text` is not
 * one (see `parseIpAddress`): what the audit log, rate limits and network rules see, whichever runtime or
 * proxy wrote it.
 *
 * @example normalizeIpAddress('::FFFF:192.0.2.1') // '192.0.2.1'
 */
export function normalizeIpAddress(text: string): string | null {
  const address = parseIpAddress(text);
  return address ? formatIpAddress(address) : null;
}

/** The canonical text of a parsed address: dotted decimal, or RFC 5952 for IPv6. */
export function formatIpAddress(address: IpAddress): string {
  return address instanceof ipaddr.IPv6 ? address.toRFC5952String() : address.toString();
}
