// Hedges, bounds and "per" words around a number: 약/about (approx), 이상/at least (bound), 시간당/per hour (rate).

import type { Bound } from '../types.js';
import { isHangul, isLatin, isSpace } from './chars.js';
import type { ScanCtx } from './types.js';

export interface Mod {
  /** New start (prefix) or end (suffix) when the word joins the claim's text. */
  at: number;
  approx?: boolean;
  bound?: Bound;
}

type ModRow = [string, boolean, Bound | undefined];

const KO_PREFIX: ModRow[] = [
  ['약', true, undefined],
  ['대략', true, undefined],
  ['얼추', true, undefined],
  ['줄잡아', true, undefined],
  ['어림잡아', true, undefined],
  ['거의', true, undefined],
  ['최대', false, 'at-most'],
  ['최고', false, 'at-most'],
  ['최소', false, 'at-least'],
  ['적어도', false, 'at-least'],
  ['最多', false, 'at-most'],
  ['至少', false, 'at-least'],
  ['起碼', false, 'at-least'],
  ['最大', false, 'at-most'],
  ['最低', false, 'at-least'],
  ['超过', false, 'more-than'],
  ['超過', false, 'more-than'],
  ['不到', false, 'less-than'],
  ['大约', true, undefined],
  ['大約', true, undefined],
  ['约', true, undefined],
  ['約', true, undefined],
  ['近', true, undefined],
];

/** Suffixes that join the claim when attached or after one space. */
const KO_SUFFIX: ModRow[] = [
  ['또는 그 이상', false, 'at-least'],
  ['혹은 그 이상', false, 'at-least'],
  ['또는 그 이하', false, 'at-most'],
  ['혹은 그 이하', false, 'at-most'],
  ['또는 그 미만', false, 'at-most'],
  ['혹은 그 미만', false, 'at-most'],
  ['이상', false, 'at-least'],
  ['이하', false, 'at-most'],
  ['초과', false, 'more-than'],
  ['미만', false, 'less-than'],
  ['이내', false, 'at-most'],
  ['넘게', false, 'more-than'],
  ['가량', true, undefined],
  ['정도', true, undefined],
  ['안팎', true, undefined],
  ['내외', true, undefined],
  ['남짓', true, undefined],
  ['수준', true, undefined],
  ['전후', true, undefined],
  ['가까이', true, undefined],
  ['쯤', true, undefined],
  ['육박', true, undefined],
  ['돌파', false, 'more-than'],
  // Words that only join the quote: 5만원권 (a banknote), 1000달러 어치 (worth), 2억원 상당, 29만원짜리.
  ['어치', false, undefined],
  ['짜리', false, undefined],
  ['상당', false, undefined],
  ['권', false, undefined],
  ['급', false, undefined],
  // 1,380원대 (in the 1,380 range), 30만원꼴 (about 300,000 each): attached only.
  ['대', true, undefined],
  ['꼴', true, undefined],
  ['以上', false, 'at-least'],
  ['以下', false, 'at-most'],
  ['以内', false, 'at-most'],
  ['以內', false, 'at-most'],
  ['未満', false, 'less-than'],
  ['左右', true, undefined],
  ['上下', true, undefined],
  ['前後', true, undefined],
  ['程度', true, undefined],
  ['ほど', true, undefined],
  ['近く', true, undefined],
  ['超', false, 'more-than'],
];

/** Verbs reached through a particle: "1만명을 넘는", "100억원에 육박" (flag only, text not extended). */
const KO_VERB: ModRow[] = [
  ['넘', false, 'more-than'],
  ['돌파', false, 'more-than'],
  ['웃돌', false, 'more-than'],
  ['상회', false, 'more-than'],
  ['초과', false, 'more-than'],
  ['밑돌', false, 'less-than'],
  ['하회', false, 'less-than'],
  ['육박', true, undefined],
];
const PARTICLES = ['을', '를', '이', '가', '에', '은', '는', '으로', '로'];
/** First characters of the lists above, to skip a list at once when the next character starts none of its words. */
const KO_SUFFIX_FIRST = new Set(KO_SUFFIX.map(([w]) => w.charCodeAt(0)));
const PARTICLE_FIRST = new Set(PARTICLES.map((w) => w.charCodeAt(0)));
const NONE: ModRow[] = [];
const WS = /\s/;

