import { writeFileSync } from 'node:fs';
import type { Machine } from './machine.ts';
import type { Budget, Section } from './section.ts';

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
function renderTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0)).join('  ')}`.trimEnd();
  return [line(head), `  ${widths.map((width) => '-'.repeat(width)).join('  ')}`, ...rows.map(line)];
}

function renderBudget(item: Budget): string {
  return `  ${item.verdict.padEnd(12)} ${item.text}: ${item.measured}`;
}

/** The report printed on stdout: the machine, then one section per item with its table, budgets and notes. */
export function renderReport(machine: Machine, sections: readonly Section[]): string {
  const lines = [
    'Hushlink benchmarks',
    `  commit ${machine.commit}${machine.dirty ? ' (with uncommitted changes)' : ''}, ${machine.startedAt} → ${machine.finishedAt ?? '?'}`,
    `  ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, Chromium ${machine.chromium ?? 'not started'}`,
    `  load average (1 min) ${machine.loadAverage.start.toFixed(2)} at start, ${machine.loadAverage.end?.toFixed(2) ?? '?'} at end`,
  ];
  for (const section of sections) {
    lines.push('', `${section.title}${section.status === 'ran' ? '' : ` [${section.status}]`}`);
    if (section.table && section.table.rows.length > 0)
      lines.push(...renderTable(section.table.head, section.table.rows));
    if (section.budgets.length > 0) lines.push('', ...section.budgets.map(renderBudget));
    for (const note of section.notes) lines.push(`  · ${note}`);
  }
  const budgets = sections.flatMap((section) => section.budgets);
  const count = (verdict: Budget['verdict']) => budgets.filter((item) => item.verdict === verdict).length;
  lines.push(
    '',
    `Budgets: ${count('PASS')} PASS, ${count('FAIL')} FAIL, ${count('NOT MEASURED')} NOT MEASURED` +
      (count('FAIL') > 0
        ? ` (failing: ${budgets
            .filter((item) => item.verdict === 'FAIL')
            .map((item) => item.id)
            .join(', ')})`
        : ''),
  );
  return `${lines.join('\n')}\n`;
}

/** Writes results.json: the machine, every section's figures, and each budget's verdict. */
export function writeResults(
  path: string,
  machine: Machine,
  sections: readonly Section[],
  timeline: readonly { step: string; atSeconds: number }[],
): void {
  const budgets = Object.fromEntries(
    sections.flatMap((section) => section.budgets.map((item) => [item.id, { ...item }])),
  );
  const results = {
    machine,
    timeline,
    budgets,
    sections: Object.fromEntries(
      sections.map((section) => [
        section.id,
        { title: section.title, status: section.status, notes: section.notes, figures: section.figures },
      ]),
    ),
  };
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
