// Pairs claims compared in the same sentence: same kind and unit, with a comparison marker (보다, vs, than …).
import type { Claim } from '../types.js';

const BETWEEN =
  /보다|대비|에\s*비해|비해|와\s*달리|과\s*달리|달리|앞섰|넘어|\bvs\.?|\bversus\b|\bthan\b|compared\s+(?:with|to)|\bagainst\b|ahead of|behind|\bunlike\b|\bwhile\b|\bwhereas\b|\bbeating\b|\bedging\b|\btopping\b/i;
const AFTER = /^\s*[)）]?\s*(?:보다|대비|에\s*비해|와\s*비교|과\s*비교)/;

function sameQuantity(a: Claim, b: Claim): boolean {
  if (a.kind === 'count' && b.kind === 'count') return true; // "1만6000개의 칩" vs "GPU 약 2000개"
  if (a.kind !== b.kind) return false;
  if (a.kind === 'score') return a.benchmark === b.benchmark || !a.benchmark || !b.benchmark;
  return a.unit === b.unit;
}

/**
 * Sets comparedWith both ways for compared claims in one sentence: each claim and the next claim of the
 * same quantity (claims of other kinds in between, such as a year the detector kept, are skipped).
 */
export function linkComparisons(text: string, sentenceClaims: Claim[]): void {
  for (let i = 0; i + 1 < sentenceClaims.length; i++) {
    const a = sentenceClaims[i]!;
    let b: Claim | undefined;
    for (let j = i + 1; j < sentenceClaims.length && !b; j++)
      if (sameQuantity(a, sentenceClaims[j]!)) b = sentenceClaims[j];
    if (!b) continue;
    const between = text.slice(a.end, b.start);
    const after = text.slice(b.end, b.end + 12);
    const paren = text[b.start - 1] === '(' && a.kind !== 'money';
    if (BETWEEN.test(between) || AFTER.test(after) || paren) {
      a.comparedWith ??= b.id;
      b.comparedWith ??= a.id;
      // A score compared with an unlinked score shares its benchmark ("65.9% … 챗GPT(63.4%)").
      if (a.benchmark && !b.benchmark && (b.kind === 'percent' || b.kind === 'score')) {
        b.benchmark = a.benchmark;
        b.kind = 'score';
      } else if (b.benchmark && !a.benchmark && (a.kind === 'percent' || a.kind === 'score')) {
        a.benchmark = b.benchmark;
        a.kind = 'score';
      }
    }
  }
}

/** A comparison or ranking said in words: the claims of a sentence (or the next one) are set against each other. */
const CUE =
  /보다|대비|비해|앞서|앞섰|앞질|넘어|넘는|넘었|능가|제치|제쳤|뒤처|뒤졌|뒤를|밀렸|상회|하회|격차|가장|최고|유일|1위|합격선|커트라인|기준점|\bpassing\b|\bthreshold\b|\bcutoff\b|\bthan\b|\bvs\.?|\bversus\b|\babove\b|\bbelow\b|\bbehind\b|\bahead\b|\bbetter\b|\bworse\b|\bhigher\b|\blower\b|\bbeat|\bedg(?:e|ed|ing)\b|\boutperform|\bsurpass|\btrail|\bfollow|\bimprovement\b|\bhighest\b|\btop(?:ped|ping)?\b|\bbest\b|\bfalls? short\b|\bwhereas\b|\bwhile\b/i;
/** Order words: the next sentence lists the runners-up one after another. */
const RANK_ORDER = /뒤를 이|이어|다음으로|\bfollow(?:ed|ing)\b|\bnext\b|\btrailing\b/i;

/** "5점 정도 더 높은", "9점 차", "by 3 points": a gap between scores, not a score to set against them. */
const GAP_AFTER = /^\s*(?:정도\s*)?(?:차이?|더|격차|앞|뒤)|^\s*(?:more|less|higher|lower|ahead|behind)\b/;
const GAP_BEFORE = /\bby\s+(?:just\s+|only\s+)?$/;
/** "500점 만점", "out of a possible 42": the scale, not a score. */
const SCALE_AFTER = /^\s*만점/;

