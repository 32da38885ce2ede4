import { ApiError } from '../errors.ts';
import { requireActor } from '../middleware/identify.ts';
import { formatNetworkRange, isInsideRanges, parseNetworkRange } from '../net/network-ranges.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { resolveLinkNetworks } from './named-networks.ts';

/**
 * The ranges a sender limited a new link to, canonical and without repeats (`192.0.2.7/24` and `192.0.2.0/24` are
 * one), as stored; null when the link is not limited.
 *
 * @throws ApiError `invalid_request` naming the entry (`field.i`), for one `networkRangeSchema` let through but no network is.
 */
export function canonicalRanges(
  texts: readonly string[] | undefined,
  field = 'allowedRanges',
): string[] | null {
  if (texts === undefined) return null;
  const ranges = texts.map((text, i) => {
    const range = parseNetworkRange(text);
    if (!range) {
      throw new ApiError(
        'invalid_request',
        400,
        `${field}.${i}: write an IPv4 or IPv6 address or CIDR range.`,
      );
    }
    return formatNetworkRange(range);
  });
  return [...new Set(ranges)];
}

/** A stored JSON array of texts (a link's ranges or network names, a network's ranges); empty for NULL. */
export function storedRanges(json: string | null): string[] {
  if (json === null) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
}

/**
 * The one check of a link's networks, before anything of it is shown or consumed: a link limited to ranges
 * (`allowedRanges`, as stored) opens only for a client address inside one of them. From anywhere else, and from an
 * unknown address, the answer is 403 `network_not_allowed`, which names no range (the reader outside learns nothing
 * of the sender's network), and the refusal is recorded as `secret.denied` with the reader's address.
 */
export async function assertOpensFromHere(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  allowedRanges: string | null,
): Promise<void> {
  if (allowedRanges === null || isInsideRanges(request.ip, storedRanges(allowedRanges))) return;
  await recordAudit(ports, request, 'secret.denied', { type: 'secret', id }, { reason: 'outside_network' });
  throw new ApiError(
    'network_not_allowed',
    403,
    'This secret opens only on the networks its sender chose, and you are not on one of them. Nothing was used up: connect to that network (the office or its VPN, say) and open the link again.',
  );
}

/**
 * The networks a new link is limited to: its raw `allowedRanges` and the ranges of its named `allowedNetworks` as
 * they are now (copied, so that a later edit of a network neither widens nor moves a link already sent), canonical
 * and without repeats; and the networks' names for the creator's list. Both null when the link is not limited.
 *
 * @throws ApiError `sign_in_required` for named networks from a signed-out sender (the names are the
 * organisation's), and what `canonicalRanges` and `resolveLinkNetworks` throw.
 */
export async function linkNetworksOf(
  ports: AppPorts,
  request: RequestInfo,
  input: { allowedRanges?: string[] | undefined; allowedNetworks?: string[] | undefined },
): Promise<{ allowedRanges: string[] | null; allowedNetworks: string[] | null }> {
  const raw = canonicalRanges(input.allowedRanges);
  if (input.allowedNetworks === undefined) return { allowedRanges: raw, allowedNetworks: null };
  requireActor(request.actor);
  const named = await resolveLinkNetworks(ports, input.allowedNetworks);
  return { allowedRanges: [...new Set([...(raw ?? []), ...named.ranges])], allowedNetworks: named.names };
}
