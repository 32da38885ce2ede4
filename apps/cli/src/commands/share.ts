import { parseArgs } from 'node:util';
import {
  deriveClaim,
  encodeLinkKey,
  envelopeLength,
  FILES_MAX,
  generateLinkKey,
  hashClaim,
  signingKeyFingerprint,
  toBase64Url,
} from '@hushlink/envelope';
import {
  type Access,
  accessSchema,
  type CreateSecretRequest,
  type CreateSecretResponse,
  DEFAULT_EXPIRES_IN_SECONDS,
  MAX_ALLOWED_RANGES,
  MAX_INLINE_CIPHERTEXT_BYTES,
  MAX_NAMED_NETWORKS,
  MAX_VIEWS,
  networkNameSchema,
  networkRangeSchema,
  UPLOAD_IDLE_SECONDS,
} from '@hushlink/protocol';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage, parseWholeNumber } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { parseExpires } from '../expires.ts';
import { guardInterrupts } from '../interrupt.ts';
import { formatManageLink, formatSealedLink, formatSecretLink } from '../link.ts';
import { hint, setQuiet, status, writeJson, writeStdout } from '../output.ts';
import { passphraseForShare } from '../passphrase.ts';
import { formatBytes, Progress } from '../progress.ts';
import { resolveRecipients } from '../recipients.ts';
import { sealSecret, sealSecretTo } from '../seal-secret.ts';
import { describePlan, planSealing, type SealingPlan, type SealMode } from '../sealing-plan.ts';
import { type EnvelopeKeys, encryptFiles, PartUploader } from '../send-files.ts';
import { requireToken, resolveServerContext, tokenFor } from '../server-context.ts';
import { readShareInput, type ShareFile } from '../share-input.ts';
import { signerForServer } from '../signing-key.ts';

const HELP = `Usage: hushlink share [FILE...] [options]

Encrypts a secret on this machine and prints its link, ORIGIN/s/ID#KEY, on stdout and nothing else. The key
is only in the link (after #); the server stores ciphertext it cannot read.

With FILEs (up to ${FILES_MAX}), they are shared as files under their base names, up to the server's size limit:
  hushlink share --expires 1h server.key server.crt
Without FILE (or with -), standard input is shared:
  echo 's3cret' | hushlink share
  hushlink share --views 2 < db-password.txt
  pg_dump app | hushlink share
Standard input is a text secret when it is UTF-8 and fits in a text secret (1 MiB with padding).
Anything else (binary, or larger) is shared as a file named "stdin": as its length must be known
before encrypting, it is first copied to a temporary file (mode 0600, under the system's temporary
folder) that is deleted afterwards.
When standard input is a terminal, you are asked for the secret (one line, not echoed).

Options:
  --expires TIME     how long the link lives: 5m, 1h, 1d, 7d, 30d, or any Ns, Nm, Nh, Nd
                     from 60s to 30d (default 1d)
  --views N          how many times it can be opened, 1 to ${MAX_VIEWS} (default 1)
  --passphrase       also require a passphrase to open it: asked twice without echo, or taken
                     from HUSHLINK_PASSPHRASE. Send it to the recipient by another channel.
  --access WHO       who may open it: link (anyone with the link; default), signed-in (anyone
                     on the team: members and admins of the server, not guests; guests cannot
                     choose it), people (only the accounts named with --to)
  --to USER          only this person may open it (repeatable); implies --access people.
                     When every USER has a passkey that can receive sealed secrets, the secret is
                     sealed to their passkeys' keys (and yours, to re-open it in a browser): the
                     link has no key and opens only in their browser. Otherwise it is a link with
                     its key that only they can open, and a note on stderr says who has no key.
  --sealed           with --to: seal, or refuse (exit 1, nothing shared) if someone has no key
  --no-seal          with --to: always a link with its key, never sealed
  --no-self          with --to: do not seal to your own passkeys' keys as well
  --notify           record each opening for \`hushlink status\` and the server's alerts
  --allow-ip RANGE   open only from this network: an IPv4 or IPv6 address or CIDR range such as
                     192.0.2.0/24 (repeatable, up to ${MAX_ALLOWED_RANGES}); from anywhere else it is refused
                     and nothing is used up
  --allow-network NAME  open only from this network an admin named, such as "Office VPN"
                     (repeatable; its ranges as they are now); needs \`hushlink login\`
${COMMON_HELP}

signed-in, people, --to and --notify need \`hushlink login\` first.
Files are uploaded in parts, with a progress bar on stderr when it is a terminal. If the upload
fails or is interrupted, the secret is revoked (its parts deleted) before exiting; nothing
half-uploaded is ever served.
A sealed secret's link is ORIGIN/s/ID; stderr shows, for each person it is sealed to, the
fingerprints of their keys, to compare with what they see on their Account page. It is signed with
the signing key \`hushlink login\` made (without one, nothing is shared), so recipients see it verified.
The manage link (ORIGIN/m/ID#TOKEN), which revokes the secret, is printed on stderr unless --quiet;
--json prints {"link","id","expiresAt","manageUrl","sealed"} instead.`;

