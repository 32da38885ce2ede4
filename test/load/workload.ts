import { makeCiphertext, makeClaim, type Outcome, send } from './client.ts';
import type { Ledger } from './ledger.ts';

/** Tallies of a run: every answer by operation and status, and latencies. */
export class Tally {
  readonly statuses = new Map<string, number>();
  readonly latencies: number[] = [];
  serverErrors = 0;
  connectionErrors = 0;

  record(op: string, outcome: Outcome): void {
    const key = `${op} ${outcome.status}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
    if (outcome.status === 0) this.connectionErrors++;
    else this.latencies.push(outcome.ms);
    if (outcome.status >= 500) this.serverErrors++;
  }

  get requests(): number {
    return [...this.statuses.values()].reduce((sum, n) => sum + n, 0);
  }

  percentile(p: number): number {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  }
}

/** One step of the mixed workload: create 35%, metadata 25%, reveal 30%, revoke 10%. */
async function step(base: string, ledger: Ledger, tally: Tally): Promise<Outcome> {
  const roll = Math.random();
  const secret = ledger.pick();
  if (roll < 0.35 || !secret) {
    const { claim, claimHash } = makeClaim();
    const ciphertext = makeCiphertext();
    const maxViews = 1 + Math.floor(Math.random() * 3);
    const outcome = await send(`${base}/api/secrets`, 'POST', {
      ciphertext,
      expiresIn: 3600,
      maxViews,
      claimHash,
    });
    tally.record('create', outcome);
    if (outcome.status === 201) {
      const { id, manageToken } = outcome.body as { id: string; manageToken: string };
      ledger.add({
        id,
        claim,
        manageToken,
        ciphertext,
        maxViews,
        reveals: 0,
        revoked: false,
        uncertain: false,
      });
    }
    return outcome;
  }
  if (roll < 0.6) {
    const outcome = await send(`${base}/api/secrets/${secret.id}`, 'GET');
    tally.record('metadata', outcome);
    return outcome;
  }
  if (roll < 0.9) {
    const outcome = await send(`${base}/api/secrets/${secret.id}/reveal`, 'POST', { claim: secret.claim });
    tally.record('reveal', outcome);
    if (outcome.status === 200) {
      secret.reveals++;
      if ((outcome.body as { ciphertext: string }).ciphertext !== secret.ciphertext) {
        throw new Error(`reveal of ${secret.id} returned another secret's ciphertext`);
      }
    }
    if (outcome.status === 0 && outcome.maybeProcessed) secret.uncertain = true;
    return outcome;
  }
  const outcome = await send(`${base}/api/secrets/${secret.id}`, 'DELETE', undefined, {
    Authorization: `Bearer ${secret.manageToken}`,
  });
  tally.record('revoke', outcome);
  if (outcome.status === 204) secret.revoked = true;
  if (outcome.status === 0 && outcome.maybeProcessed) secret.uncertain = true;
  return outcome;
}

/** Runs `connections` loops of the mixed workload until `deadline` (ms since epoch). */
export async function runWorkload(
  base: () => string,
  ledger: Ledger,
  tally: Tally,
  connections: number,
  deadline: number,
): Promise<void> {
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        // While the server is down, wait a little rather than spin on refused connections.
        if ((await step(base(), ledger, tally)).status === 0)
          await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
}
