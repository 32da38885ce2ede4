import { describe, expect, it } from 'vitest';
import { normalizeIpAddress } from './ip-address.ts';

describe('normalizeIpAddress', () => {
  it('keeps IPv4 in dotted decimal and writes IPv6 in RFC 5952 form', () => {
    expect(normalizeIpAddress('192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeIpAddress('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(normalizeIpAddress('::1')).toBe('::1');
  });

  it('turns an IPv4-mapped IPv6 address into the IPv4 address, in either spelling', () => {
    expect(normalizeIpAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeIpAddress('::FFFF:c000:0201')).toBe('192.0.2.1');
  });

  it('drops a zone id, which names the server’s interface and not the client', () => {
    expect(normalizeIpAddress('fe80::1%eth0')).toBe('fe80::1');
  });

  it('refuses what is not one address written plainly', () => {
    for (const text of [
      '',
      'unknown',
      '010.1.1.1',
      '1.2.3',
      '3232235777',
      '192.0.2.1:443',
      '[2001:db8::1]',
      ' 192.0.2.1',
      '192.0.2.1, 198.51.100.1',
      '192.0.2.0/24',
      `::ffff:${'1'.repeat(200)}`,
    ]) {
      expect(normalizeIpAddress(text), text).toBeNull();
    }
  });
});
