import { parseArgs } from 'node:util';
import {
  type Access,
  accessSchema,
  DEFAULT_EXPIRES_IN_SECONDS,
  MAX_INLINE_CIPHERTEXT_BYTES,
  MAX_VIEWS,
} from '@hushlink/protocol';
import { ApiClient } from '../api-client.ts';
import { parseOrUsage, parseWholeNumber } from '../args.ts';
import { CliError } from '../cli-error.ts';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from '../command.ts';
import { parseExpires } from '../expires.ts';
import { formatManageLink, formatSecretLink } from '../link.ts';
import { hint, setQuiet, status, writeJson, writeStdout } from '../output.ts';
import { passphraseForShare } from '../passphrase.ts';
import { resolveRecipients } from '../recipients.ts';
import { sealSecret } from '../seal-secret.ts';
import { readSecretText, type SecretSource } from '../secret-input.ts';
import { requireToken, resolveServerContext, tokenFor } from '../server-context.ts';

const HELP = `Usage: hushlink share [FILE] [options]

Encrypts a secret on this machine and prints its link, ORIGIN/s/ID#KEY, on stdout and nothing else. The key
is only in the link (after #); the server stores ciphertext it cannot read.

The secret is read from FILE, or from standard input when there is no FILE (or FILE is -):
  echo 's3cret' | hushlink share
  hushlink share --expires 1h --views 2 < db-password.txt
When standard input is a terminal, you are asked for it (one line, not echoed).
For now only UTF-8 text up to 1 MiB can be shared; sharing files comes later.

Options:
  --expires TIME     how long the link lives: 5m, 1h, 1d, 7d, 30d, or any Ns, Nm, Nh, Nd
                     from 60s to 30d (default 1d)
  --views N          how many times it can be opened, 1 to ${MAX_VIEWS} (default 1)
  --passphrase       also require a passphrase to open it: asked twice without echo, or taken
                     from HUSHLINK_PASSPHRASE. Send it to the recipient by another channel.
  --access WHO       who may open it: link (anyone with the link; default), signed-in (anyone
                     with an account on the server), people (only the accounts named with --to)
  --to USER          only this person may open it (repeatable); implies --access people
  --notify           record each opening for \`hushlink status\` and the server's alerts
${COMMON_HELP}

signed-in, people, --to and --notify need \`hushlink login\` first.
The manage link (ORIGIN/m/ID#TOKEN), which revokes the secret, is printed on stderr unless --quiet;
--json prints {"link","id","expiresAt","manageUrl"} instead.`;

/** `hushlink share [FILE]`: encrypt text locally, store the envelope, print the link. */
export const shareCommand: Command = {
  name: 'share',
  summary: 'encrypt a secret and print its link',
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
        },
      }),
    );
    setQuiet(values.quiet);
    if (positionals.length > 1) {
      throw new CliError('usage', 'Only one FILE can be shared for now; see `hushlink share --help`.');
    }
    const [file] = positionals;
    const source: SecretSource =
      file === undefined || file === '-' ? { kind: 'stdin' } : { kind: 'file', path: file };
    const expiresIn =
      values.expires === undefined ? DEFAULT_EXPIRES_IN_SECONDS : parseExpires(values.expires);
    const maxViews = values.views === undefined ? 1 : parseWholeNumber(values.views, '--views', 1, MAX_VIEWS);
    const access = accessOf(values.access, values.to.length > 0);

    const context = await resolveServerContext(values.server);
    const origin = context.server;
    // Signed in whenever a token for this server is at hand, so the link shows up in `hushlink status`.
    let token = tokenFor(context, origin);
    if (access !== 'link') {
      token = requireToken(context, origin, values.to.length > 0 ? '--to' : `--access ${access}`);
    }
    if (values.notify) token = requireToken(context, origin, '--notify');
    const client = new ApiClient(origin, token);
    const recipients = access === 'people' ? await resolveRecipients(client, values.to) : [];

    const text = await readSecretText(source);
    const passphrase = values.passphrase ? await passphraseForShare(process.env) : undefined;
    status(passphrase === undefined ? 'Encrypting…' : 'Encrypting (the passphrase takes a moment)…');
    const sealed = await sealSecret(text, passphrase);
    if (sealed.envelopeBytes > MAX_INLINE_CIPHERTEXT_BYTES) {
      throw new CliError(
        'usage',
        `This text is too large to share: encrypted and padded it is ${sealed.envelopeBytes} bytes, and a secret holds at most ${MAX_INLINE_CIPHERTEXT_BYTES} (sharing files is not available yet).`,
      );
    }
    status(`Saving the encrypted secret on ${origin}…`);
    const created = await client.createSecret({
      ciphertext: sealed.ciphertext,
      expiresIn,
      maxViews,
      access,
      recipients,
      passphrase: passphrase !== undefined,
      notifyOnOpen: values.notify,
      claimHash: sealed.claimHash,
    });
    const link = formatSecretLink(origin, created.id, sealed.linkKey);
    const manageUrl = formatManageLink(origin, created.id, created.manageToken);
    if (values.json) {
      await writeJson({ link, id: created.id, expiresAt: created.expiresAt, manageUrl });
      return;
    }
    await writeStdout(`${link}\n`);
    hint(`Manage link (keep it to revoke the secret): ${manageUrl}`);
  },
};

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