function scoreKey(c: Claim, text: string): string | null {
  if (c.kind !== 'score') return null;
  const after = text.slice(c.end, c.end + 8);
  if (
    GAP_AFTER.test(after) ||
    SCALE_AFTER.test(after) ||
    GAP_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))
  )
    return null;
  const scale = c.unit === '%' ? '%' : 'pt';
  return `${c.benchmark ?? c.subject ?? ''}|${scale}`;
}

function setPair(a: Claim, b: Claim): void {
  a.comparedWith ??= b.id;
  b.comparedWith ??= a.id;
}

/**
 * Scores of one evaluation set side by side, across a paragraph: a sentence's list of scores ("A는 31.2%,
 * B는 26.4%, C는 20.7%", "A(54.3)는 B(42.5)와 C(48.6)보다") compares each with the first, and the first with the
 * second; a sentence that goes on from the previous one's scores ("… 41.0%로 가장 높았다. GPT-5.2는 31.4%")
 * compares its scores with the best score there (one after another when it lists runners-up).
 */
export function linkScoreLists(
  text: string,
  claims: Claim[],
  paragraphOf: (pos: number) => number,
  models: readonly { start: number; end: number }[] = [],
): void {
  const groups: Claim[][] = [];
  for (const c of claims) {
    if (scoreKey(c, text) === null) continue;
    const last = groups[groups.length - 1];
    if (last && last[0]!.sentence.start === c.sentence.start) last.push(c);
    else groups.push([c]);
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const keys = new Map<string, Claim[]>();
    for (const c of group) {
      const k = scoreKey(c, text)!;
      const list = keys.get(k);
      if (list) list.push(c);
      else keys.set(k, [c]);
    }
    for (const [key, list] of keys) {
      const prev = key.startsWith('|') ? undefined : previousScores(text, groups, g, key, paragraphOf);
      const sentence = text.slice(list[0]!.sentence.start, list[0]!.sentence.end);
      // A sentence that compares its own scores ("90%를 기록하며 제미나이(85.5%)보다") is read on its own.
      const inner = list.length >= 2 && AFTER.test(text.slice(list[1]!.end, list[1]!.end + 12));
      if (prev && !inner) {
        const prevSentence = text.slice(prev[0]!.sentence.start, prev[0]!.sentence.end);
        const between = text.slice(prev[prev.length - 1]!.end, list[0]!.sentence.end);
        if (CUE.test(between) || CUE.test(prevSentence)) {
          if (RANK_ORDER.test(sentence)) {
            let before = prev[prev.length - 1]!;
            for (const c of list) {
              setPair(c, before);
              before = c;
            }
          } else {
            const best = prev.reduce((a, b) => (b.value > a.value ? b : a));
            for (const c of list) c.comparedWith ??= best.id;
            best.comparedWith ??= list[0]!.id;
          }
          continue;
        }
      }
      if (list.length < 2) continue;
      // Unlinked scores with nothing named are compared only when the sentence says so.
      if (key.startsWith('|') && !CUE.test(sentence) && modelsIn(models, list[0]!.sentence) < 2) continue;
      setPair(list[0]!, list[1]!);
      for (let i = 2; i < list.length; i++) list[i]!.comparedWith ??= list[0]!.id;
    }
  }
}

/** The scores of the same evaluation in the nearest earlier sentence of the paragraph (at most two back), or the last of the paragraph before. */
function previousScores(
  text: string,
  groups: Claim[][],
  g: number,
  key: string,
  paragraphOf: (pos: number) => number,
): Claim[] | undefined {
  const here = groups[g]![0]!;
  const para = paragraphOf(here.sentence.start);
  for (let i = g - 1; i >= 0 && i >= g - 2; i--) {
    const first = groups[i]![0]!;
    // The sentence just before may open the paragraph before (news puts one or two sentences in a paragraph).
    const p = paragraphOf(first.sentence.start);
    if (p !== para && !(i === g - 1 && p === para - 1)) return undefined;
    const same = groups[i]!.filter((c) => scoreKey(c, text) === key);
    if (same.length) return same;
  }
  return undefined;
}

/** How many model names a sentence holds: scores of two or more models in one sentence are set side by side. */
function modelsIn(
  models: readonly { start: number; end: number }[],
  s: { start: number; end: number },
): number {
  let n = 0;
  for (const m of models) if (m.start >= s.start && m.end <= s.end) n++;
  return n;
}
