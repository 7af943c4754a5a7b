/**
 * Counts the tests (not suites) in a TAP report of Node's test runner whose own name or any enclosing suite's
 * name contains `marker`, by result: how CI shows that the SQL Server suites ran rather than skipped.
 */
export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

export function countTestsUnder(tap: string, marker: string): TestCounts {
  const lines = tap.split('\n');
  const open: Array<{ indent: number; name: string }> = [];
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [index, line] of lines.entries()) {
    const indent = line.length - line.trimStart().length;
    const subtest = /^\s*# Subtest: (.*)$/.exec(line);
    if (subtest) {
      open.push({ indent, name: subtest[1] ?? '' });
      continue;
    }
    const result = /^\s*(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/.exec(line);
    if (!result) continue;
    while (open.length > 0 && (open.at(-1)?.indent ?? 0) > indent) open.pop();
    const path = open.map((entry) => entry.name).join(' › ');
    if (open.at(-1)?.indent === indent) open.pop();
    if (isSuite(lines, index) || !`${path} › ${result[2]}`.includes(marker)) continue;
    if (result[3]) counts.skipped += 1;
    else if (result[1] === 'ok') counts.passed += 1;
    else counts.failed += 1;
  }
  return counts;
}

/** The YAML block after a result line says `type: 'suite'` for a describe. */
function isSuite(lines: ReadonlyArray<string>, at: number): boolean {
  for (let next = at + 1; next < lines.length && next < at + 12; next++) {
    const text = lines[next]?.trim() ?? '';
    if (text === '...') return false;
    if (text === "type: 'suite'") return true;
  }
  return false;
}
