import type { CreateSecretResponse, PublicUser } from '@hushlink/protocol';
import { createSecret } from '../api/secrets.ts';
import { sealSecret } from '../crypto/seal-secret.ts';
import { t } from '../pages/create-text.ts';
import type { StatusLine } from '../ui/status-line.ts';
import { rememberFingerprints } from './known-keys.ts';
import { sealTextTo } from './sealing-crypto.ts';
import type { SealingPanel, SealingPlan } from './sealing-panel.ts';
import { signingKeyForSealing } from './sender-signing.ts';
import { type SharedLink, showSharedWithPeople } from './shared-with-people-view.ts';

/** What the create form holds when a signed-in person shares with named people and sealing is on. */
export interface PeopleShare {
  text: string;
  expiresIn: number;
  maxViews: number;
  passphrase: string;
  notifyOnOpen: boolean;
  /** The networks the links may be opened from; absent, any. */
  allowedRanges?: string[];
  /** Named networks (by name) whose ranges join those. */
  allowedNetworks?: string[];
  recipients: PublicUser[];
  sealing: SealingPanel;
  status: StatusLine;
}

/** What both links of a share with people have in common. */
interface CommonRules {
  expiresIn: number;
  maxViews: number;
  access: 'people';
  notifyOnOpen: boolean;
  passphrase: boolean;
  allowedRanges?: string[];
  allowedNetworks?: string[];
}

/**
 * Shares with named people: one secret sealed to the passkey keys of everyone who has some (and mine when "I
 * can re-open it too" is ticked), whose link carries no key; and, for those who have none, one server-gated
 * secret (a link with its key, `people` access), labelled as such — the only link when none of them can receive a
 * sealed secret. Then shows the links, each saying for whom and why.
 *
 * @throws ApiRequestError or EnvelopeError; nothing is shown then, and a secret already created stays listed
 *   in My links (where it can be revoked).
 */
export async function shareWithPeople(
  main: HTMLElement,
  share: PeopleShare,
  createAnother: () => void,
): Promise<void> {
  share.status.info(t('lookingUpTheirKeys'));
  const plan = await share.sealing.plan(share.recipients);
  const common: CommonRules = {
    expiresIn: share.expiresIn,
    maxViews: share.maxViews,
    access: 'people',
    notifyOnOpen: share.notifyOnOpen,
    passphrase: share.passphrase !== '',
    ...(share.allowedRanges ? { allowedRanges: share.allowedRanges } : {}),
    ...(share.allowedNetworks ? { allowedNetworks: share.allowedNetworks } : {}),
  };
  const links: SharedLink[] = [];

  if (plan.sealed.length > 0) links.push(await shareSealed(share, plan, common));
  if (plan.gated.length > 0) {
    share.status.info(plan.sealed.length > 0 ? t('encryptingForOthers') : t('encrypting'));
    const encrypted = await sealSecret(share.text, share.passphrase);
    share.status.info(t('savingIt'));
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
}

/** The secret sealed to the passkey keys of those who have some (and mine when I asked to re-open it). */
async function shareSealed(share: PeopleShare, plan: SealingPlan, common: CommonRules): Promise<SharedLink> {
  const holders = plan.self ? [...plan.sealed, plan.self] : plan.sealed;
  const publicKeys = [...new Set(holders.flatMap((entry) => entry.keys.map((key) => key.publicKey)))];
  const people = [...new Map(holders.map((entry) => [entry.person.id, entry.person])).values()];
  const signer = await signingKeyForSealing(share.status);
  share.status.info(t('sealingIt'));
  const ciphertext = await sealTextTo(share.text, publicKeys, share.passphrase, signer);
  share.status.info(t('savingSealed'));
  const created: CreateSecretResponse = await createSecret({
    ...common,
    ciphertext,
    recipients: people.map((person) => person.id),
    sealed: true,
  });
  for (const entry of plan.sealed) rememberFingerprints(entry.person.id, entry.fingerprints);
  return {
    kind: 'sealed',
    created,
    people: plan.sealed.map((entry) => entry.person),
    selfIncluded: plan.self !== null,
  };
}
