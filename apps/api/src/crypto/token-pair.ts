import { randomToken } from './random-token.ts';
import { sha256OfText, timingSafeEqual } from './sha256.ts';

/** A credential of the form `ID.SECRET`: the id finds the row, the secret is kept only as a SHA-256. */
export interface TokenPair {
  id: string;
  secret: string;
  /** `ID.SECRET`, what the holder presents. */
  token: string;
  secretHash: string;
}

/** Makes a new `ID.SECRET` credential: 16 random bytes of id, 32 of secret. */
export function newTokenPair(): TokenPair {
  const id = randomToken(16);
  const secret = randomToken(32);
  return { id, secret, token: `${id}.${secret}`, secretHash: sha256OfText(secret) };
}

/** Splits `ID.SECRET`; null when it is not of that shape. */
export function parseTokenPair(token: string): { id: string; secret: string } | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : null;
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  return timingSafeEqual(sha256OfText(secret), storedHash);
}
