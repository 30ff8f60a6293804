// `npm run bench -- --profile`: a CPU profile of analyze() on the bench corpus, with self time per source function.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { analyze, detect } from '../../src/core/index.js';
import type { Piece } from './corpus-files.js';
import { extensionFrame, type Sample } from './trace.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Maps a line of the (unminified) bench bundle back to the source module esbuild noted above it. */
export function moduleOfLine(bundle: string): (line: number) => string {
  const starts: Array<[number, string]> = [];
  const lines = bundle.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\/\/ ((?:src|test|node_modules)\/\S+)$/.exec(lines[i] as string);
    if (m) starts.push([i, m[1] as string]);
  }
  return (line: number) => {
    let found = '?';
    for (const [at, name] of starts) {
      if (at > line) break;
      found = name;
    }
    return found;
  };
}

export async function profileEngine(
  pieces: readonly Piece[],
  outFile: string,
  ms: number,
  which: 'analyze' | 'detect' = 'analyze',
): Promise<string[]> {
  const run = (text: string): number =>
    which === 'detect' ? detect(text).length : analyze(text).claims.length;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  for (const p of pieces) run(p.text); // warm
  await session.post('Profiler.start');
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) for (const p of pieces) n += run(p.text);
  const { profile } = (await session.post('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[] };
  };
  session.disconnect();
  writeFileSync(outFile, JSON.stringify(profile));

  const self = fileURLToPath(import.meta.url);
  const where = moduleOfLine(readFileSync(self, 'utf8'));
  const hits = new Map<number, number>();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const byFn = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const h = hits.get(node.id) ?? 0;
    total += h;
    const cf = node.callFrame;
    const ours = cf.url !== '' && (cf.url === self || cf.url === `file://${self}`);
    const key = ours
      ? `${cf.functionName || '(anonymous)'}  ${where(cf.lineNumber)}`
      : `${cf.functionName || `(${cf.url ? 'anonymous' : 'native'})`}  ${cf.url ? cf.url.replace(/^.*\//, '') : '(v8)'}`;
    byFn.set(key, (byFn.get(key) ?? 0) + h);
  }
  const rows = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return [
    `profile of ${which}(): ${total} samples over ${ms} ms (${n} claims); written to ${outFile}`,
    ...rows.map(([k, h]) => `${((100 * h) / Math.max(1, total)).toFixed(1).padStart(5)}%  ${k}`),
  ];
}

/** Extension CPU samples of a page phase, by function (the extension frame nearest the leaf) and by source module. */
export function extensionProfile(
  phase: string,
  samples: readonly Sample[],
  extPrefix: string,
  bundle: string,
): string[] {
  const where = moduleOfLine(bundle);
  const byFn = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  for (const s of samples) {
    const f = extensionFrame(s, extPrefix);
    if (!f) continue;
    total += s.ms;
    const mod = where(f.lineNumber);
    const leaf = s.frames[0];
    // Time in a builtin (RegExp, Intl, DOM) is charged to the extension function that called it, named as such.
    const via = leaf && leaf !== f && !leaf.url ? ` → ${leaf.functionName || '(native)'}` : '';
    const key = `${f.functionName || '(anonymous)'}${via}  ${mod}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + s.ms);
    byModule.set(mod, (byModule.get(mod) ?? 0) + s.ms);
  }
  const fmt = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, ms]) =>
          `  ${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / Math.max(total, 1e-9)).toFixed(1).padStart(5)}%  ${k}`,
      );
  return [
    `${phase}: ${total.toFixed(1)} ms of extension CPU samples`,
    '  by module:',
    ...fmt(byModule, 10),
    '  by function:',
    ...fmt(byFn, 20),
  ];
}