/** "100보다 크다", "20명보다 많은", "5000 보다 크거나 같다": a comparison with the figure (flag only). */
const KO_THAN =
  /^ ?보다는? ?(?:(크|많|높|길|넓|무겁|비싸|큰|많은|높은)|(작|적|낮|짧|좁|가볍|싸|작은|적은|낮은))(거나 같)?/;

const EN_PREFIX =
  /(?:^|[^A-Za-z])(about|around|roughly|nearly|almost|approximately|approx\.|some|an estimated|estimated|close to|circa|ca\.|more than|over|above|in excess of|up to|at least|at most|no more than|no less than|not less than|not more than|fewer than|less than|under|below|lower than|higher than|greater than|larger than|bigger than|smaller than|as many as|as much as|as high as|as little as|as few as|just over|just under|exactly|(?:less|fewer|smaller|lower|greater|more|larger|bigger|higher) than or equal to|(?:less|smaller|lower|greater|larger|bigger|higher) or equal (?:than|to)|~)\s?$/i;

const EN_BOUND: Record<string, Bound> = {
  'more than': 'more-than',
  over: 'more-than',
  above: 'more-than',
  'in excess of': 'more-than',
  'higher than': 'more-than',
  'greater than': 'more-than',
  'larger than': 'more-than',
  'bigger than': 'more-than',
  'smaller than': 'less-than',
  'just over': 'more-than',
  'up to': 'at-most',
  'at most': 'at-most',
  'no more than': 'at-most',
  'not more than': 'at-most',
  'as many as': 'at-most',
  'as much as': 'at-most',
  'as high as': 'at-most',
  'at least': 'at-least',
  'no less than': 'at-least',
  'not less than': 'at-least',
  'fewer than': 'less-than',
  'less than': 'less-than',
  under: 'less-than',
  below: 'less-than',
  'lower than': 'less-than',
  'just under': 'less-than',
  'as little as': 'at-least',
  'as few as': 'at-least',
};

/** "less than or equal to 100", "greater or equal than 50": closed bounds. */
function orEqualBound(word: string): Bound | undefined {
  if (!/or equal/.test(word)) return undefined;
  return /^(?:less|fewer|smaller|lower)/.test(word) ? 'at-most' : 'at-least';
}

/** Verbs before an amount ("sales topped $1 billion", "exceeding 150"): a bound flag, the quote stays the figure. */
const EN_VERB_BOUND = /(?:^|[^A-Za-z])(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|tops)\s$/i;

const AFTER_NUMBER =
  /(?:\d[%$€£¥]?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent|dollars|euros))\s$/i;

const startsAt = (t: string, i: number, w: string): boolean => t.startsWith(w, i);