/** `hushlink share [FILE...]`: encrypt text or files locally, store the envelope (inline or uploaded), print the link. */
export const shareCommand: Command = {
  name: 'share',
  summary: 'encrypt a secret (text or files) and print its link',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOrUsage('share', () =>
      parseArgs({
        args,
        allowPositionals: true,
        options: {
          ...COMMON_OPTIONS,
          expires: { type: 'string' },
          views: { type: 'string' },
          passphrase: { type: 'boolean', default: false },
          access: { type: 'string' },
          to: { type: 'string', multiple: true, default: [] },
          notify: { type: 'boolean', default: false },
          sealed: { type: 'boolean', default: false },
          'no-seal': { type: 'boolean', default: false },
          'no-self': { type: 'boolean', default: false },
          'allow-ip': { type: 'string', multiple: true, default: [] },
          'allow-network': { type: 'string', multiple: true, default: [] },
        },
      }),
    );
    setQuiet(values.quiet);
    const expiresIn =
      values.expires === undefined ? DEFAULT_EXPIRES_IN_SECONDS : parseExpires(values.expires);
    const maxViews = values.views === undefined ? 1 : parseWholeNumber(values.views, '--views', 1, MAX_VIEWS);
    const access = accessOf(values.access, values.to.length > 0);
    const mode = sealModeOf(values.sealed, values['no-seal'], values['no-self'], access);
    const allowedRanges = allowedRangesOf(values['allow-ip']);
    const allowedNetworks = allowedNetworksOf(values['allow-network']);

    const context = await resolveServerContext(values.server);
    const origin = context.server;
    // Signed in whenever a token for this server is at hand, so the link shows up in `hushlink status`.
    let token = tokenFor(context, origin);
    if (access !== 'link') {
      token = requireToken(context, origin, values.to.length > 0 ? '--to' : `--access ${access}`);
    }
    if (allowedNetworks.length > 0) token = requireToken(context, origin, '--allow-network');
    if (values.notify) token = requireToken(context, origin, '--notify');
    const client = new ApiClient(origin, token);
    // Settled before reading the secret: a refused --sealed asks for nothing and creates nothing.
    const plan: SealingPlan | null =
      access === 'people'
        ? await planSealing(client, await resolveRecipients(client, values.to), {
            mode,
            self: !values['no-self'],
          })
        : null;
    const sealTo = plan?.sealed ? plan.publicKeys : null;
    // Sealed secrets are signed: settled before reading the secret, so a login without a key shares nothing.
    const signer = sealTo === null ? null : await signerForServer(origin);

    const withPassphrase = values.passphrase;
    const input = await readShareInput(positionals, (bytes) =>
      fitsInline(bytes, withPassphrase, sealTo?.length ?? 0, signer !== null),
    );
    try {
      const passphrase = withPassphrase ? await passphraseForShare(process.env) : undefined;
      const rules = {
        expiresIn,
        maxViews,
        access,
        recipients: plan?.recipientIds ?? [],
        passphrase: passphrase !== undefined,
        notifyOnOpen: values.notify,
        ...(allowedRanges.length > 0 ? { allowedRanges } : {}),
        ...(allowedNetworks.length > 0 ? { allowedNetworks } : {}),
      };
      let created: CreateSecretResponse;
      let linkKey: string | null = null;
      if (sealTo !== null && signer !== null && input.kind === 'text') {
        status(passphrase === undefined ? 'Sealing…' : 'Sealing (the passphrase takes a moment)…');
        const sealed = await sealSecretTo(input.text, sealTo, passphrase, signer);
        if (sealed.envelopeBytes > MAX_INLINE_CIPHERTEXT_BYTES) {
          throw new CliError('usage', 'This text is too large for a text secret; share it as a file.');
        }
        status(`Saving the sealed secret on ${origin}…`);
        created = await client.createSecret({ ...rules, ciphertext: sealed.ciphertext, sealed: true });
      } else if (sealTo !== null && signer !== null && input.kind === 'files') {
        created = await shareFiles(client, input.files, { recipients: sealTo, signer }, passphrase, {
          ...rules,
          sealed: true,
        });
      } else if (input.kind === 'text') {
        status(passphrase === undefined ? 'Encrypting…' : 'Encrypting (the passphrase takes a moment)…');
        const sealed = await sealSecret(input.text, passphrase);
        if (sealed.envelopeBytes > MAX_INLINE_CIPHERTEXT_BYTES) {
          // fitsInline computed the same length before encrypting; this is a safety net.
          throw new CliError('usage', 'This text is too large for a text secret; share it as a file.');
        }
        status(`Saving the encrypted secret on ${origin}…`);
        created = await client.createSecret({
          ...rules,
          ciphertext: sealed.ciphertext,
          claimHash: sealed.claimHash,
        });
        linkKey = sealed.linkKey;
      } else {
        const key = await generateLinkKey();
        created = await shareFiles(client, input.files, { linkKey: key }, passphrase, {
          ...rules,
          claimHash: toBase64Url(await hashClaim(await deriveClaim(key))),
        });
        linkKey = encodeLinkKey(key);
      }
      const link =
        linkKey === null
          ? formatSealedLink(origin, created.id)
          : formatSecretLink(origin, created.id, linkKey);
      const manageUrl = formatManageLink(origin, created.id, created.manageToken);
      if (plan) for (const line of describePlan(plan)) hint(line);
      if (signer !== null) hint(`Signed with your key ${await signingKeyFingerprint(signer.publicKey)}.`);
      if (values.json) {
        await writeJson({
          link,
          id: created.id,
          expiresAt: created.expiresAt,
          manageUrl,
          sealed: linkKey === null,
        });
        return;
      }
      await writeStdout(`${link}\n`);
      hint(`Manage link (keep it to revoke the secret): ${manageUrl}`);
    } finally {
      if (input.kind === 'files') await input.cleanup();
    }
  },
};

