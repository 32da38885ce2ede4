import { ApiError } from '../errors.ts';
import { parseIpAddress } from '../net/ip-address.ts';

/** Where a webhook may point, per runtime. */
export interface WebhookUrlRules {
  /**
   * Whether private, loopback and link-local addresses may be named (the Node server, which often runs beside its
   * SIEM on one network). On Workers they are refused: a Worker's fetch must not become a way into anything that
   * trusts it for where it stands.
   */
  allowPrivate: boolean;
}

function refuse(reason: string): never {
  throw new ApiError('invalid_request', 400, `Invalid url: ${reason}.`);
}

/** Whether a host name is this machine by name: `localhost` and names under it (RFC 6761). */
function isLocalhostName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

/**
 * Checks a webhook address (already an http(s) URL by `webhookUrlSchema`) against the rules that need the
 * runtime: `https:` always, `http:` only for a receiver on this machine and only where private addresses are
 * allowed; never a user name or password in it; and without `allowPrivate`, no address outside the public
 * unicast space written literally (`10.0.0.1`, `[::1]`, `169.254.169.254`, `[fc00::1]`, `127.1`, an IPv4-mapped
 * one) and no `localhost`. Names are not resolved here, so a public name that resolves to a private address
 * (DNS rebinding) is not caught; SECURITY.md says so.
 *
 * @returns the URL as the WHATWG parser writes it (host in lower case, IPv4 in dotted decimal).
 * @throws ApiError 400 `invalid_request` naming `url`.
 */
export function checkWebhookUrl(text: string, rules: WebhookUrlRules): string {
  const url = new URL(text);
  if (url.username !== '' || url.password !== '')
    refuse('leave the user name and password out of the address');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const address = parseIpAddress(host);
  const loopback = isLocalhostName(host) || address?.range() === 'loopback';
  if (url.protocol === 'http:' && !(loopback && rules.allowPrivate)) {
    refuse('use https:// (http:// only for a receiver on this machine)');
  }
  if (!rules.allowPrivate) {
    if (isLocalhostName(host)) refuse('this server cannot send to localhost');
    if (address && address.range() !== 'unicast') {
      refuse('this server sends only to public addresses, not private, loopback or link-local ones');
    }
  }
  return url.href;
}
