import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { PAGE_ROUTES } from '@hushlink/protocol';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeServeOptions } from './http-server.ts';
import { staticAssets } from './static-assets.ts';
import { readWebFolder } from './web-files.ts';

const PAGE = '<!doctype html><title>Hushlink</title>';
const SCRIPT = 'export const ok = true;';
const IMMUTABLE = 'public, max-age=31536000, immutable';

let root: string;
let base: string;
let server: ReturnType<typeof serve>;

// The handler behind the Node server's real HTTP layer (`nodeServeOptions`: its security headers and default
// `no-store`), on a folder laid out as the build is: index.html and a content-hashed script under assets/.
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hushlink-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'app-AbCd1234.js'), SCRIPT);
  writeFileSync(join(root, '_headers'), '/*\n  X-Test: 1\n');
  const app = new Hono();
  app.on(['GET', 'HEAD'], '*', staticAssets(readWebFolder(root)));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0, ...nodeServeOptions }, () =>
      resolve(),
    );
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/**
 * A GET as a browser opening the address sends it (`Sec-Fetch-Mode: navigate`), through `node:http`: `fetch` sets
 * `Sec-Fetch-Mode` itself.
 */
function navigate(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Sec-Fetch-Mode': 'navigate', Accept: 'text/html' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    }).on('error', reject);
  });
}

describe('the Node server static files', () => {
  it('serves an existing asset with its immutable cache', async () => {
    const response = await fetch(`${base}/assets/app-AbCd1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect(await response.text()).toBe(SCRIPT);
  });

  it('answers a missing asset 404, never cached, and not with the page', async () => {
    for (const path of [
      '/assets/does-not-exist.js',
      '/assets/app-AbCd1234.css',
      '/assets/',
      '/favicon.ico',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
      expect(response.headers.get('Content-Type'), path).toContain('application/json');
      expect(await response.json(), path).toEqual({
        error: { code: 'not_found', message: 'There is no such page or file.' },
      });
    }
    // A HEAD asks the same question.
    const head = await fetch(`${base}/assets/does-not-exist.js`, { method: 'HEAD' });
    expect(head.status).toBe(404);
  });

  it('answers every page route with the page, never cached, and other paths 404', async () => {
    const paths = PAGE_ROUTES.map(({ pattern }) => pattern.replace('*', 'AAAAAAAAAAAAAAAAAAAAAA'));
    expect(paths).toEqual(
      expect.arrayContaining(['/s/AAAAAAAAAAAAAAAAAAAAAA', '/links', '/links/', '/admin']),
    );
    for (const path of paths) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toContain('text/html');
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
      expect(await response.text(), path).toBe(PAGE);
    }
    for (const path of ['/nothing-here', '/sx/AAAA', '/linksx', '/_headers']) {
      const response = await fetch(`${base}${path}`);
      await response.body?.cancel();
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
    }
  });

  it('gives a person who opens a mistyped address the page with the 404, and never for an asset', async () => {
    const mistyped = await navigate(`${base}/nothing-here`);
    expect(mistyped.status).toBe(404);
    expect(mistyped.headers['cache-control']).toBe('no-store');
    expect(mistyped.body).toBe(PAGE);
    for (const path of ['/assets/does-not-exist.js', '/_headers']) {
      const response = await navigate(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toContain('application/json');
    }
  });
});