/** Hedge or bound written before the number (start = first char of the number or currency sign). */
export function prefixMod(ctx: ScanCtx, start: number, floor: number): Mod | null {
  const t = ctx.text;
  if (
    ctx.lang === 'en' ||
    (start > 0 && isLatin(t.charCodeAt(start - 1 - (isSpace(t.charCodeAt(start - 1)) ? 1 : 0))))
  ) {
    // 24 characters cover every hedge; only the "… or equal to" forms need a longer look back.
    const orEq = t.startsWith('equal', start - 9) || t.startsWith('equal', start - 11);
    const from = Math.max(floor, start - (orEq ? 34 : 24));
    const m = EN_PREFIX.exec(t.slice(from, start));
    if (m) {
      const word = m[1]!.toLowerCase();
      const realAt = from + m.index + (m[0].length - m[1]!.length - (/\s$/.test(m[0]) ? 1 : 0));
      if (word === 'exactly') return { at: realAt };
      // "$5 over 3 years", "one over 3": after another number, over/under relate the two, not a bound.
      if (
        /^(?:over|under|above|below)$/.test(word) &&
        AFTER_NUMBER.test(t.slice(Math.max(0, realAt - 12), realAt)) &&
        !/(?:^|[^\d,.])(?:1[89]|20)\d\d\s$/.test(t.slice(Math.max(0, realAt - 6), realAt))
      )
        return null;
      const bound = EN_BOUND[word] ?? orEqualBound(word);
      if (bound) return { at: realAt, bound, approx: word.startsWith('just') };
      return { at: realAt, approx: true };
    }
    if (ctx.lang === 'en') {
      const last = t[start - 2];
      if (
        (last === 'd' || last === 's' || last === 'g') &&
        start > floor &&
        EN_VERB_BOUND.test(t.slice(Math.max(floor, start - 12), start))
      )
        return { at: start, bound: 'more-than' };
      return null;
    }
  }
  let j = start;
  if (j > floor && isSpace(t.charCodeAt(j - 1))) j--;
  for (const [w, approx, bound] of KO_PREFIX) {
    const s = j - w.length;
    if (s < floor || !startsAt(t, s, w)) continue;
    if (s > 0 && isHangul(t.charCodeAt(s - 1)) && w.length < 3) continue;
    const r: Mod = { at: s };
    if (approx) r.approx = true;
    if (bound) r.bound = bound;
    return r;
  }
  return null;
}

/** Hedge or bound after the claim's end. */
export function suffixMod(ctx: ScanCtx, end: number): Mod | null {
  const t = ctx.text;
  if (ctx.lang === 'en') {
    // The words below start with white space, "o", "-", "p" or "+": after anything else there is nothing to match.
    const c = t.charCodeAt(end);
    if (!(c === 43 || c === 45 || (c | 0x20) === 0x6f || (c | 0x20) === 0x70 || WS.test(t.charAt(end))))
      return null;
    const m =
      /^(?:\s?(?:or more|or over|or higher|or greater|or above|or less|or fewer|or lower|or below|or so|or thereabouts)\b|-?plus\b|\+)/i.exec(
        t.slice(end, end + 16),
      );
    if (!m) return null;
    const w = m[0].toLowerCase();
    const at = end + m[0].length;
    if (w.includes('or so') || w.includes('thereabouts')) return { at, approx: true };
    if (/less|fewer|lower|below/.test(w)) return { at, bound: 'at-most' };
    return { at, bound: 'at-least' };
  }
  let j = end;
  if (isSpace(t.charCodeAt(j))) j++;
  // Most figures are followed by none of these words: one set lookup on the next character skips the list.
  for (const [w, approx, bound] of KO_SUFFIX_FIRST.has(t.charCodeAt(j)) ? KO_SUFFIX : NONE) {
    if (!startsAt(t, j, w)) continue;
    if (j > end && (w === '권' || w === '급' || w === '쯤' || w === '대' || w === '꼴')) continue; // 5만원권: attached only
    if (w === '이상' && isHangul(t.charCodeAt(j + 2)) && startsAt(t, j + 2, '한')) continue;
    const r: Mod = { at: j + w.length };
    if (approx) r.approx = true;
    if (bound) r.bound = bound;
    return r;
  }
  const than =
    t.charCodeAt(j) === 0xbcf4 /* 보 */ || t.charCodeAt(end) === 0xbcf4
      ? KO_THAN.exec(t.slice(end, end + 14))
      : null;
  // "전년 3%보다 높은 4%": the first figure is what the second is compared with, not a bound.
  if (than && !/^[은는]? ?[0-9]/.test(t.slice(end + than[0].length, end + than[0].length + 3))) {
    const orEqual = than[3] !== undefined;
    return {
      at: end,
      bound: than[1] ? (orEqual ? 'at-least' : 'more-than') : orEqual ? 'at-most' : 'less-than',
    };
  }
  // Through a particle: flag only.
  if (!PARTICLE_FIRST.has(t.charCodeAt(end))) return null;
  for (const p of PARTICLES) {
    if (!startsAt(t, end, p)) continue;
    let k = end + p.length;
    if (isSpace(t.charCodeAt(k))) k++;
    for (const [w, approx, bound] of KO_VERB) {
      if (!startsAt(t, k, w)) continue;
      const r: Mod = { at: end };
      if (approx) r.approx = true;
      if (bound) r.bound = bound;
      return r;
    }
  }
  return null;
}

