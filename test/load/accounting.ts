import { send } from './client.ts';
import type { Ledger, TrackedSecret } from './ledger.ts';

/** A broken promise found by the accounting, with the secret it concerns. */
export interface Violation {
  id: string;
  problem: string;
}

/**
 * Checks every secret the run created against what the server acknowledged:
 * - a revoked one is gone (metadata and reveal answer 404);
 * - an unrevoked one has exactly `maxViews − reveals` views left: each still reveals, then it is gone;
 * - one whose last answer was lost (the server was killed mid-request) was never revealed more than `maxViews` times.
 */
export async function account(base: string, ledger: Ledger): Promise<Violation[]> {
  const violations: Violation[] = [];
  const queue = [...ledger.secrets];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let secret = queue.pop(); secret; secret = queue.pop())
        violations.push(...(await check(base, secret)));
    }),
  );
  return violations;
}

async function check(base: string, secret: TrackedSecret): Promise<Violation[]> {
  const problems: string[] = [];
  if (secret.reveals > secret.maxViews)
    problems.push(`revealed ${secret.reveals} times, max ${secret.maxViews}`);
  const metadata = await send(`${base}/api/secrets/${secret.id}`, 'GET');
  if (secret.revoked) {
    if (metadata.status !== 404) problems.push(`revoked but metadata answers ${metadata.status}`);
    const reveal = await send(`${base}/api/secrets/${secret.id}/reveal`, 'POST', { claim: secret.claim });
    if (reveal.status !== 404) problems.push(`revoked but reveal answers ${reveal.status}`);
    return problems.map((problem) => ({ id: secret.id, problem }));
  }
  // Drain what is left; without lost answers the count must be exact.
  let more = 0;
  for (let i = 0; i <= secret.maxViews; i++) {
    const reveal = await send(`${base}/api/secrets/${secret.id}/reveal`, 'POST', { claim: secret.claim });
    if (reveal.status === 200) more++;
    else if (reveal.status !== 404) problems.push(`reveal answered ${reveal.status}`);
    else break;
  }
  const expectedLeft = secret.maxViews - secret.reveals;
  if (secret.uncertain) {
    if (secret.reveals + more > secret.maxViews)
      problems.push(`revealed ${secret.reveals + more} times in all, max ${secret.maxViews}`);
  } else {
    if (more !== expectedLeft) problems.push(`${more} views left, expected ${expectedLeft}`);
    const metadataLeft = metadata.status === 200 ? (metadata.body as { viewsLeft: number }).viewsLeft : 0;
    if (metadataLeft !== expectedLeft)
      problems.push(`metadata said ${metadataLeft} views left, expected ${expectedLeft}`);
  }
  return problems.map((problem) => ({ id: secret.id, problem }));
}
