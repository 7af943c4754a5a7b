/** The import rules of docs/architecture.md hold over every module in src/: features never reach up, and nothing imports in a circle. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

/** Folders a module in the key folder must not import from. */
const forbidden: Record<string, string[]> = {
  'src/core': ['src/bots', 'src/app', 'src/cli', 'src/reports', 'src/web'],
  'src/storage': ['src/bots', 'src/app', 'src/cli', 'src/web'],
  'src/jobs': ['src/bots', 'src/app', 'src/cli', 'src/web'],
  'src/api': ['src/bots', 'src/app', 'src/cli', 'src/web'],
  'src/infra': ['src/bots', 'src/app', 'src/cli', 'src/web'],
  'src/bots': ['src/app', 'src/cli', 'src/web'],
  'src/cli': ['src/app', 'src/bots', 'src/web'],
  // The file writers lay out what the core gathered; they reach no database, queue or platform.
  'src/reports': ['src/bots', 'src/app', 'src/cli', 'src/jobs', 'src/storage', 'src/api', 'src/infra', 'src/web'],
  // The dashboard reaches the database through the core's ports, as the stats API does.
  'src/web': ['src/bots', 'src/app', 'src/cli', 'src/storage', 'src/jobs', 'src/api', 'src/assistant', 'src/digest'],
};

// Static `from '…'` (imports and re-exports) and dynamic `import('…')` with a literal path.
const specifierPattern = /\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Each module's relative imports, resolved to paths from the repository root. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(specifierPattern)]
      .map((match) => match[1] ?? match[2] ?? '')
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(root, resolve(root, dirname(file), specifier)));
    graph.set(file, targets);
  }
  return graph;
}

function layerViolations(graph: Map<string, string[]>): string[] {
  const violations: string[] = [];
  for (const [file, targets] of graph) {
    for (const [layer, banned] of Object.entries(forbidden)) {
      if (!file.startsWith(`${layer}/`)) continue;
      for (const target of targets) {
        if (banned.some((folder) => target.startsWith(`${folder}/`))) violations.push(`${file} imports ${target}`);
      }
    }
  }
  return violations;
}

/** The first cycle found by a depth-first walk, as the path that closes it, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    path.push(file);
    onPath.add(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the layers of src/', () => {
  const graph = importGraph(sourceFiles('src'));

  test('the import scan sees the modules and their imports', () => {
    assert.ok(graph.size > 100, `only ${graph.size} modules found`);
    const main = graph.get('src/main.ts') ?? [];
    assert.ok(main.length > 0, 'src/main.ts has no imports the scan recognised');
    for (const targets of graph.values()) {
      for (const target of targets)
        assert.ok(graph.has(target), `an import resolves to ${target}, which is not a module`);
    }
  });

  test('core, storage, jobs, api and infra import nothing from bots, app, cli or web; bots and cli nothing from app or web; web only core, infra and reports; reports only core and digest', () => {
    assert.deepEqual(layerViolations(graph), []);
  });

  test('no module imports itself through others', () => {
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${cycle?.join(' -> ')}`);
  });
});
