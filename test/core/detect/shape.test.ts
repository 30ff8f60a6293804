// Keeps the number grammar's shape (issue #9): one direction between detect's stages, no import cycle, short functions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../../src/core/detect');

/** Longest function (lines from its signature to its closing brace) a detect module may hold. */
const MAX_LINES = 80;

/**
 * detect's stages, in the order one text goes through them. A module imports only from its own stage or the stages
 * before it (the helpers it hands work to), never from a later one: the pass runs one way.
 */
const STAGES: readonly (readonly string[])[] = [
  // shapes and character classes
  ['types.ts', 'chars.ts', 'step.ts', 'id.ts'],
  // tables: units, currencies, candidate patterns
  ['units.ts', 'candidates.ts'],
  // find candidates; read the numeral, one reader per script
  ['next-candidate.ts', 'numerals-east.ts', 'numerals-en.ts', 'numerals-native.ts'],
  // scale words, coins and units after the numeral → a quantity
  ['read-unit.ts', 'scale.ts', 'quantity.ts'],
  // modifiers: hedges, bounds, rates, ranges
  ['modifiers.ts', 'extend.ts'],
  // keep or drop, type and assemble the claim (word starts and fractions are claims of their own)
  ['accept.ts', 'word-starts.ts', 'fractions.ts', 'claim.ts'],
  // the left-to-right pass
  ['scan.ts'],
  // whole-text passes over the raw claims
  ['labels.ts', 'out-of.ts', 'distribute.ts', 'ordinal-furniture.ts', 'reading-time.ts', 'sentences.ts'],
  ['index.ts'],
];

interface Fn {
  key: string;
  lines: number;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const sources = new Map(
  files.map((f) => [
    f,
    ts.createSourceFile(f, readFileSync(join(DIR, f), 'utf8'), ts.ScriptTarget.Latest, true),
  ]),
);

function nameOf(n: ts.SignatureDeclaration, sf: ts.SourceFile): string {
  if (n.name) return n.name.getText(sf);
  const p = n.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) && p.name) return p.name.getText(sf);
  return '(anonymous)';
}

function functions(): Fn[] {
  const out: Fn[] = [];
  for (const [f, sf] of sources) {
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) && 'body' in n && n.body) {
        const a = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
        const b = sf.getLineAndCharacterOfPosition(n.end).line;
        out.push({ key: `${f} ${nameOf(n, sf)}`, lines: b - a + 1 });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Local imports (and re-exports) of each detect module, as file names. */
function importGraph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [f, sf] of sources) {
    const deps = new Set<string>();
    for (const st of sf.statements) {
      if (!ts.isImportDeclaration(st) && !ts.isExportDeclaration(st)) continue;
      const spec = st.moduleSpecifier;
      if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('./'))
        deps.add(spec.text.slice(2).replace(/\.js$/, '.ts'));
    }
    g.set(f, [...deps]);
  }
  return g;
}

describe('detect shape', () => {
  it(`has no function over ${MAX_LINES} lines`, () => {
    const over = functions()
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.key}: ${f.lines}`);
    expect(over, 'split these into named steps').toEqual([]);
  });

  it('has no import cycle between its modules', () => {
    const g = importGraph();
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of g.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of g.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('imports only from its own or earlier stages', () => {
    const stageOf = new Map(STAGES.flatMap((s, i) => s.map((f) => [f, i] as const)));
    expect(
      files.filter((f) => !stageOf.has(f)),
      'place new modules in STAGES',
    ).toEqual([]);
    const upstream: string[] = [];
    for (const [f, deps] of importGraph())
      for (const d of deps) if (stageOf.get(d)! > stageOf.get(f)!) upstream.push(`${f} → ${d}`);
    expect(upstream).toEqual([]);
  });
});
