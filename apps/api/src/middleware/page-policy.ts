import { createHash } from 'node:crypto';
import { contentSecurityPolicy, importMapOf } from '@hushlink/protocol';

/**
 * The Content Security Policy of the client's page `html`: the policy of every response, plus the SHA-256 of the
 * page's import map (the one inline script it has, which pins every script's hash). The build writes the same
 * policy into `_headers` for Workers static assets (apps/web/build/page-integrity.ts); this one is for the page
 * the server answers itself (the Node server's page routes, both runtimes' "Page not found").
 */
export function pageContentSecurityPolicy(html: string): string {
  const importMap = importMapOf(html);
  if (importMap === null) return contentSecurityPolicy();
  return contentSecurityPolicy([`sha256-${createHash('sha256').update(importMap).digest('base64')}`]);
}
