// Reads English number words: "two thousand", "one hundred and five", "a dozen", "twenty-fifth", "two-thirds", "tenfold".
import type { NumRead, ScanCtx } from './types.js';

const ONES: Record<string, number> = {
  zero: 0,
  naught: 0,
  nought: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  koti: 1e7,
  krores: 1e7,
  kr: 1e7,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1e6,
};
/** Denominators: "a third", "two-thirds", "one-tenth". */
const DENOMS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1000,
  thousandths: 1000,
};

/** Scale words after a figure: "5.6 million", "$10K", "$5.576M", "3bn". Tight ones must touch the digits. */
export const EN_SCALE_AFTER: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lkh: 1e5,
  lkhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  dozen: 12,
  dozens: 12,
};
export const EN_SCALE_TIGHT: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  m: 1e6,
  B: 1e9,
  b: 1e9,
  G: 1e9,
  T: 1e12,
};

const AND_A_HALF = /^ an? half\b/i;
const FRACTION_OF_SCALE = /^(?: of)?(?: an?)? (thousand|million|billion|trillion|dozen)\b/i;

const isLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** Reads one ASCII word at i (letters only); returns its end. */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** Splits glued forms like "twentyfifth", "fortysecond", "tenfold". */
function splitGlued(w: string): [string, string] | null {
  for (const tens of Object.keys(TENS)) {
    if (w.startsWith(tens) && w.length > tens.length) {
      const rest = w.slice(tens.length);
      if (ONES[rest] !== undefined || ORDINALS[rest] !== undefined) return [tens, rest];
    }
  }
  return null;
}

/**
 * Reads a run of number words. Words join by one space or hyphen (or a dash); "and" may join
 * after hundred/thousand; "a"/"an" counts as one before hundred/thousand/million/dozen/fraction words.
 */
