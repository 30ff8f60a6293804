// Number and money display for ko/en: Korean 만/억/조 grouping, English thousands and millions.
import type { UiLang } from './types.js';

/** Intl.NumberFormat is costly to build; pages format thousands of figures, so keep one per precision. */
const FORMATTERS = new Map<number, Intl.NumberFormat>();

/** Integer digits with thousands commas, by hand: Intl's format() costs microseconds per call on every caveat. */
function groupInteger(n: number): string {
  const s = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Grouped digits with at most `maxFraction` decimals: 5576000 → "5,576,000". */
export function formatNumber(n: number, _lang: UiLang = 'en', maxFraction = 2): string {
  // Safe integers print the same by hand as through Intl (String() switches to exponents only past 1e21); -0 too.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return groupInteger(n);
  let f = FORMATTERS.get(maxFraction);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFraction });
    FORMATTERS.set(maxFraction, f);
  }
  return f.format(n);
}

const KO_UNITS: [number, string][] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/**
 * Korean news style: 7_880_000_000 → "78억8000만", 5_576_000 → "557만6000", 16_000 → "1만6000".
 * Below 만 the plain number is kept; `keepUnits` limits how many 조/억/만 groups are shown (the rest
 * is rounded away), because "78억8000만" reads better than "78억8012만3456".
 */
export function formatKoreanNumber(n: number, keepUnits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  let rest = Math.round(Math.abs(n));
  if (rest < 1e4) return (neg ? '-' : '') + formatNumber(Math.abs(n), 'ko', 2);
  // Round away the groups we will not show.
  const top = KO_UNITS.findIndex(([u]) => rest >= u);
  const lowestShown = KO_UNITS[Math.min(top + keepUnits - 1, KO_UNITS.length - 1)];
  const unitFloor = top + keepUnits - 1 >= KO_UNITS.length ? 1 : lowestShown![0];
  rest = Math.round(rest / unitFloor) * unitFloor;
  let out = '';
  for (const [u, name] of KO_UNITS) {
    const q = Math.floor(rest / u);
    if (q > 0) {
      out += `${q}${name}`;
      rest -= q * u;
    }
  }
  if (rest > 0) out += String(rest);
  return (neg ? '-' : '') + out;
}

/** "81.1억", "5.6조": one Korean unit with a decimal, for compact cards. */
export function formatKoreanCompact(n: number, digits = 1): string {
  for (const [u, name] of KO_UNITS) {
    if (Math.abs(n) >= u) return `${formatNumber(n / u, 'ko', digits)}${name}`;
  }
  return formatNumber(n, 'ko', digits);
}

const SYMBOL: Record<string, string> = { USD: 'US$', KRW: '₩', EUR: '€', JPY: '¥', CNY: 'CN¥', GBP: '£' };
const KO_NAME: Record<string, string> = {
  USD: '달러',
  KRW: '원',
  EUR: '유로',
  JPY: '엔',
  CNY: '위안',
  GBP: '파운드',
};

/** English compact scale: 5_576_000 → "5.58 million", 7.88e9 → "7.88 billion". */
function enScale(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e12) return `${formatNumber(n / 1e12, 'en', 2)} trillion`;
  if (a >= 1e9) return `${formatNumber(n / 1e9, 'en', 2)} billion`;
  if (a >= 1e6) return `${formatNumber(n / 1e6, 'en', 2)} million`;
  return formatNumber(n, 'en', 2);
}

/**
 * Money for display. ko: "78억8000만 원", "557만6000달러"; en: "US$5,576,000" (exact) or
 * "US$5.58 million" (compact), "₩7.88 billion".
 */
export function formatMoney(value: number, currency: string, lang: UiLang, compact = false): string {
  if (lang === 'ko') {
    const name = KO_NAME[currency] ?? ` ${currency}`;
    const sep = currency === 'KRW' ? ' ' : '';
    return `${formatKoreanNumber(value)}${sep}${name}`;
  }
  const sym = SYMBOL[currency];
  const body = compact || Math.abs(value) >= 1e9 ? enScale(value) : formatNumber(value, 'en', 2);
  return sym ? `${sym}${body}` : `${body} ${currency}`;
}

/** A rate for display: 1413.2 → "1,413", 0.0069 → "0.0069". */
export function formatRate(rate: number): string {
  if (rate >= 100) return formatNumber(rate, 'en', 0);
  if (rate >= 1) return formatNumber(rate, 'en', 2);
  return rate.toPrecision(2);
}

/** 'YYYY-MM' → "2025년 1월" / "Jan 2025". */
export function formatMonth(month: string, lang: UiLang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (lang === 'ko') return `${y}년 ${m}월`;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[m - 1]} ${y}`;
}
