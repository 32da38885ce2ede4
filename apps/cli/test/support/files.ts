import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import {
  deriveClaim,
  encodeLinkKey,
  encryptPayload,
  type FilePayload,
  generateLinkKey,
  hashClaim,
  toBase64Url,
} from '@hushlink/envelope';
import { createSecretResponseSchema } from '@hushlink/protocol';

/**
 * Writes `size` random bytes to `path` one MiB at a time (never the whole file in memory) and returns their
 * SHA-256 in hex.
 */
export async function writeRandomFile(path: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path, { mode: 0o600 });
  for (let written = 0; written < size; ) {
    const piece = randomBytes(Math.min(1024 * 1024, size - written));
    hash.update(piece);
    written += piece.length;
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex');
}

/** The SHA-256 of a file in hex, read as a stream. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The SHA-256 of bytes in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A files envelope made with the envelope package, as any client makes one, with its link key and claim hash. */
export async function filesEnvelope(files: FilePayload[], passphrase?: string) {
  const linkKey = await generateLinkKey();
  const envelope = await encryptPayload(
    { kind: 'files', files },
    linkKey,
    passphrase === undefined ? {} : { passphrase },
  );
  return {
    envelope,
    key: encodeLinkKey(linkKey),
    claimHash: toBase64Url(await hashClaim(await deriveClaim(linkKey))),
  };
}

/**
 * Stores small files on the real server inline (one `POST /api/secrets`), the envelope optionally altered first,
 * and returns the link: for names and envelopes that the CLI itself would never make.
 */
export async function createFilesSecret(
  origin: string,
  files: FilePayload[],
  options: { tamper?: (envelope: Uint8Array) => void; maxViews?: number } = {},
): Promise<{ link: string; id: string }> {
  const { envelope, key, claimHash } = await filesEnvelope(files);
  options.tamper?.(envelope);
  const response = await fetch(`${origin}/api/secrets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ciphertext: toBase64Url(envelope),
      expiresIn: 3600,
      maxViews: options.maxViews ?? 1,
      claimHash,
    }),
  });
  if (response.status !== 201)
    throw new Error(`create answered ${response.status}: ${await response.text()}`);
  const { id } = createSecretResponseSchema.parse(await response.json());
  return { link: `${origin}/s/${id}#${key}`, id };
}