/**
 * Whether a text of this many UTF-8 bytes, once encrypted and padded (sealed to `recipients` keys, if any), fits
 * a text secret (inline, 1 MiB).
 */
function fitsInline(byteLength: number, passphrase: boolean, recipients: number, signed: boolean): boolean {
  return (
    byteLength <= MAX_INLINE_CIPHERTEXT_BYTES &&
    envelopeLength({ kind: 'text' }, { passphrase, contentLength: byteLength, recipients, signed }) <=
      MAX_INLINE_CIPHERTEXT_BYTES
  );
}

type Rules = Omit<CreateSecretRequest, 'ciphertext' | 'upload'>;

/**
 * Encrypts files (for a link key, or sealed to recipients' keys) and stores them as an upload in parts, after checking the instance's limit; always an upload,
 * however small, because that is how the web client stores and expects files (an inline envelope is a text).
 * A failed or interrupted upload is revoked before the error is thrown.
 */
async function shareFiles(
  client: ApiClient,
  files: readonly ShareFile[],
  keys: EnvelopeKeys,
  passphrase: string | undefined,
  rules: Rules,
): Promise<CreateSecretResponse> {
  const metadata = {
    kind: 'files' as const,
    files: files.map(({ name, type, size }) => ({ name, type, size })),
  };
  const recipients = 'recipients' in keys ? keys.recipients.length : 0;
  const signed = 'signer' in keys;
  const size = envelopeLength(metadata, { passphrase: passphrase !== undefined, recipients, signed });
  const contentBytes = files.reduce((sum, file) => sum + file.size, 0);
  const what = files.length === 1 ? (files[0]?.path ?? 'The file') : `These ${files.length} files`;
  const { maxSecretBytes } = await client.getInstance();
  if (contentBytes > maxSecretBytes) {
    throw new CliError(
      'usage',
      `${what} (${formatBytes(contentBytes)}, ${contentBytes} bytes) ${files.length === 1 ? 'is' : 'are'} too large for ${client.origin}: it stores secrets of at most ${formatBytes(maxSecretBytes)} (${maxSecretBytes} bytes).`,
    );
  }
  status(
    passphrase === undefined ? 'Encrypting and uploading…' : 'Encrypting (the passphrase takes a moment)…',
  );
  const created = await client.createSecret({ ...rules, upload: { size } });
  return guardInterrupts(async (signal) => {
    const progress = new Progress('Uploading', size);
    let uploader: PartUploader | undefined;
    try {
      if (!created.upload) {
        throw new CliError('server', `${client.origin} did not offer an upload for this secret.`);
      }
      const plan = { id: created.id, manageToken: created.manageToken, size, ...created.upload };
      uploader = new PartUploader(client, plan, progress, signal);
      await encryptFiles(files, keys, passphrase, uploader.push, signal);
      await uploader.finish();
      await client.completeUpload(created.id, created.manageToken, signal);
      progress.done();
      return created;
    } catch (error) {
      progress.done();
      // No part may still be uploading once the secret is revoked.
      await uploader?.settle();
      throw await revokeAfterFailure(client, created, error);
    }
  });
}

