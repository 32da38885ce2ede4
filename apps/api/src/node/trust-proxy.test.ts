import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../db/sqlite-database.ts';
import { fileBlobStore } from './file-blob-store.ts';
import { nodePorts } from './node-ports.ts';
import { parseTrustProxy, resolveClientAddress, TrustProxyError } from './trust-proxy.ts';

describe('parseTrustProxy', () => {
  it('trusts nothing when unset or false, one hop for true, and n hops for a number', () => {
    for (const value of [undefined, '', 'false', '0'])
      expect(parseTrustProxy(value)).toEqual({ kind: 'none' });
    expect(parseTrustProxy('true')).toEqual({ kind: 'hops', count: 1 });
    expect(parseTrustProxy('1')).toEqual({ kind: 'hops', count: 1 });
    expect(parseTrustProxy('3')).toEqual({ kind: 'hops', count: 3 });
  });

  it('reads addresses, CIDR ranges and named ranges', () => {
    const trust = parseTrustProxy('10.0.0.0/8, 2001:db8::/32, 192.0.2.7, loopback');
    expect(trust.kind).toBe('ranges');
    if (trust.kind !== 'ranges') return;
    expect(trust.ranges.map(([address, bits]) => `${address.toString()}/${bits}`)).toEqual([
      '10.0.0.0/8',
      '2001:db8::/32',
      '192.0.2.7/32',
      '127.0.0.1/8',
      '::1/128',
    ]);
  });

  it('refuses an entry that is not an address, a range or a known name, naming it', () => {
    for (const value of [
      'yes',
      '10.0.0.0/33',
      '10.0.0.0/8/8',
      '::/129',
      '10.0.0.0/-1',
      'lo0',
      '99',
      '10.0.0.0/08x',
    ]) {
      expect(() => parseTrustProxy(value), value).toThrow(TrustProxyError);
    }
    expect(() => parseTrustProxy('10.0.0.0/8, yes')).toThrow(/"yes"/);
  });
});

describe('resolveClientAddress', () => {
  const none = parseTrustProxy('false');
  const oneHop = parseTrustProxy('true');
  const proxies = parseTrustProxy('10.0.0.0/8');

  it('is the socket’s peer when no proxy is trusted, whatever the header says', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
  });

  it('ignores the header from a peer outside the trusted ranges', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
  });

  it('reads the header from the right, so an address the client wrote before the proxy’s is never taken', () => {
    // The client sent "X-Forwarded-For: 198.51.100.1"; nginx appended the address it saw.
    expect(resolveClientAddress('10.0.0.2', '198.51.100.1, 203.0.113.9', oneHop)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', '198.51.100.1, 203.0.113.9', proxies)).toBe('203.0.113.9');
  });

  it('skips every trusted hop in a chain of proxies', () => {
    const chain = '198.51.100.1, 203.0.113.9, 10.1.1.1, 10.2.2.2';
    expect(resolveClientAddress('10.0.0.2', chain, proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', chain, parseTrustProxy('3'))).toBe('203.0.113.9');
  });

  it('walks only as far as the trusted hops go in a header of a hundred addresses', () => {
    const spoofed = Array.from({ length: 99 }, (_, i) => `198.51.100.${i}`).join(', ');
    expect(resolveClientAddress('10.0.0.2', `${spoofed}, 203.0.113.9`, proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', `${spoofed}, 203.0.113.9`, oneHop)).toBe('203.0.113.9');
  });

  it('stops at the trusted proxy when the entry it passed on is not an address', () => {
    for (const entry of ['unknown', '', '203.0.113.9:5000', '[2001:db8::1]', 'x'.repeat(500)]) {
      expect(resolveClientAddress('10.0.0.2', `198.51.100.1, ${entry}`, proxies), entry).toBe('10.0.0.2');
    }
  });

  it('treats IPv4-mapped peers and entries as IPv4, and drops zone ids', () => {
    expect(resolveClientAddress('::ffff:10.0.0.2', '::ffff:203.0.113.9', proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress('fe80::1%eth0', undefined, none)).toBe('fe80::1');
    expect(resolveClientAddress('10.0.0.2', 'fe80::2%25eth0, fe80::1%eth0', proxies)).toBe('fe80::1');
  });

  it('is the peer when a trusted proxy sent no header, and null without a peer', () => {
    expect(resolveClientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2');
    expect(resolveClientAddress(undefined, '203.0.113.9', oneHop)).toBeNull();
  });
});

describe('the client address on a real socket', () => {
  const servers: Array<{ close(): void }> = [];
  const urls = new Map<string, string>();

  /** A server whose one route answers the client address the Node ports resolve, with `TRUST_PROXY=trust`. */
  function start(trust: string): Promise<string> {
    const handle = openSqliteDatabase(':memory:');
    const ports = nodePorts(
      handle.db,
      {},
      { trustProxy: parseTrustProxy(trust), blobs: fileBlobStore('/nonexistent') },
    );
    const app = new Hono().get('/ip', (c) => c.text(ports.clientIp(c) ?? 'none'));
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
        resolve(`http://127.0.0.1:${info.port}`),
      );
      servers.push(server);
    });
  }

  /** GET /ip from `localAddress` (any 127/8 address is this machine's), with `headers`. */
  function ipFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request(`${url}/ip`, { localAddress, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    urls.set('none', await start(''));
    urls.set('one', await start('127.0.0.1'));
  });
  afterAll(() => {
    for (const server of servers) server.close();
  });

  it('is the socket’s address, and a spoofed X-Forwarded-For changes nothing, without TRUST_PROXY', async () => {
    const url = urls.get('none') ?? '';
    expect(await ipFrom(url, '127.0.0.2')).toBe('127.0.0.2');
    expect(await ipFrom(url, '127.0.0.2', { 'X-Forwarded-For': '198.51.100.1' })).toBe('127.0.0.2');
  });

  it('takes X-Forwarded-For only from the trusted proxy’s address', async () => {
    const url = urls.get('one') ?? '';
    expect(await ipFrom(url, '127.0.0.1', { 'X-Forwarded-For': '198.51.100.1, 203.0.113.9' })).toBe(
      '203.0.113.9',
    );
    expect(await ipFrom(url, '127.0.0.3', { 'X-Forwarded-For': '203.0.113.9' })).toBe('127.0.0.3');
  });
});
