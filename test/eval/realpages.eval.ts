// Real saved pages (../shared/realpages): the numbers highlighted in article mode against the numbers in a reference
// article (Mozilla Readability's): recall, and leak (highlighted numbers outside the reference), per page and in total.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { extractArticle } from '../../src/dom/extract.js';
import { holdCeiling, holdFloor } from './floors.js';
import { ROOT, sharedPath } from './shared.js';

/** The pages come as one archive: unpacked once into node_modules/.cache (never into the repository). */
function pagesDir(): string {
  const archive = sharedPath('realpages', 'pages.tar.xz');
  const out = join(ROOT, 'node_modules/.cache/claimlens-eval/realpages');
  if (!existsSync(join(out, 'pages'))) {
    mkdirSync(out, { recursive: true });
    execFileSync('tar', ['-xJf', archive, '-C', out]);
  }
  return join(out, 'pages');
}

/** What ClaimLens highlights: claims over the extracted text, keyed by their surface with spaces folded. */
function numbers(html: string, wholePage: boolean): string[] {
  const { document } = parseHTML(html);
  const text = extractArticle(document as unknown as Document, { wholePage }).text;
  return analyze(text).claims.map((c) => c.text.replace(/\s+/g, ' '));
}

function multisetDiff(a: string[], b: string[]): { common: number; onlyA: string[]; onlyB: string[] } {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let common = 0;
  const onlyA: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) {
      common++;
      left.set(x, n - 1);
    } else onlyA.push(x);
  }
  const onlyB: string[] = [];
  for (const [x, n] of left) for (let i = 0; i < n; i++) onlyB.push(x);
  return { common, onlyA, onlyB };
}

describe('realpages (39 real saved pages, reference articles by Mozilla Readability)', () => {
  it('article mode: recall and leak hold their floors', () => {
    const dir = pagesDir();
    let refTotal = 0;
    let highlighted = 0;
    let matched = 0;
    const rows: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const src = readFileSync(join(dir, name, 'source.html'), 'utf8');
      const exp = readFileSync(join(dir, name, 'expected.html'), 'utf8');
      const ours = numbers(src, false);
      const ref = numbers(`<!DOCTYPE html><html><body>${exp}</body></html>`, true);
      const d = multisetDiff(ours, ref);
      refTotal += ref.length;
      highlighted += ours.length;
      matched += d.common;
      if (d.onlyA.length || d.onlyB.length)
        rows.push(
          `  ${name}: ${d.common}/${ref.length} found, ${d.onlyA.length} leaked` +
            (process.env.EVAL_VERBOSE === '1'
              ? `\n    leaked: ${d.onlyA.slice(0, 15).join(' | ')}\n    missed: ${d.onlyB.slice(0, 15).join(' | ')}`
              : ''),
        );
    }
    const recall = refTotal ? matched / refTotal : 1;
    const leak = highlighted ? (highlighted - matched) / highlighted : 0;
    console.log(
      `realpages: recall ${recall.toFixed(3)} (${matched}/${refTotal}), leak ${leak.toFixed(3)} (${highlighted - matched}/${highlighted})\n${rows.join('\n')}`,
    );
    holdFloor('realpages.recall', recall);
    holdCeiling('realpages.leak.max', Math.ceil(leak * 10000) / 10000);
  });
});
