import { fromBase64Url, keyFingerprint, RECIPIENTS_MAX } from '@hushlink/envelope';
import { MAX_RECIPIENTS, type PublicUser, x25519PublicKeySchema } from '@hushlink/protocol';
import type { ApiClient } from './api-client.ts';
import { CliError } from './cli-error.ts';

/**
 * How `share --to` chooses the form: `auto` seals when every recipient has a passkey key and otherwise makes the
 * server-gated link; `require` (`--sealed`) refuses instead; `never` (`--no-seal`) always makes the gated link.
 */
export type SealMode = 'auto' | 'require' | 'never';

/** One sealing key as shown to the sender: its fingerprint, and the passkey it belongs to. */
export interface ShownKey {
  passkeyName: string;
  fingerprint: string;
}

/** A person the secret is sealed to, with the fingerprints of the keys used. */
export interface KeyHolder {
  person: PublicUser;
  keys: ShownKey[];
}

/**
 * What to make for `share --to`: a sealed secret (its envelope wrapped to `publicKeys`, access for
 * `recipientIds`, which include the sender when their own keys are in), or the server-gated link for
 * `recipientIds`, with the people who have no key (empty when the gated form was asked for).
 */
export type SealingPlan =
  | {
      sealed: true;
      publicKeys: Uint8Array[];
      recipientIds: string[];
      holders: KeyHolder[];
      /** The sender's own keys, when added (and the sender is not already a recipient). */
      self: KeyHolder | null;
    }
  | { sealed: false; recipientIds: string[]; keyless: PublicUser[] };

/**
 * Looks up every recipient's sealing keys (`GET /api/users/:id/keys`) and, when all of them have some, plans a
 * secret sealed to all their keys, and to the sender's own (from `GET /api/me`) unless `self` is false, so the
 * sender can re-open it in their browser. When someone has none, plans the server-gated link for everyone (or
 * refuses, for `require`).
 *
 * @throws CliError `usage` for `require` when someone has no key, or more keys than an envelope holds; `server`
 *   for an answer about someone else or a malformed key; as `ApiClient` for the requests.
 */
export async function planSealing(
  client: ApiClient,
  people: readonly PublicUser[],
  options: { mode: SealMode; self: boolean },
): Promise<SealingPlan> {
  const recipientIds = people.map((person) => person.id);
  if (options.mode === 'never') return { sealed: false, recipientIds, keyless: [] };

  const publicKeys = new Map<string, Uint8Array>();
  const holders: KeyHolder[] = [];
  const keyless: PublicUser[] = [];
  for (const person of people) {
    const answer = await client.getUserKeys(person.id);
    if (answer.user.id !== person.id) {
      throw new CliError('server', `${client.origin} answered with the keys of someone else.`);
    }
    if (answer.keys.length === 0) keyless.push(person);
    else holders.push({ person, keys: await collectKeys(answer.keys, publicKeys) });
  }
  if (keyless.length > 0) {
    if (options.mode === 'require') {
      throw new CliError(
        'usage',
        `--sealed: ${listNames(keyless)} cannot receive sealed secrets (no passkey with a sealing key); nothing was shared. Leave out --sealed for a link with its key that only the named people can open.`,
      );
    }
    return { sealed: false, recipientIds, keyless };
  }

  let self: KeyHolder | null = null;
  if (options.self) {
    const me = await client.me();
    // Already a recipient: their keys are in. At the recipients' limit, there is no room to let the sender in.
    if (!recipientIds.includes(me.user.id) && recipientIds.length < MAX_RECIPIENTS) {
      const own = me.passkeys.flatMap((passkey) =>
        passkey.prfPublicKey === null ? [] : [{ passkeyName: passkey.name, publicKey: passkey.prfPublicKey }],
      );
      for (const key of own) {
        if (!x25519PublicKeySchema.safeParse(key.publicKey).success) {
          throw new CliError('server', `${client.origin} answered /api/me with a malformed passkey key.`);
        }
      }
      if (own.length > 0) {
        self = { person: me.user, keys: await collectKeys(own, publicKeys) };
        recipientIds.push(me.user.id);
      }
    }
  }
  if (publicKeys.size > RECIPIENTS_MAX) {
    throw new CliError(
      'usage',
      `These people have ${publicKeys.size} passkey keys in all; a sealed secret holds at most ${RECIPIENTS_MAX}. Use --no-seal for a link with its key.`,
    );
  }
  return { sealed: true, publicKeys: [...publicKeys.values()], recipientIds, holders, self };
}

/** The lines for stderr: who can open it and with which keys, so a careful sender can compare fingerprints. */
export function describePlan(plan: SealingPlan): string[] {
  if (!plan.sealed) {
    if (plan.keyless.length === 0) return [];
    return [
      `Not sealed: ${listNames(plan.keyless)} cannot receive sealed secrets (no passkey with a sealing key); this is a link with its key that only the named people can open.`,
    ];
  }
  const lines = plan.holders.map(
    (holder) => `Sealed to ${printable(holder.person.name)}: ${describeKeys(holder.keys)}`,
  );
  if (plan.self)
    lines.push(`Sealed to you (${printable(plan.self.person.name)}) too: ${describeKeys(plan.self.keys)}`);
  return lines;
}

/** Adds each key (base64url, checked by the schema) to `into` once, and answers what to show for them. */
async function collectKeys(
  keys: readonly { passkeyName: string; publicKey: string }[],
  into: Map<string, Uint8Array>,
): Promise<ShownKey[]> {
  const shown: ShownKey[] = [];
  for (const key of keys) {
    const bytes = into.get(key.publicKey) ?? fromBase64Url(key.publicKey);
    into.set(key.publicKey, bytes);
    shown.push({ passkeyName: key.passkeyName, fingerprint: await keyFingerprint(bytes) });
  }
  return shown;
}

function describeKeys(keys: readonly ShownKey[]): string {
  return keys.map((key) => `${key.fingerprint} (${printable(key.passkeyName)})`).join('; ');
}

function listNames(people: readonly PublicUser[]): string {
  return people.map((person) => printable(person.name)).join(', ');
}

/** Names come from the server: control and format characters are replaced so they cannot drive the terminal. */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, '?');
}
