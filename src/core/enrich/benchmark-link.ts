// Links score-like claims to a benchmark named in the same sentence (nearest mention, same clause preferred).
import {
  BENCHMARK_BY_ID,
  type BenchmarkMention,
  findBenchmarkMentions,
} from '../knowledge/benchmarks/index.js';
import type { Claim } from '../types.js';

/** Clause breaks: a mention across one of these is less likely to be the number's benchmark. */
const CLAUSE_BREAK = /[,;]|\band\b|\bwhile\b|그리고|\S며\s|\S고\s|반면/;
const CLAUSE_PENALTY = 60;

/** Drops a generic family mention ("미국 수학경시대회") when a specific one ("AIME 2024") follows it closely. */
function dropGeneric(mentions: BenchmarkMention[], text: string): BenchmarkMention[] {
  return mentions.filter((m, i) => {
    const b = BENCHMARK_BY_ID.get(m.id);
    if (!b?.family || b.family !== b.id) return true;
    const next = mentions[i + 1];
    if (!next) return true;
    const nb = BENCHMARK_BY_ID.get(next.id);
    return !(nb?.family === b.id && next.start - m.end <= 20 && !/[.!?]/.test(text.slice(m.end, next.start)));
  });
}

function isScoreLike(c: Claim): boolean {
  if (c.kind === 'percent' || c.kind === 'score') return true;
  // Ratings (Codeforces 2029, Arena 1360) come out as bare numbers.
  return (
    (c.kind === 'count' || c.kind === 'quantity' || c.kind === 'rank') && (c.unit === null || c.unit === '점')
  );
}

/** Sets claim.benchmark (and kind 'score' for percentages) for the claims of one sentence. */
export function linkBenchmarks(text: string, sentenceClaims: Claim[]): void {
  const first = sentenceClaims[0];
  if (!first) return;
  // Only score-like claims are ever linked: without one, the mentions would go unused.
  if (!sentenceClaims.some(isScoreLike)) return;
  const { start, end } = first.sentence;
  const mentions = dropGeneric(findBenchmarkMentions(text, start, end), text);
  if (!mentions.length) return;
  for (const c of sentenceClaims) {
    if (!isScoreLike(c)) continue;
    let best: BenchmarkMention | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const m of mentions) {
      const gap = m.end <= c.start ? text.slice(m.end, c.start) : text.slice(c.end, m.start);
      let cost = gap.length + (CLAUSE_BREAK.test(gap) ? CLAUSE_PENALTY : 0);
      if (m.end <= c.start) cost -= 5; // a benchmark named before its score is the common order
      if (cost < bestCost) {
        bestCost = cost;
        best = m;
      }
    }
    if (!best) continue;
    const b = BENCHMARK_BY_ID.get(best.id);
    if (!b) continue;
    // A bare number is a score only on a rating benchmark (Codeforces, Arena), else it is something else.
    if (c.kind !== 'percent' && c.kind !== 'score' && b.granularity !== 'rating') continue;
    c.benchmark = b.id;
    if (c.kind === 'percent' || b.granularity === 'rating') c.kind = 'score';
  }
}
