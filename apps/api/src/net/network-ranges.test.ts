import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { formatNetworkRange, isInsideRanges, parseNetworkRange, rangeContains } from './network-ranges.ts';

const v4 = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 });
const v6 = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 });

/** A range and an address of the same family, the address often inside (sharing a random prefix with it). */
const sameFamily = fc.oneof(
  fc.tuple(v4, v4, fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 32 })),
  fc.tuple(v6, v6, fc.integer({ min: 0, max: 128 }), fc.integer({ min: 0, max: 128 })),
);

/** `b` with its first `shared` bits taken from `a`. */
function sharePrefix(a: number[], b: number[], shared: number): number[] {
  return b.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, shared - i * 8));
    const mask = (0xff << (8 - keep)) & 0xff;
    return ((a[i] ?? 0) & mask) | (byte & ~mask & 0xff);
  });
}

describe('network ranges against ipaddr.js', () => {
  it('contains an address exactly when ipaddr.js’s match says so, for any range and address', () => {
    fc.assert(
      fc.property(sameFamily, ([network, other, bits, shared]) => {
        const address = ipaddr.fromByteArray(sharePrefix(network, other, shared));
        const base = ipaddr.fromByteArray(network);
        const text = `${base.toString()}/${bits}`;
        const range = parseNetworkRange(text);
        expect(range).not.toBeNull();
        if (!range) return;
        expect(rangeContains(range, address)).toBe(address.match(ipaddr.parseCIDR(text)));
        // The canonical network is the one ipaddr.js computes, and parses back to itself.
        const network2 =
          base.kind() === 'ipv4'
            ? ipaddr.IPv4.networkAddressFromCIDR(text)
            : ipaddr.IPv6.networkAddressFromCIDR(text);
        expect(range.address.toString()).toBe(network2.toString());
        expect(parseNetworkRange(formatNetworkRange(range))).toEqual(range);
      }),
      { numRuns: 2000 },
    );
  });

  it('never matches across families', () => {
    fc.assert(
      fc.property(v4, v6, fc.integer({ min: 0, max: 32 }), (a, b, bits) => {
        const range = parseNetworkRange(`${ipaddr.fromByteArray(a).toString()}/${bits}`);
        expect(range && rangeContains(range, ipaddr.fromByteArray(b))).toBe(false);
      }),
    );
  });
});

describe('parseNetworkRange', () => {
  it('clears host bits, takes a single address as the whole prefix, and an IPv4-mapped range as IPv4', () => {
    const text = (input: string) => {
      const range = parseNetworkRange(input);
      return range && formatNetworkRange(range);
    };
    expect(text('192.0.2.77/24')).toBe('192.0.2.0/24');
    expect(text('192.0.2.77')).toBe('192.0.2.77/32');
    expect(text('2001:DB8:0:0:1::/32')).toBe('2001:db8::/32');
    expect(text('2001:db8::1')).toBe('2001:db8::1/128');
    expect(text('::ffff:192.0.2.0/120')).toBe('192.0.2.0/24');
    expect(text('::ffff:192.0.2.1')).toBe('192.0.2.1/32');
  });

  it('refuses zone ids, wrong prefixes and what is not an address', () => {
    for (const input of [
      'fe80::/10%eth0',
      'fe80::1%eth0/64',
      '192.0.2.0/33',
      '::/129',
      '192.0.2.0/2a',
      '10/8',
      'x',
      '',
    ]) {
      expect(parseNetworkRange(input), input).toBeNull();
    }
  });
});

describe('isInsideRanges', () => {
  it('admits an address inside any of the ranges, IPv4-mapped spelling included', () => {
    const ranges = ['192.0.2.0/24', '2001:db8::/32'];
    expect(isInsideRanges('192.0.2.200', ranges)).toBe(true);
    expect(isInsideRanges('::ffff:192.0.2.200', ranges)).toBe(true);
    expect(isInsideRanges('2001:db8:ffff::1', ranges)).toBe(true);
    expect(isInsideRanges('192.0.3.1', ranges)).toBe(false);
    expect(isInsideRanges('2001:db9::1', ranges)).toBe(false);
  });

  it('keeps out an unknown or unreadable address', () => {
    expect(isInsideRanges(null, ['0.0.0.0/0'])).toBe(false);
    expect(isInsideRanges('unknown', ['0.0.0.0/0'])).toBe(false);
  });
});
