// What the browser client does, step for step (apps/web/src/crypto/seal-secret.ts, open-secret.ts and
// apps/web/src/api/secrets.ts), written again here because apps never import each other. The interop tests use it
// to prove that a secret made by one client opens in the other.
import {
  createDecryptor,
  createEncryptor,
  decodeLinkKey,
  decryptText,
  deriveClaim,
  encodeLinkKey,
  encryptPayload,
  envelopeLength,
  type FileEntry,
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
  options: {
    passphrase?: string;
    maxViews?: number;
    tamper?: (envelope: Uint8Array) => void;
    /** Whether the metadata says there is a passphrase (default: whether there is one); false to hide it. */
    announcePassphrase?: boolean;
  } = {},
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
    passphrase: options.announcePassphrase ?? (options.passphrase ?? '') !== '',
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

/** What both reveal pages do first: the claim from the fragment, then `POST …/reveal`, which must answer 200. */
async function revealByLink(link: string) {
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
  return { url, id, linkKey, revealed: revealResponseSchema.parse(await response.json()) };
}

/** The reveal page: claim from the fragment, `POST …/reveal`, then `openSecret` (decryptPayload) in the page. */
export async function webReveal(link: string, passphrase = ''): Promise<string> {
  const { linkKey, revealed } = await revealByLink(link);
  if (!('ciphertext' in revealed)) throw new Error('webReveal reads inline secrets only');
  return decryptText(fromBase64Url(revealed.ciphertext), linkKey, passphrase === '' ? {} : { passphrase });
}

/** A file as the browser holds it after saving: its metadata and bytes. */
export interface WebFile extends FileEntry {
  bytes: Buffer;
}

/**
 * The reveal page for a file secret (apps/web/src/files/reveal-files.ts): claim, reveal, then the grant's
 * `GET …/download` with `Authorization: Bearer`, decrypted chunk by chunk and cut into files by their sizes.
 */
export async function webRevealFiles(link: string, passphrase = ''): Promise<WebFile[]> {
  const { url, id, linkKey, revealed } = await revealByLink(link);
  if (!('download' in revealed))
    throw new Error('the browser expects files as an upload, with a download grant');
  const download = await fetch(`${url.origin}/api/secrets/${id}/download`, {
    headers: { Authorization: `Bearer ${revealed.download.token}` },
  });
  if (download.status !== 200 || !download.body) throw new Error(`download answered ${download.status}`);
  const decryptor = await createDecryptor(linkKey, passphrase === '' ? {} : { passphrase });
  const content: Uint8Array[] = [];
  for await (const piece of download.body) content.push(...(await decryptor.push(piece)));
  content.push(...(await decryptor.finish()));
  const metadata = decryptor.metadata;
  if (metadata?.kind !== 'files') throw new Error('not a files secret');
  const all = Buffer.concat(content);
  let offset = 0;
  return metadata.files.map((file) => {
    const bytes = all.subarray(offset, offset + file.size);
    offset += file.size;
    return { ...file, bytes };
  });
}

/**
 * The create page for files (apps/web/src/files/share-files.ts): declare the envelope's length, upload it in the
 * parts the server asks for, complete, and the link.
 */
export async function webCreateFiles(
  origin: string,
  files: { name: string; type: string; bytes: Uint8Array }[],
  passphrase = '',
): Promise<{ link: string; id: string }> {
  const linkKey = await generateLinkKey();
  const metadata = {
    kind: 'files' as const,
    files: files.map(({ name, type, bytes }) => ({ name, type, size: bytes.length })),
  };
  const options = passphrase === '' ? {} : { passphrase };
  const size = envelopeLength(metadata, { passphrase: passphrase !== '' });
  const created = await fetch(`${origin}/api/secrets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      upload: { size },
      expiresIn: 3600,
      passphrase: passphrase !== '',
      claimHash: toBase64Url(await hashClaim(await deriveClaim(linkKey))),
    } satisfies CreateSecretRequest),
  });
  if (created.status !== 201) throw new Error(`create answered ${created.status}: ${await created.text()}`);
  const { id, manageToken, upload } = createSecretResponseSchema.parse(await created.json());
  if (!upload) throw new Error('no upload offered');
  const encryptor = await createEncryptor(metadata, linkKey, options);
  const pieces = [...files.flatMap((file) => encryptor.push(file.bytes)), ...encryptor.finish()];
  const envelope = Buffer.concat(pieces);
  for (let part = 1; part <= upload.parts; part++) {
    const body = envelope.subarray((part - 1) * upload.partBytes, part * upload.partBytes);
    const sent = await fetch(`${origin}/api/secrets/${id}/upload/${part}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${manageToken}`, 'Content-Type': 'application/octet-stream' },
      body,
    });
    if (sent.status !== 200) throw new Error(`part ${part} answered ${sent.status}: ${await sent.text()}`);
  }
  const completed = await fetch(`${origin}/api/secrets/${id}/upload/complete`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${manageToken}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (completed.status !== 200)
    throw new Error(`complete answered ${completed.status}: ${await completed.text()}`);
  return { link: `${origin}/s/${id}#${encodeLinkKey(linkKey)}`, id };
}