export function readEnglishWords(ctx: ScanCtx, start: number): NumRead | null {
  const t = ctx.text;
  let total = 0;
  let section = 0;
  let cur: number | null = null;
  let lastBig = Number.POSITIVE_INFINITY;
  let i = start;
  let end = start;
  let count = 0;
  let ordinal = false;
  let fraction = false;
  let value = 0;
  let lastWasTens = false;
  let pendingA = false;
  let usedHundred = false;
  let fold = false;
  let andHalf = false;
  while (i < t.length) {
    ctx.steps++;
    const we = wordEnd(t, i);
    if (we === i) break;
    let w = t.slice(i, we).toLowerCase();
    if (w.length > 30) break;
    if (w.endsWith('fold') && w.length > 4 && count === 0) {
      const base = w.slice(0, -4);
      const v =
        ONES[base] ?? TENS[base] ?? (base === 'hundred' ? 100 : base === 'thousand' ? 1000 : undefined);
      if (v === undefined) break;
      cur = v;
      fold = true;
      end = we;
      count++;
      break;
    }
    const glued = splitGlued(w);
    if (glued && count === 0) {
      const [tw, rest] = glued;
      cur = TENS[tw]! + (ONES[rest] ?? ORDINALS[rest]!);
      ordinal = ORDINALS[rest] !== undefined;
      end = we;
      count += 2;
      break;
    }
    if (w === 'twice' && count === 0) {
      cur = 2;
      fold = true;
      end = we;
      count++;
      break;
    }
    if ((w === 'half' || w === 'quarter') && count === 0) {
      value = w === 'half' ? 0.5 : 0.25;
      fraction = true;
      end = we;
      count++;
      break;
    }
    if (w === 'and' && count > 0 && total === 0 && cur !== null && AND_A_HALF.test(t.slice(we, we + 8))) {
      // "five and a half million", "two and a half years": x.5 (times a scale word after it).
      andHalf = true;
      const articleEnd = wordEnd(t, we + 1);
      end = wordEnd(t, articleEnd + 1);
      count++;
      break;
    }
    if ((w === 'a' || w === 'an') && count === 0) {
      pendingA = true;
      w = '';
    } else if (w === 'and' && count > 0 && cur === null && !fraction) {
      // "one hundred and five"
      w = '';
    } else if (ONES[w] !== undefined) {
      const v = ONES[w]!;
      if (cur !== null && !(lastWasTens && v < 10)) break;
      cur = lastWasTens && cur !== null ? cur + v : v;
      lastWasTens = false;
      end = we;
      count++;
    } else if (TENS[w] !== undefined) {
      if (cur !== null) {
        // "one twenty two" = 122 (spoken hundreds)
        if (!(cur < 10 && !lastWasTens && count === 1 && section === 0 && total === 0)) break;
        section += cur * 100;
      }
      cur = TENS[w]!;
      lastWasTens = true;
      end = we;
      count++;
    } else if (w === 'hundred' || w === 'hundreds') {
      if (usedHundred && cur === null) break;
      if (cur === null && !pendingA && count > 0) break;
      section += (cur ?? 1) * 100;
      cur = null;
      usedHundred = true;
      lastWasTens = false;
      end = we;
      count++;
    } else if (w === 'dozen' || w === 'dozens') {
      if (count > 0 && cur === null && section === 0) break;
      const dz: number = section + (cur ?? (section > 0 ? 0 : 1));
      section = 0;
      cur = dz * 12;
      end = we;
      count++;
      lastWasTens = false;
    } else if (SCALES[w] !== undefined) {
      const sc = SCALES[w]!;
      if (sc >= lastBig && !(sc === 1e6 && lastBig === 1e3)) break;
      let s = section + (cur ?? 0);
      if (s === 0 && total > 0 && sc > lastBig) {
        // "three thousand millions" (the long-scale way of writing three billion)
        total *= sc;
        lastBig = sc;
        end = we;
        count++;
        const jn = t.charCodeAt(we);
        if (jn === 32 && isLetter(t.charCodeAt(we + 1))) {
          i = we + 1;
          continue;
        }
        break;
      }
      if (s === 0) {
        if (!pendingA && count > 0) break;
        if (!pendingA && count === 0) break;
        s = 1;
      }
      if (sc > lastBig) {
        total = (total + s) * sc; // "three thousand millions"
      } else total += s * sc;
      section = 0;
      cur = null;
      lastBig = sc;
      usedHundred = false;
      lastWasTens = false;
      end = we;
      count++;
    } else if (ORDINALS[w] !== undefined && (cur === null || lastWasTens) && !pendingA) {
      const v = ORDINALS[w]!;
      if (DENOMS[w] !== undefined && cur !== null && !lastWasTens) break;
      cur = (cur ?? 0) + v;
      ordinal = true;
      end = we;
      count++;
      break;
    } else if (
      DENOMS[w] !== undefined &&
      (pendingA || (cur !== null && cur < 100 && section === 0 && total === 0))
    ) {
      const num = pendingA ? 1 : cur!;
      value = num / DENOMS[w]!;
      fraction = true;
      end = we;
      count++;
      break;
    } else break;
    if (w !== '') pendingA = false;
    // Joiner: one space, a hyphen or a dash, followed by a letter.
    const j = t.charCodeAt(we);
    if ((j === 32 || j === 45 || j === 0x2014 || j === 0x2013) && isLetter(t.charCodeAt(we + 1))) {
      i = we + 1;
      continue;
    }
    break;
  }
  if (count === 0) {
    // "a dollar", "a kilogram": the article stands for one before a unit.
    if (!pendingA) return null;
    const aEnd = wordEnd(t, start);
    return {
      start,
      end: aEnd,
      value: 1,
      digits: false,
      numerals: 1,
      plain: false,
      formatted: false,
      leadingZero: false,
      words: true,
    };
  }
  if (andHalf) {
    value = section + (cur ?? 0) + 0.5;
    const m = /^ (thousand|million|billion|trillion)\b/i.exec(t.slice(end, end + 10));
    if (m) {
      value *= SCALES[m[1]!.toLowerCase()]!;
      end += m[0].length;
    }
  } else if (!fraction) value = total + section + (cur ?? 0);
  else {
    // "half a million", "a quarter million", "three quarters of a billion": a fraction of a scale word.
    const m = FRACTION_OF_SCALE.exec(t.slice(end, end + 24));
    if (m) {
      value *= SCALES[m[1]!.toLowerCase()] ?? 12;
      end += m[0].length;
      fraction = false;
      count++;
    }
  }
  const r: NumRead = {
    start,
    end,
    value,
    digits: false,
    numerals: count,
    plain: false,
    formatted: false,
    leadingZero: false,
    words: true,
  };
  if (ordinal) r.ordinal = true;
  if (fraction) r.fraction = true;
  if (fold) r.fold = true;
  return r;
}
