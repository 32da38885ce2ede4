/** A budget's outcome: met, missed, or not measured (the figure it needs is missing). */
export type Verdict = 'PASS' | 'FAIL' | 'NOT MEASURED';

/** One budget line of the report: what is promised, what was measured, and the verdict. */
export interface Budget {
  /** Stable id for results.json, e.g. `crypto.node.encrypt`. */
  id: string;
  /** The promise in words, e.g. `envelope ≥ 90% of raw libsodium (Node, encrypt)`. */
  text: string;
  /** The measured figure in words, e.g. `97%`. */
  measured: string;
  verdict: Verdict;
}

/** One item of the report: a table of figures, its budgets, notes, and the raw figures for results.json. */
export interface Section {
  id: string;
  title: string;
  /** `ran`; `unavailable` when what it measures does not exist yet; `error` when the harness failed. */
  status: 'ran' | 'unavailable' | 'error';
  table?: { head: string[]; rows: string[][] };
  budgets: Budget[];
  notes: string[];
  figures: unknown;
}

/** A budget whose verdict is PASS when `ok`, FAIL otherwise. */
export function budget(id: string, text: string, measured: string, ok: boolean): Budget {
  return { id, text, measured, verdict: ok ? 'PASS' : 'FAIL' };
}

/** A budget that could not be judged, with the reason in place of a figure. */
export function notMeasured(id: string, text: string, reason: string): Budget {
  return { id, text, measured: reason, verdict: 'NOT MEASURED' };
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A section for an item whose harness threw: the error is reported and the other items still run. */
export function errorSection(id: string, title: string, error: unknown): Section {
  return { id, title, status: 'error', budgets: [], notes: [`error: ${messageOf(error)}`], figures: null };
}
