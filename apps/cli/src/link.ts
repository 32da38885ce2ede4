import { decodeLinkKey } from '@hushlink/envelope';
import { secretIdSchema } from '@hushlink/protocol';
import { CliError } from './cli-error.ts';

/** A secret's link, `ORIGIN/s/ID#KEY`, taken apart and checked. */
export interface SecretLink {
  origin: string;
  id: string;
  /** The 32-byte link key from the fragment. */
  linkKey: Uint8Array;
}

/** A manage link, `ORIGIN/m/ID#TOKEN`. */
export interface ManageLink {
  origin: string;
  id: string;
  manageToken: string;
}

/** What `hushlink revoke` was given: a manage link, a secret's link (with or without its key), or a bare id. */
export type RevokeTarget =
  | { kind: 'manage'; origin: string; id: string; manageToken: string }
  | { kind: 'link'; origin: string; id: string }
  | { kind: 'id'; id: string };

const SECRET_PATH = /^\/([sm])\/([^/]*)\/?$/;
const LINK_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** What the API accepts as a manage token (`Authorization: Bearer …`). */
const MANAGE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** The messages the web client shows for the same problems, so a person sees the same sentence in both. */
export const LINK_MESSAGES = {
  notALink: 'This is not a Hushlink link: expected ORIGIN/s/ID#KEY.',
  incompleteLink: 'This link is incomplete: the part after # is missing or damaged.',
  incompleteManageLink: 'This manage link is incomplete: the part after # is missing or damaged.',
} as const;

function damagedId(kind: 's' | 'm'): string {
  return `This link is damaged: the part after /${kind}/ is not a valid secret id. Check that the whole link was copied.`;
}

/** The link a recipient opens: `ORIGIN/s/ID#KEY`, exactly as the web client writes it. */
export function formatSecretLink(origin: string, id: string, linkKey: string): string {
  return `${origin}/s/${id}#${linkKey}`;
}

/** The link of a sealed secret: `ORIGIN/s/ID`, no key (only the recipients' passkeys can open it). */
export function formatSealedLink(origin: string, id: string): string {
  return `${origin}/s/${id}`;
}

/** The creator's link to revoke: `ORIGIN/m/ID#TOKEN`, exactly as the web client writes it. */
export function formatManageLink(origin: string, id: string, manageToken: string): string {
  return `${origin}/m/${id}#${manageToken}`;
}

/**
 * Takes a secret's link apart without any network access: the origin, a valid id, and a well-formed key.
 *
 * @throws CliError `bad_link` when it is not a link, the id is damaged, or the key is missing or damaged;
 *   `usage` for a manage link.
 * @example parseSecretLink('http://localhost:8787/s/AAAAAAAAAAAAAAAAAAAAAA#' + 'A'.repeat(43))
 */
export function parseSecretLink(text: string): SecretLink {
  const { url, kind, id } = splitLink(text);
  if (kind === 'm') {
    throw new CliError('usage', 'This is a manage link (/m/): it revokes, not opens. Use `hushlink revoke`.');
  }
  const fragment = url.hash.slice(1);
  if (!LINK_KEY_PATTERN.test(fragment)) throw new CliError('bad_link', LINK_MESSAGES.incompleteLink);
  try {
    return { origin: url.origin, id, linkKey: decodeLinkKey(fragment) };
  } catch {
    // The pattern admits a 43rd character with stray low bits, which is not a canonical key.
    throw new CliError('bad_link', LINK_MESSAGES.incompleteLink);
  }
}

/**
 * Recognises a secret's link with no key at all, `ORIGIN/s/ID` (or `ORIGIN/s/ID#`): what a sealed secret's link
 * looks like, or a link whose key was cut off. Answers null for anything else, including a damaged key, which
 * `parseSecretLink` reports.
 *
 * @throws CliError `bad_link` when it is not a link or the id is damaged, as `parseSecretLink` does.
 */
export function parseKeylessLink(text: string): { origin: string; id: string } | null {
  const { url, kind, id } = splitLink(text);
  if (kind !== 's' || url.hash.length > 1) return null;
  return { origin: url.origin, id };
}

/**
 * Reads what `hushlink revoke` was given: `ORIGIN/m/ID#TOKEN`, `ORIGIN/s/ID[#KEY]`, or a bare 22-character id.
 *
 * @throws CliError `bad_link` for a damaged link or manage token; `usage` for anything else.
 */
export function parseRevokeTarget(text: string): RevokeTarget {
  const trimmed = text.trim();
  if (secretIdSchema.safeParse(trimmed).success) return { kind: 'id', id: trimmed };
  const { url, kind, id } = splitLink(trimmed);
  if (kind === 's') return { kind: 'link', origin: url.origin, id };
  const manageToken = url.hash.slice(1);
  if (!MANAGE_TOKEN_PATTERN.test(manageToken)) {
    throw new CliError('bad_link', LINK_MESSAGES.incompleteManageLink);
  }
  return { kind: 'manage', origin: url.origin, id, manageToken };
}

function splitLink(text: string): { url: URL; kind: 's' | 'm'; id: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CliError('bad_link', LINK_MESSAGES.notALink);
  }
  const match = SECRET_PATH.exec(url.pathname);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !match) {
    throw new CliError('bad_link', LINK_MESSAGES.notALink);
  }
  const kind = match[1] === 'm' ? 'm' : 's';
  const id = match[2] ?? '';
  if (!secretIdSchema.safeParse(id).success) {
    throw new CliError('bad_link', damagedId(kind));
  }
  return { url, kind, id };
}
