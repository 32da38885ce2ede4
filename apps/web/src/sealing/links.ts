// The links of sealing, kept out of routes.ts so that the first load does not carry them.

/** A sealed secret's link: `ORIGIN/s/ID`, with no key at all (the recipients' passkeys hold it). */
export function sealedLink(origin: string, id: string): string {
  return `${origin}/s/${id}`;
}

/**
 * A request for a secret: `ORIGIN/r/ID#KEYS`, the requester's sealing public keys (base64url, joined by `.`) in
 * the fragment, so the answering page seals to the keys the requester gave rather than to what the server says.
 */
export function requestLink(origin: string, id: string, publicKeys: readonly string[]): string {
  return `${origin}/r/${id}#${publicKeys.join('.')}`;
}
