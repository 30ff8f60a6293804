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

/** The reader's state while it composes one run of number words (readEnglishWords). */
interface Words {
  i: number;
  end: number;
  total: number;
  section: number;
  cur: number | null;
  lastBig: number;
  count: number;
  ordinal: boolean;
  fraction: boolean;
  value: number;
  lastWasTens: boolean;
  pendingA: boolean;
  usedHundred: boolean;
  fold: boolean;
  andHalf: boolean;
}

/**
 * What one word says: it is part of the number (Word), a joining word that keeps a pending "a" (Filler), the number
 * ended (Stop: before it, or with it as its last word), or read on at the position already set (Jump).
 */
enum Next {
  Word,
  Filler,
  Stop,
  Jump,
}

/**
 * Reads a run of number words. Words join by one space or hyphen (or a dash); "and" may join
 * after hundred/thousand; "a"/"an" counts as one before hundred/thousand/million/dozen/fraction words.
 */
export function readEnglishWords(ctx: ScanCtx, start: number): NumRead | null {
  const t = ctx.text;
  const s: Words = {
    i: start,
    end: start,
    total: 0,
    section: 0,
    cur: null,
    lastBig: Number.POSITIVE_INFINITY,
    count: 0,
    ordinal: false,
    fraction: false,
    value: 0,
    lastWasTens: false,
    pendingA: false,
    usedHundred: false,
    fold: false,
    andHalf: false,
  };
  while (s.i < t.length) {
    ctx.steps++;
    const we = wordEnd(t, s.i);
    if (we === s.i) break;
    const w = t.slice(s.i, we).toLowerCase();
    if (w.length > 30) break;
    const next = englishWord(t, s, w, we);
    if (next === Next.Stop) break;
    if (next === Next.Jump) continue;
    if (next === Next.Word) s.pendingA = false;
    // Joiner: one space, a hyphen or a dash, followed by a letter.
    const j = t.charCodeAt(we);
    if ((j === 32 || j === 45 || j === 0x2014 || j === 0x2013) && isLetter(t.charCodeAt(we + 1))) {
      s.i = we + 1;
      continue;
    }
    break;
  }
  if (s.count === 0) {
    // "a dollar", "a kilogram": the article stands for one before a unit.
    if (!s.pendingA) return null;
    return {
      start,
      end: wordEnd(t, start),
      value: 1,
      digits: false,
      numerals: 1,
      plain: false,
      formatted: false,
      leadingZero: false,
      words: true,
    };
  }
  return wordsResult(t, s, start);
}

/** One word of the run, ending at we. */
function englishWord(t: string, s: Words, w: string, we: number): Next {
  if (s.count === 0) {
    const first = firstWordForm(s, w, we);
    if (first !== undefined) return first;
  }
  if (w === 'and' && s.count > 0 && s.total === 0 && s.cur !== null && AND_A_HALF.test(t.slice(we, we + 8))) {
    // "five and a half million", "two and a half years": x.5 (times a scale word after it).
    s.andHalf = true;
    const articleEnd = wordEnd(t, we + 1);
    s.end = wordEnd(t, articleEnd + 1);
    s.count++;
    return Next.Stop;
  }
  if ((w === 'a' || w === 'an') && s.count === 0) {
    s.pendingA = true;
    return Next.Filler;
  }
  // "one hundred and five"
  if (w === 'and' && s.count > 0 && s.cur === null && !s.fraction) return Next.Filler;
  const one = ONES[w];
  if (one !== undefined) return onesWord(s, one, we);
  const tens = TENS[w];
  if (tens !== undefined) return tensWord(s, tens, we);
  if (w === 'hundred' || w === 'hundreds') return hundredWord(s, we);
  if (w === 'dozen' || w === 'dozens') return dozenWord(s, we);
  const sc = SCALES[w];
  if (sc !== undefined) return scaleWord(t, s, sc, we);
  if (ORDINALS[w] !== undefined && (s.cur === null || s.lastWasTens) && !s.pendingA) {
    if (DENOMS[w] !== undefined && s.cur !== null && !s.lastWasTens) return Next.Stop;
    s.cur = (s.cur ?? 0) + ORDINALS[w]!;
    s.ordinal = true;
    s.end = we;
    s.count++;
    return Next.Stop;
  }
  if (
    DENOMS[w] !== undefined &&
    (s.pendingA || (s.cur !== null && s.cur < 100 && s.section === 0 && s.total === 0))
  ) {
    const num = s.pendingA ? 1 : s.cur!;
    s.value = num / DENOMS[w]!;
    s.fraction = true;
    s.end = we;
    s.count++;
  }
  return Next.Stop;
}

