// All benchmarks, and the alias matcher compiled once at module load.
import type { Benchmark } from '../types.js';
import { CODE_BENCHMARKS } from './code.js';
import { EXAM_BENCHMARKS } from './exams.js';
import { GENERAL_BENCHMARKS } from './general.js';
import { MATH_BENCHMARKS } from './math.js';
import { REGIONAL_BENCHMARKS } from './regional.js';

export const BENCHMARKS: Benchmark[] = [
  ...MATH_BENCHMARKS,
  ...CODE_BENCHMARKS,
  ...GENERAL_BENCHMARKS,
  ...REGIONAL_BENCHMARKS,
  ...EXAM_BENCHMARKS,
];

export const BENCHMARK_BY_ID: Map<string, Benchmark> = new Map(BENCHMARKS.map((b) => [b.id, b]));

export interface BenchmarkMention {
  id: string;
  start: number;
  end: number;
}

/** Case, apostrophe and space variants collapse to one key. */
function aliasKey(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

const ALIAS_TO_ID: Map<string, string> = new Map();
for (const b of BENCHMARKS) for (const a of b.aliases) ALIAS_TO_ID.set(aliasKey(a), b.id);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation, longest alias first so "MMLU-Pro" wins over "MMLU" at the same position. Latin
 * edges get ASCII word boundaries ("HLE" is not in "WHLE"); Hangul edges get none, because Korean
 * particles attach directly ("라이브벤치에서").
 */
const ALIAS_RE: RegExp = (() => {
  const parts = [...ALIAS_TO_ID.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => {
      const body = escapeRe(a).replace(/ /g, '\\s*').replace(/'/g, "['’‘`]");
      const pre = /^[a-z0-9]/i.test(a) ? '(?<![A-Za-z0-9])' : '';
      const post = /[a-z0-9]$/i.test(a) ? '(?![A-Za-z0-9])' : '';
      return pre + body + post;
    });
  return new RegExp(parts.join('|'), 'giu');
})();

/**
 * The first four letters of every alias, built the way ALIAS_RE builds the whole alias (spaces as \s*,
 * any apostrophe) and with the same flags. ALIAS_RE cannot match where none of them does, and this
 * small alternation scans a sentence several times faster, so most sentences skip ALIAS_RE.
 */
const PREFIX_RE: RegExp = (() => {
  const prefixes = new Set<string>();
  for (const a of ALIAS_TO_ID.keys()) {
    let body = '';
    let letters = 0;
    for (const ch of a) {
      if (letters === 4) break;
      if (ch === ' ') {
        body += '\\s*';
        continue;
      }
      body += ch === "'" ? "['’‘`]" : escapeRe(ch);
      letters++;
    }
    prefixes.add(body);
  }
  return new RegExp([...prefixes].join('|'), 'iu');
})();

/**
 * Benchmark mentions in text[from, to), left to right, non-overlapping. `prefilter: false` runs the full
 * matcher on every text (the reference the prefilter's test compares against).
 */
export function findBenchmarkMentions(
  text: string,
  from = 0,
  to = text.length,
  prefilter = true,
): BenchmarkMention[] {
  const out: BenchmarkMention[] = [];
  const slice = text.slice(from, to);
  if (prefilter && !PREFIX_RE.test(slice)) return out;
  ALIAS_RE.lastIndex = 0;
  for (let m = ALIAS_RE.exec(slice); m; m = ALIAS_RE.exec(slice)) {
    const id = ALIAS_TO_ID.get(aliasKey(m[0]));
    if (id) out.push({ id, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
