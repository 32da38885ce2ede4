import {
  createBody,
  createSecret,
  inParallel,
  nextClientAddress,
  randomClaim,
  randomSecretId,
  revealSecret,
} from './secrets-api.ts';
import type { Section } from './section.ts';
import { median, percentile, round } from './stats.ts';

/** The item's heading in the report. */
export const LOOKUP_TITLE = '6. Lookup parity (reveal of an unknown id vs a used-up id)';

const REQUESTS = 200;
const WARM_UP = 10;

interface Answer {
  ms: number;
  status: number;
  body: string;
}

/** One reveal attempt with a well-formed random claim from a fresh client address, timed on the client. */
async function attempt(base: string, id: string): Promise<Answer> {
  const start = performance.now();
  const response = await fetch(`${base}/api/secrets/${id}/reveal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': nextClientAddress() },
    body: JSON.stringify({ claim: randomClaim().claim }),
  });
  const body = await response.text();
  return { ms: performance.now() - start, status: response.status, body };
}

function summary(answers: readonly Answer[]) {
  const times = answers.map((answer) => answer.ms);
  const statuses: Record<string, number> = {};
  for (const { status } of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    medianMs: round(median(times), 2),
    p90Ms: round(percentile(times, 90), 2),
    statuses,
    bodies: [...new Set(answers.map((answer) => answer.body))],
  };
}

/**
 * Item 6: whether a reveal of an id that never existed and of one whose views are used up take the same time
 * (and give the same answer), so that timing does not tell a guesser which ids were real. 200 sequential requests
 * of each, interleaved (ABBA) so that drift in the machine's load hits both alike.
 */
export async function benchLookup(base: string): Promise<Section> {
  const usedUp = await inParallel(REQUESTS, 8, async () => {
    const { claim, claimHash } = randomClaim();
    const id = await createSecret(base, createBody(1024, claimHash));
    await revealSecret(base, id, claim);
    return id;
  });
  for (let i = 0; i < WARM_UP; i++) {
    await attempt(base, randomSecretId());
    await attempt(base, usedUp[i] ?? randomSecretId());
  }
  const unknown: Answer[] = [];
  const used: Answer[] = [];
  for (const [i, id] of usedUp.entries()) {
    if (i % 2 === 0) {
      unknown.push(await attempt(base, randomSecretId()));
      used.push(await attempt(base, id));
    } else {
      used.push(await attempt(base, id));
      unknown.push(await attempt(base, randomSecretId()));
    }
  }
  const unknownSummary = summary(unknown);
  const usedSummary = summary(used);
  const ratio = usedSummary.medianMs / unknownSummary.medianMs;
  const sameAnswer =
    unknownSummary.bodies.length === 1 &&
    usedSummary.bodies.length === 1 &&
    unknownSummary.bodies[0] === usedSummary.bodies[0];
  return {
    id: 'lookup',
    title: LOOKUP_TITLE,
    status: 'ran',
    table: {
      head: ['id', 'requests', 'median ms', 'p90 ms', 'statuses'],
      rows: [
        [
          'unknown',
          String(unknown.length),
          String(unknownSummary.medianMs),
          String(unknownSummary.p90Ms),
          JSON.stringify(unknownSummary.statuses),
        ],
        [
          'used up',
          String(used.length),
          String(usedSummary.medianMs),
          String(usedSummary.p90Ms),
          JSON.stringify(usedSummary.statuses),
        ],
      ],
    },
    budgets: [],
    notes: [
      `used up / unknown median ratio: ${round(ratio, 3)}; identical answer bodies: ${sameAnswer ? 'yes' : 'no'} (no budget set for this item).`,
      `${REQUESTS} sequential POST /api/secrets/:id/reveal each, interleaved ABBA after ${WARM_UP} warm-ups of each; every request sends a fresh random 32-byte claim and its own CF-Connecting-IP.`,
      'used-up ids: one-time secrets created and revealed once just before; unknown ids: 16 random bytes, base64url.',
    ],
    figures: {
      requests: REQUESTS,
      unknown: unknownSummary,
      usedUp: usedSummary,
      ratio: round(ratio, 3),
      sameAnswer,
    },
  };
}
