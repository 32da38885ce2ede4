// What the browser client does, step for step (apps/web/src/crypto/seal-secret.ts, open-secret.ts and
// apps/web/src/api/secrets.ts), written again here because apps never import each other. The interop tests use it
// to prove that a secret made by one client opens in the other.
import {
  decodeLinkKey,
  decryptText,
  deriveClaim,
  encodeLinkKey,
  encryptPayload,
  fromBase64Url,
  generateLinkKey,
  hashClaim,
  toBase64Url,
} from '@hushlink/envelope';
import {
  type CreateSecretRequest,
  createSecretResponseSchema,
  revealResponseSchema,
  type SecretMetadata,
  secretMetadataSchema,
} from '@hushlink/protocol';

/** The web client's `sealSecret`: a fresh link key, the envelope and the claim hash. */
export async function webSeal(text: string, passphrase: string) {
  const linkKey = await generateLinkKey();
  const options = passphrase === '' ? {} : { passphrase };
  const ciphertext = await encryptPayload({ kind: 'text', text }, linkKey, options);
  const claimHash = await hashClaim(await deriveClaim(linkKey));
  return {
    ciphertext: toBase64Url(ciphertext),
    claimHash: toBase64Url(claimHash),
    linkKey: encodeLinkKey(linkKey),
  };
}

/** The create page: seal, `POST /api/secrets`, and the link `ORIGIN/s/ID#KEY` (routes.ts `revealLink`). */
export async function webCreate(
  origin: string,
  text: string,
  options: { passphrase?: string; maxViews?: number; tamper?: (envelope: Uint8Array) => void } = {},
): Promise<{ link: string; id: string; manageToken: string }> {
  const sealed = await webSeal(text, options.passphrase ?? '');
  let ciphertext = sealed.ciphertext;
  if (options.tamper) {
    const bytes = fromBase64Url(ciphertext);
    options.tamper(bytes);
    ciphertext = toBase64Url(bytes);
  }
  const request: CreateSecretRequest = {
    ciphertext,
    expiresIn: 3600,
    maxViews: options.maxViews ?? 1,
    access: 'link',
    passphrase: (options.passphrase ?? '') !== '',
    claimHash: sealed.claimHash,
  };
  const response = await fetch(`${origin}/api/secrets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (response.status !== 201)
    throw new Error(`create answered ${response.status}: ${await response.text()}`);
  const created = createSecretResponseSchema.parse(await response.json());
  return {
    link: `${origin}/s/${created.id}#${sealed.linkKey}`,
    id: created.id,
    manageToken: created.manageToken,
  };
}

/** `GET /api/secrets/:id`, or `null` once the secret is gone (404). */
export async function webMetadata(origin: string, id: string): Promise<SecretMetadata | null> {
  const response = await fetch(`${origin}/api/secrets/${id}`);
  if (response.status === 404) return null;
  return secretMetadataSchema.parse(await response.json());
}

/** The reveal page: claim from the fragment, `POST …/reveal`, then `openSecret` (decryptPayload) in the page. */
export async function webReveal(link: string, passphrase = ''): Promise<string> {
  const url = new URL(link);
  const id = url.pathname.split('/')[2] ?? '';
  const linkKey = decodeLinkKey(url.hash.slice(1));
  const claim = toBase64Url(await deriveClaim(linkKey));
  const response = await fetch(`${url.origin}/api/secrets/${id}/reveal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ claim }),
  });
  if (response.status !== 200)
    throw new Error(`reveal answered ${response.status}: ${await response.text()}`);
  const revealed = revealResponseSchema.parse(await response.json());
  if (!('ciphertext' in revealed)) throw new Error('webReveal reads inline secrets only');
  return decryptText(fromBase64Url(revealed.ciphertext), linkKey, passphrase === '' ? {} : { passphrase });
}