const KO_PER: Record<string, string> = {
  시간: 'hour',
  인: 'person',
  '1인': 'person',
  명: 'person',
  주: 'share',
  배럴: 'barrel',
  개: 'unit',
  일: 'day',
  하루: 'day',
  월: 'month',
  달: 'month',
  연: 'year',
  년: 'year',
  톤: 'ton',
  가구: 'household',
  kg: 'kg',
  '㎏': 'kg',
  킬로그램: 'kg',
  평: 'pyeong',
  '㎡': 'm2',
  회: 'time',
  건: 'case',
  분: 'minute',
  대: 'unit',
  '12 개': 'dozen',
};

/** "시간당 2달러", "1인당 …", "주당 1.40 달러": returns the start of the "…당" word and the per unit. */
export function koPerPrefix(ctx: ScanCtx, start: number, floor: number): { at: number; per: string } | null {
  const t = ctx.text;
  let j = start;
  if (j > floor && isSpace(t.charCodeAt(j - 1))) j--;
  // "1인당 평균 30만원": an adverb may stand between the per-word and the amount.
  for (const adv of ['평균', '약', '최대', '최소']) {
    if (
      j - adv.length - 1 >= floor &&
      t.startsWith(adv, j - adv.length) &&
      isSpace(t.charCodeAt(j - adv.length - 1))
    ) {
      j -= adv.length + 1;
      break;
    }
  }
  if (j - 1 < floor || t.charCodeAt(j - 1) !== 0xb2f9 /* 당 */) return null;
  let s = j - 1;
  while (
    s > floor &&
    s > j - 8 &&
    !isSpace(t.charCodeAt(s - 1)) &&
    !(/[(,."'“‘]/.test(t[s - 1]!) && !(t[s - 1] === '.' && /[0-9]/.test(t[s - 2] ?? '')))
  ) {
    s--;
  }
  const stem = t.slice(s, j - 1);
  if (stem === '') return null;
  // 1인당 → person; 3.3㎡당 stays "3.3㎡" (per pyeong-sized area, not per square metre).
  const per =
    KO_PER[stem] ??
    (/^[0-9]/.test(stem) && !/^1[^0-9.]/.test(stem) ? stem : KO_PER[stem.replace(/^[0-9.]+/, '')]) ??
    stem;
  return { at: s, per };
}

/** "월 300만원", "연 5000만원": money per month/year written before the amount. */
export function koPeriodPrefix(
  ctx: ScanCtx,
  start: number,
  floor: number,
): { at: number; per: string } | null {
  const t = ctx.text;
  if (start - 2 < floor || !isSpace(t.charCodeAt(start - 1))) return null;
  const ch = t[start - 2];
  const per = ch === '월' ? 'month' : ch === '연' ? 'year' : null;
  if (!per) return null;
  if (start - 3 >= 0 && isHangul(t.charCodeAt(start - 3))) return null;
  return { at: start - 2, per };
}

const EN_PER =
  /^(?:\s?(?:per|an|a|each|\/)\s?(hour|hr|h|day|week|month|year|yr|share|person|capita|head|barrel|ton|tonne|kg|kilogram|pound|lb|gallon|litre|liter|unit|night|mile|seat|user|employee|student|household|worker|month))\b/i;

const EN_PER_NORM: Record<string, string> = {
  hr: 'hour',
  h: 'hour',
  yr: 'year',
  capita: 'person',
  head: 'person',
  tonne: 'ton',
  kilogram: 'kg',
  pound: 'lb',
  liter: 'litre',
};

/** "$2 per hour", "$2/hour", "$2 an hour", "$1.40 a share". */
export function enPerSuffix(ctx: ScanCtx, end: number): { at: number; per: string } | null {
  const m = EN_PER.exec(ctx.text.slice(end, end + 24));
  if (!m) return null;
  const raw = m[1]!.toLowerCase();
  return { at: end + m[0].length, per: EN_PER_NORM[raw] ?? raw };
}
