import type { CreateSecretResponse, PublicUser } from '@hushlink/protocol';
import { createSecret } from '../api/secrets.ts';
import { sealSecret } from '../crypto/seal-secret.ts';
import type { StatusLine } from '../ui/status-line.ts';
import { rememberFingerprints } from './known-keys.ts';
import { sealTextTo } from './sealing-crypto.ts';
import type { SealingPanel } from './sealing-panel.ts';
import { signingKeyForSealing } from './sender-signing.ts';
import { type SharedLink, showSharedWithPeople } from './shared-with-people-view.ts';

/** What the create form holds when a signed-in person shares with named people and sealing is on. */
export interface PeopleShare {
  text: string;
  expiresIn: number;
  maxViews: number;
  passphrase: string;
  notifyOnOpen: boolean;
  recipients: PublicUser[];
  sealing: SealingPanel;
  status: StatusLine;
}

/**
 * Shares with named people: one secret sealed to the passkey keys of everyone who has some (and mine when "I
 * can re-open it too" is ticked), whose link carries no key; and, for those who have none, one server-gated
 * secret (a link with its key, `people` access), labelled as such. Then shows the links, each saying for whom.
 * Returns false, having made nothing, when none of them can receive a sealed secret: the caller then makes the
 * usual server-gated link.
 *
 * @throws ApiRequestError or EnvelopeError; nothing is shown then, and a secret already created stays listed
 *   in My links (where it can be revoked).
 */
export async function shareWithPeople(
  main: HTMLElement,
  share: PeopleShare,
  createAnother: () => void,
): Promise<boolean> {
  share.status.info('Looking up their passkeys’ keys…');
  const plan = await share.sealing.plan(share.recipients);
  // Nobody named can receive a sealed secret: this is the plain server-gated link, made the usual way.
  if (plan.sealed.length === 0) {
    share.status.clear();
    return false;
  }
  const common = {
    expiresIn: share.expiresIn,
    maxViews: share.maxViews,
    access: 'people' as const,
    notifyOnOpen: share.notifyOnOpen,
    passphrase: share.passphrase !== '',
  };
  const links: SharedLink[] = [];

  const holders = plan.self ? [...plan.sealed, plan.self] : plan.sealed;
  const publicKeys = [...new Set(holders.flatMap((entry) => entry.keys.map((key) => key.publicKey)))];
  const people = [...new Map(holders.map((entry) => [entry.person.id, entry.person])).values()];
  const signer = await signingKeyForSealing(share.status);
  share.status.info('Sealing it to their passkeys…');
  const ciphertext = await sealTextTo(share.text, publicKeys, share.passphrase, signer);
  share.status.info('Saving the sealed secret…');
  const created: CreateSecretResponse = await createSecret({
    ...common,
    ciphertext,
    recipients: people.map((person) => person.id),
    sealed: true,
  });
  for (const entry of plan.sealed) rememberFingerprints(entry.person.id, entry.fingerprints);
  links.push({
    kind: 'sealed',
    created,
    people: plan.sealed.map((entry) => entry.person),
    selfIncluded: plan.self !== null,
  });

  if (plan.gated.length > 0) {
    share.status.info('Encrypting the link for the others…');
    const encrypted = await sealSecret(share.text, share.passphrase);
    share.status.info('Saving it…');
    const created = await createSecret({
      ...common,
      ciphertext: encrypted.ciphertext,
      recipients: plan.gated.map((person) => person.id),
      claimHash: encrypted.claimHash,
    });
    links.push({ kind: 'gated', created, people: plan.gated, linkKey: encrypted.linkKey });
  }

  share.status.clear();
  showSharedWithPeople(
    main,
    links,
    { maxViews: share.maxViews, passphrase: share.passphrase !== '' },
    createAnother,
  );
  return true;
}