/** Words that are a whole number by themselves, first in a run: "tenfold", "twentyfifth", "twice", "half". */
function firstWordForm(s: Words, w: string, we: number): Next | undefined {
  const glued = w.endsWith('fold') && w.length > 4 ? null : splitGlued(w);
  if (w.endsWith('fold') && w.length > 4) {
    const base = w.slice(0, -4);
    const v = ONES[base] ?? TENS[base] ?? (base === 'hundred' ? 100 : base === 'thousand' ? 1000 : undefined);
    if (v === undefined) return Next.Stop;
    s.cur = v;
    s.fold = true;
  } else if (glued) {
    const [tw, rest] = glued;
    s.cur = TENS[tw]! + (ONES[rest] ?? ORDINALS[rest]!);
    s.ordinal = ORDINALS[rest] !== undefined;
    s.count++;
  } else if (w === 'twice') {
    s.cur = 2;
    s.fold = true;
  } else if (w === 'half' || w === 'quarter') {
    s.value = w === 'half' ? 0.5 : 0.25;
    s.fraction = true;
  } else return undefined;
  s.end = we;
  s.count++;
  return Next.Stop;
}

function onesWord(s: Words, v: number, we: number): Next {
  if (s.cur !== null && !(s.lastWasTens && v < 10)) return Next.Stop;
  s.cur = s.lastWasTens && s.cur !== null ? s.cur + v : v;
  s.lastWasTens = false;
  s.end = we;
  s.count++;
  return Next.Word;
}

function tensWord(s: Words, v: number, we: number): Next {
  if (s.cur !== null) {
    // "one twenty two" = 122 (spoken hundreds)
    if (!(s.cur < 10 && !s.lastWasTens && s.count === 1 && s.section === 0 && s.total === 0))
      return Next.Stop;
    s.section += s.cur * 100;
  }
  s.cur = v;
  s.lastWasTens = true;
  s.end = we;
  s.count++;
  return Next.Word;
}

function hundredWord(s: Words, we: number): Next {
  if (s.usedHundred && s.cur === null) return Next.Stop;
  if (s.cur === null && !s.pendingA && s.count > 0) return Next.Stop;
  s.section += (s.cur ?? 1) * 100;
  s.cur = null;
  s.usedHundred = true;
  s.lastWasTens = false;
  s.end = we;
  s.count++;
  return Next.Word;
}

function dozenWord(s: Words, we: number): Next {
  if (s.count > 0 && s.cur === null && s.section === 0) return Next.Stop;
  const dz: number = s.section + (s.cur ?? (s.section > 0 ? 0 : 1));
  s.section = 0;
  s.cur = dz * 12;
  s.end = we;
  s.count++;
  s.lastWasTens = false;
  return Next.Word;
}

/** thousand, million, lakh, crore …: closes the section below it. */
function scaleWord(t: string, s: Words, sc: number, we: number): Next {
  if (sc >= s.lastBig && !(sc === 1e6 && s.lastBig === 1e3)) return Next.Stop;
  let sum = s.section + (s.cur ?? 0);
  if (sum === 0 && s.total > 0 && sc > s.lastBig) {
    // "three thousand millions" (the long-scale way of writing three billion)
    s.total *= sc;
    s.lastBig = sc;
    s.end = we;
    s.count++;
    if (t.charCodeAt(we) === 32 && isLetter(t.charCodeAt(we + 1))) {
      s.i = we + 1;
      return Next.Jump;
    }
    return Next.Stop;
  }
  if (sum === 0) {
    if (!s.pendingA) return Next.Stop;
    sum = 1;
  }
  if (sc > s.lastBig) {
    s.total = (s.total + sum) * sc; // "three thousand millions"
  } else s.total += sum * sc;
  s.section = 0;
  s.cur = null;
  s.lastBig = sc;
  s.usedHundred = false;
  s.lastWasTens = false;
  s.end = we;
  s.count++;
  return Next.Word;
}

/** The run's value: x.5 for "and a half", a fraction of a scale word ("half a million"), or the sum. */
function wordsResult(t: string, s: Words, start: number): NumRead {
  let value = s.value;
  let end = s.end;
  let fraction = s.fraction;
  let count = s.count;
  if (s.andHalf) {
    value = s.section + (s.cur ?? 0) + 0.5;
    const m = /^ (thousand|million|billion|trillion)\b/i.exec(t.slice(end, end + 10));
    if (m) {
      value *= SCALES[m[1]!.toLowerCase()]!;
      end += m[0].length;
    }
  } else if (!fraction) value = s.total + s.section + (s.cur ?? 0);
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
  if (s.ordinal) r.ordinal = true;
  if (fraction) r.fraction = true;
  if (s.fold) r.fold = true;
  return r;
}
