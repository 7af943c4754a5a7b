/** One scenario's figures, how a row is printed, and how answers are tallied into lost and duplicated. */

export interface FaultRow {
  readonly scenario: string;
  readonly sent: number;
  readonly expected: number;
  readonly delivered: number;
  readonly duplicates: number;
  readonly lost: number;
  /** Worst time from the fault to the last affected answer; undefined when the scenario has no recovery. */
  readonly recoveryMs?: number;
  /** Several recoveries (one per kill), shown in the note. */
  readonly recoveriesMs?: ReadonlyArray<number>;
  /** Recovery time this scenario must stay under (the 15 s after a crash). */
  readonly recoveryTargetMs?: number;
  readonly note?: string;
  /** Failures the figures do not show (a process that exited non-zero). */
  readonly problems?: ReadonlyArray<string>;
  /** Where the processes' logs were kept when the row failed. */
  readonly logDir?: string;
}

/** A row passes when nothing was lost or duplicated and recovery met its target. */
export function rowProblems(row: FaultRow): string[] {
  const problems: string[] = [...(row.problems ?? [])];
  if (row.lost > 0) problems.push(`${row.lost} lost`);
  if (row.duplicates > 0) problems.push(`${row.duplicates} duplicated`);
  if (row.delivered + row.lost !== row.expected) problems.push('delivered + lost differs from expected');
  const worst = Math.max(row.recoveryMs ?? 0, ...(row.recoveriesMs ?? []));
  if (row.recoveryTargetMs !== undefined && worst > row.recoveryTargetMs) {
    problems.push(`recovery ${seconds(worst)} over the ${seconds(row.recoveryTargetMs)} target`);
  }
  return problems;
}

/**
 * Tallies answers by the key they answer: `delivered` counts distinct keys, `duplicates` every extra copy,
 * `lost` expected keys never answered.
 */
export function tally(
  expected: ReadonlyArray<string>,
  answered: ReadonlyArray<string>,
): { delivered: number; duplicates: number; lost: number; missing: string[] } {
  const counts = new Map<string, number>();
  for (const key of answered) counts.set(key, (counts.get(key) ?? 0) + 1);
  const missing = expected.filter((key) => !counts.has(key));
  let duplicates = 0;
  for (const count of counts.values()) duplicates += count - 1;
  const wanted = new Set(expected);
  // An answer to something never asked is as wrong as a second copy.
  for (const key of counts.keys()) if (!wanted.has(key)) duplicates += 1;
  return { delivered: expected.length - missing.length, duplicates, lost: missing.length, missing };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function headerLine(): string {
  return formatCells(['scenario', 'sent', 'expected', 'delivered', 'dup', 'lost', 'recovery', 'result']);
}

export function rowLine(row: FaultRow): string {
  const worst = row.recoveriesMs?.length ? Math.max(...row.recoveriesMs) : row.recoveryMs;
  const problems = rowProblems(row);
  return formatCells([
    row.scenario,
    String(row.sent),
    String(row.expected),
    String(row.delivered),
    String(row.duplicates),
    String(row.lost),
    worst === undefined ? '-' : row.recoveriesMs?.length ? `max ${seconds(worst)}` : seconds(worst),
    problems.length === 0 ? 'ok' : `FAIL: ${problems.join(', ')}`,
  ]);
}

/** Column widths; the scenario is left-aligned, the figures right-aligned. */
const widths = [34, 6, 8, 9, 4, 5, 11, 0];

function formatCells(cells: ReadonlyArray<string>): string {
  return cells
    .map((cell, index) => {
      const width = widths[index] ?? 0;
      return index === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ')
    .trimEnd();
}
