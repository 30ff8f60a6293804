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

/** The first `letters` letters of each alias, built the way ALIAS_RE builds the whole alias (spaces as \s*, any apostrophe). */
function prefixSource(aliases: Iterable<string>, letters: number): string {
  const prefixes = new Set<string>();
  for (const a of aliases) {
    let body = '';
    let n = 0;
    for (const ch of a) {
      if (n === letters) break;
      if (ch === ' ') {
        body += '\\s*';
        continue;
      }
      body += ch === "'" ? "['’‘`]" : escapeRe(ch);
      n++;
    }
    prefixes.add(body);
  }
  return [...prefixes].join('|');
}

/**
 * The first four letters of every alias, with ALIAS_RE's flags. ALIAS_RE cannot match where none of them does, and
 * this small alternation scans a sentence several times faster, so most sentences skip ALIAS_RE.
 */
const PREFIX_RE: RegExp = new RegExp(prefixSource(ALIAS_TO_ID.keys(), 4), 'iu');

/**
 * The first six letters of the aliases that hold a digit (MATH-500, AIME 2024, KoBALT-700). A mention's digits come
 * from its alias, so where none of these is found, no mention holds a digit.
 */
const DIGIT_PREFIX_RE: RegExp = new RegExp(
  prefixSource(
    [...ALIAS_TO_ID.keys()].filter((a) => /\d/.test(a)),
    6,
  ),
  'iu',
);

/**
 * Whether findBenchmarkMentions(text) can give a mention holding a digit: the detector leaves only such names'
 * numbers out, and most texts name no such benchmark, so it skips the whole search.
 */
export function mayNameWithDigits(text: string): boolean {
  return DIGIT_PREFIX_RE.test(text);
}

/** PREFIX_RE finding every place an alias can start, and ALIAS_RE tried at one such place. */
const PREFIX_G: RegExp = new RegExp(PREFIX_RE.source, 'giu');
const ALIAS_AT: RegExp = new RegExp(ALIAS_RE.source, 'iuy');

/**
 * Benchmark mentions in text[from, to), left to right, non-overlapping. ALIAS_RE is tried only where PREFIX_RE
 * matches: in a long text the prefixes turn up somewhere, and ALIAS_RE scanning all of it cost more than the rest
 * of the number-free path. `prefilter: false` runs the full matcher over the text (the reference the tests compare
 * against).
 */
export function findBenchmarkMentions(
  text: string,
  from = 0,
  to = text.length,
  prefilter = true,
): BenchmarkMention[] {
  if (prefilter && text === last.text && from === last.from && to === last.to) return last.found.slice();
  const out: BenchmarkMention[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!prefilter) {
    ALIAS_RE.lastIndex = 0;
    for (let m = ALIAS_RE.exec(slice); m; m = ALIAS_RE.exec(slice)) {
      const id = ALIAS_TO_ID.get(aliasKey(m[0]));
      if (id) out.push({ id, start: from + m.index, end: from + m.index + m[0].length });
    }
    return out;
  }
  // ALIAS_RE's leftmost match from a position is at the first place from there where one of its alternatives
  // matches, the first alternative that does; every such place is a PREFIX_RE match, where ALIAS_AT tries the
  // same alternatives in the same order.
  PREFIX_G.lastIndex = 0;
  for (let p = PREFIX_G.exec(slice); p; p = PREFIX_G.exec(slice)) {
    const at = p.index;
    ALIAS_AT.lastIndex = at;
    const m = ALIAS_AT.exec(slice);
    if (!m) {
      PREFIX_G.lastIndex = at + 1;
      continue;
    }
    const id = ALIAS_TO_ID.get(aliasKey(m[0]));
    if (id) out.push({ id, start: from + at, end: from + at + m[0].length });
    PREFIX_G.lastIndex = at + m[0].length;
  }
  last = { text, from, to, found: out.slice() };
  return out;
}

/**
 * The last answer: analyze() asks about the same text twice in a row (the detector leaves benchmark names' digits
 * out, then the document model links scores to them).
 */
let last: { text: string; from: number; to: number; found: BenchmarkMention[] } = {
  text: '',
  from: -1,
  to: -1,
  found: [],
};