/**
 * Revokes a secret whose upload failed, so its parts are deleted now rather than by the purge, and says so in the
 * error. Nothing is served either way: a secret is only served once its upload completes.
 */
async function revokeAfterFailure(
  client: ApiClient,
  created: CreateSecretResponse,
  error: unknown,
): Promise<unknown> {
  let note: string;
  try {
    await client.revokeSecret(created.id, created.manageToken);
    note = 'The incomplete upload was revoked; nothing was shared.';
  } catch {
    note = `The incomplete upload could not be revoked; it is never served, and the server deletes it within ${UPLOAD_IDLE_SECONDS / 3600} hour.`;
  }
  if (error instanceof CliError)
    return new CliError(error.code, `${error.message} ${note}`, error.retryAfter);
  return error;
}

function accessOf(flag: string | undefined, hasRecipients: boolean): Access {
  if (flag === undefined) return hasRecipients ? 'people' : 'link';
  const parsed = accessSchema.safeParse(flag);
  if (!parsed.success) {
    throw new CliError('usage', `--access must be link, signed-in or people; got ${JSON.stringify(flag)}.`);
  }
  if (parsed.data === 'people' && !hasRecipients) {
    throw new CliError('usage', '--access people needs at least one --to USER.');
  }
  if (parsed.data !== 'people' && hasRecipients) {
    throw new CliError('usage', `--to names people, which does not go with --access ${parsed.data}.`);
  }
  return parsed.data;
}

/**
 * Reads --sealed, --no-seal and --no-self, which choose the form of a `people` secret and so go only with --to.
 *
 * @throws CliError `usage` for --sealed with --no-seal, or any of them without --to.
 */
function sealModeOf(sealed: boolean, noSeal: boolean, noSelf: boolean, access: Access): SealMode {
  if (sealed && noSeal) throw new CliError('usage', '--sealed and --no-seal contradict each other.');
  if ((sealed || noSeal || noSelf) && access !== 'people') {
    const flag = sealed ? '--sealed' : noSeal ? '--no-seal' : '--no-self';
    throw new CliError('usage', `${flag} goes with --to USER (a secret for named people).`);
  }
  if (sealed) return 'require';
  return noSeal ? 'never' : 'auto';
}

/**
 * Reads the --allow-ip values: each an address or CIDR range as the server takes them (`networkRangeSchema`).
 *
 * @throws CliError `usage` naming the first value that is not one, or for more than `MAX_ALLOWED_RANGES`.
 */
function allowedRangesOf(values: string[]): string[] {
  if (values.length > MAX_ALLOWED_RANGES) {
    throw new CliError('usage', `--allow-ip is accepted at most ${MAX_ALLOWED_RANGES} times.`);
  }
  for (const value of values) {
    const parsed = networkRangeSchema.safeParse(value);
    if (!parsed.success) {
      throw new CliError(
        'usage',
        `--allow-ip ${value}: ${parsed.error.issues[0]?.message ?? 'not a range'}.`,
      );
    }
  }
  return values;
}

/**
 * Reads the --allow-network values: names of networks an admin defined (`networkNameSchema`); the server says
 * which it does not know.
 *
 * @throws CliError `usage` naming the first value that is no name, or for more than `MAX_NAMED_NETWORKS`.
 */
function allowedNetworksOf(values: string[]): string[] {
  if (values.length > MAX_NAMED_NETWORKS) {
    throw new CliError('usage', `--allow-network is accepted at most ${MAX_NAMED_NETWORKS} times.`);
  }
  return values.map((value) => {
    const parsed = networkNameSchema.safeParse(value);
    if (!parsed.success) throw new CliError('usage', `--allow-network "${value}": write the network's name.`);
    return parsed.data;
  });
}
