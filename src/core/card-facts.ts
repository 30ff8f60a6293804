// What a claim's card says that needs the core: display value, conversion at the reference rate, difference to
// the compared claim. Runs in the background next to analyze(); the card (src/ui/card) only assembles these facts.
import { convertMoney } from './convert.js';
import { formatKoreanNumber, formatMoney, formatMonth, formatNumber, formatRate } from './format.js';
import { type Perspective, perspectivesOf } from './perspectives.js';
import type { Claim, Source, UiLang } from './types.js';

export interface ConversionView {
  /** "≈ 81억1000만 원" / "≈ ₩8.11 billion". */
  text: string;
  /** The same amount in the other language's style, for readers who think in the other system. */
  alt: string;
  /** "1 USD = 1,455 KRW". */
  rate: string;
  /** "2025년 1월" / "Jan 2025". */
  month: string;
  estimated: boolean;
  source: Source;
}

/** The parts of a card that need the core's formatting and reference rates: computed where the claims are found. */
export interface CardFacts {
  value: string;
  valueAlt?: string;
  conversion?: ConversionView;
  /** Difference to the claim it is compared with ("+0.6 pp", "×2.5"). */
  difference?: string;
  /** "In perspective": at most two human-scale re-expressions, and an old amount in today's prices. */
  perspectives?: Perspective[];
}

const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

function locale(lang: UiLang): string {
  return lang === 'ko' ? 'ko-KR' : 'en-US';
}

function plain(n: number, lang: UiLang, unit: string | null): string {
  if (unit && TIME_UNITS.has(unit)) {
    return new Intl.NumberFormat(locale(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  }
  const num = formatNumber(n, lang, 2);
  if (!unit) return num;
  // Korean counters attach to the number (1만6000개); English nouns take a space.
  return /^[\uac00-\ud7a3]/.test(unit) ? `${num}${unit}` : `${num} ${unit}`;
}

/** One number of a claim in display form, by kind. */
export function formatAmount(claim: Pick<Claim, 'kind' | 'unit' | 'per'>, n: number, lang: UiLang): string {
  const { kind, unit } = claim;
  const isMoney = kind === 'money' || (kind === 'rate' && unit !== null && /^[A-Z]{3}$/.test(unit));
  let out: string;
  if (isMoney && unit) out = formatMoney(n, unit, 'en');
  else if (kind === 'percent' || unit === '%') out = `${formatNumber(n, lang, 2)}%`;
  else if (kind === 'percentage_point' || unit === 'pp')
    out = lang === 'ko' ? `${formatNumber(n, lang, 2)}%p` : `${formatNumber(n, lang, 2)} pp`;
  else if (kind === 'multiplier' || unit === 'x')
    out = lang === 'ko' ? `${formatNumber(n, lang, 2)}배` : `${formatNumber(n, lang, 2)}×`;
  else if (kind === 'fraction') out = `${formatNumber(n * 100, lang, 2)}%`;
  else if (kind === 'rank')
    out = lang === 'ko' ? `${formatNumber(n, lang, 0)}위` : `#${formatNumber(n, lang, 0)}`;
  else out = plain(n, lang, unit);
  if (claim.per) out += ` / ${perLabel(claim.per, lang)}`;
  return out;
}

function perLabel(per: string, lang: UiLang): string {
  if (!TIME_UNITS.has(per)) return per;
  const parts = new Intl.NumberFormat(locale(lang), {
    style: 'unit',
    unit: per,
    unitDisplay: 'long',
  }).formatToParts(1);
  return (
    parts
      .filter((p) => p.type === 'unit')
      .map((p) => p.value)
      .join('')
      .trim() || per
  );
}

function displayValue(claim: Claim, lang: UiLang): string {
  if (claim.range)
    return `${formatAmount(claim, claim.range[0], lang)} – ${formatAmount(claim, claim.range[1], lang)}`;
  return formatAmount(claim, claim.value, lang);
}

/** Korean notation for large money and counts ("557만6000달러"), when the card is in Korean. */
function koreanAlt(claim: Claim, lang: UiLang): string | undefined {
  if (lang !== 'ko' || Math.abs(claim.value) < 1e4 || claim.range) return undefined;
  if (claim.kind === 'money' && claim.unit) return formatMoney(claim.value, claim.unit, 'ko');
  if (claim.kind === 'count' || claim.kind === 'quantity')
    return `${formatKoreanNumber(claim.value)}${claim.unit ?? ''}`;
  return undefined;
}

function conversionOf(claim: Claim, lang: UiLang, publishedAt?: string): ConversionView | undefined {
  if (claim.kind !== 'money' || !claim.unit || claim.vague) return undefined;
  const to = claim.unit === 'KRW' ? 'USD' : 'KRW';
  const conv = convertMoney(claim.value, claim.unit, to, publishedAt);
  if (!conv) return undefined;
  const other: UiLang = lang === 'ko' ? 'en' : 'ko';
  return {
    text: formatMoney(conv.value, to, lang, true),
    alt: formatMoney(conv.value, to, other, true),
    rate: `1 ${claim.unit} = ${formatRate(conv.rate)} ${to}`,
    month: formatMonth(conv.rateMonth, lang),
    estimated: conv.estimated,
    source: conv.source,
  };
}

function difference(a: Claim, b: Claim, lang: UiLang): string | undefined {
  const pct = (c: Claim) => c.kind === 'percent' || c.unit === '%';
  if (pct(a) && pct(b)) {
    const d = a.value - b.value;
    const s = `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatNumber(Math.abs(d), lang, 2)}`;
    return lang === 'ko' ? `${s}%p` : `${s} pp`;
  }
  if (a.unit === b.unit && a.kind === b.kind && b.value !== 0 && a.value !== 0) {
    const r = a.value / b.value;
    return `×${formatNumber(r, lang, r >= 10 ? 1 : 2)}`;
  }
  return undefined;
}

/** The core-dependent parts of a claim's card (run by the background next to analyze()). */
export function cardFacts(
  claim: Claim,
  claims: readonly Claim[],
  uiLang: UiLang,
  publishedAt?: string,
): CardFacts {
  const facts: CardFacts = { value: displayValue(claim, uiLang) };
  const alt = koreanAlt(claim, uiLang);
  if (alt && alt !== facts.value) facts.valueAlt = alt;
  try {
    const conversion = conversionOf(claim, uiLang, publishedAt);
    if (conversion) facts.conversion = conversion;
  } catch {
    // A conversion is a nicety: no reference rate, no line.
  }
  const other = claim.comparedWith ? claims.find((c) => c.id === claim.comparedWith) : undefined;
  const diff = other ? difference(claim, other, uiLang) : undefined;
  if (diff) facts.difference = diff;
  try {
    const perspectives = perspectivesOf(claim, uiLang, publishedAt);
    if (perspectives.length) facts.perspectives = perspectives;
  } catch {
    // A perspective is a nicety too: none rather than a broken card.
  }
  return facts;
}
