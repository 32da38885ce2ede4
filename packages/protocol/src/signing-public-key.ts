import { base64UrlSchema } from './base64url.ts';

/**
 * An Ed25519 public key, 32 bytes as unpadded base64url: the key a device derived from a passkey's PRF output (its
 * own context, beside the X25519 sealing key) to sign the sealed secrets its owner sends. Whether the bytes are a
 * valid curve point is the envelope library's check, at the reader; the server only stores and lists the key.
 */
export const signingPublicKeySchema = base64UrlSchema({ exactBytes: 32 });
