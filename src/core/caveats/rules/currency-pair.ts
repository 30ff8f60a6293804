// Consistency: a figure given in two currencies implies an exchange rate; check it against the month's average.
import { convertMoney } from '../../convert.js';
import { formatMoney, formatMonth, formatRate } from '../../format.js';
import { FX_MONTHS } from '../../knowledge/fx-rates.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Caveat, Claim } from '../../types.js';
import { type Doc, sentenceClaims } from '../doc.js';
import { caveat, type Rule } from '../rule.js';

/** "557만6000달러(약 78억8000만원)", "$5.6 million (about ₩8 billion)", "$5.6 million, or ₩8 billion". */
const JOIN =
  /^\s*(?:[(（[]\s*(?:약|about|approx\.?|approximately|roughly|~|≈|한화\s*약?|원화\s*약?)?\s*|,?\s*(?:or|또는|즉|,)\s*(?:약|about)?\s*)$/i;

function partnerOf(c: Claim, doc: Doc): [Claim, Claim] | null {
  const list = sentenceClaims(doc, c);
  const i = list.indexOf(c);
  const pairs: [Claim | undefined, Claim | undefined][] = [
    [list[i - 1], c],
    [c, list[i + 1]],
  ];
  for (const [a, b] of pairs) {
    if (!a || !b || a.kind !== 'money' || b.kind !== 'money' || !a.unit || !b.unit || a.unit === b.unit)
      continue;
    if (a.per || b.per) continue;
    if (JOIN.test(doc.text.slice(a.end, b.start))) return [a, b];
  }
  return null;
}

/** Without the article's date, a rate is only checked against the range of all published months. */
function undatedCheck(
  doc: Doc,
  kb: Knowledge,
  a: Claim,
  b: Claim,
  base: Claim,
  quote: Claim,
  flip: boolean,
  implied: number,
): Caveat[] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  let first = '';
  let last = '';
  for (const m of FX_MONTHS) {
    const r = convertMoney(1, a.unit!, b.unit!, `${m}-15`);
    if (!r || r.estimated) continue;
    const v = flip ? 1 / r.rate : r.rate;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
    first ||= m;
    last = m;
  }
  if (!first) return [];
  const inside = implied >= lo * 0.95 && implied <= hi * 1.05;
  // Undated and within the range of the time covered: nothing checkable to add.
  if (inside) return [];
  const range = `${formatRate(lo)}–${formatRate(hi)}`;
  const span = `${formatMonth(first, doc.ui)}–${formatMonth(last, doc.ui)}`;
  return caveat(doc, kb, {
    id: 'consistency.currency-pair',
    severity: 'info',
    title: {
      ko: `환산 환율 ${formatRate(implied)} ${quote.unit}/${base.unit}`,
      en: `Implied rate ${formatRate(implied)} ${quote.unit}/${base.unit}`,
    },
    detail: {
      ko: `${base.text} ≈ ${quote.text}: 1${base.unit}당 ${formatRate(implied)} ${quote.unit}으로 환산한 셈입니다. 기사 날짜를 몰라 ${span} 월평균 범위(${range})와만 비교했습니다: ${inside ? '그 범위 안입니다.' : '그 범위를 벗어납니다. 더 오래된 기사이거나 환산이 틀렸을 수 있습니다.'}`,
      en: `${base.text} ≈ ${quote.text} implies ${formatRate(implied)} ${quote.unit} per ${base.unit}. The article date is unknown, so it was only compared with the ${span} monthly averages (${range}): ${inside ? 'within that range.' : 'outside that range — an older article, or a wrong conversion.'}`,
    },
    sources: [
      ...new Set(
        kb.fx.filter((s) => s.currency === a.unit || s.currency === b.unit).flatMap((s) => s.sources),
      ),
    ],
  });
}

/**
 * Relative rounding of a figure as written: half a unit of its last significant digit over its value ("50만원" has one
 * significant digit: ±5만 of 50만, 0.1; "557만6000달러" has four: under 0.0001).
 */
function roundingOf(c: Claim): number {
  const digits = c.text.replace(/[^0-9]/g, '').replace(/^0+/, '');
  const sig = digits.replace(/0+$/, '').length;
  if (sig === 0 || !(c.value > 0)) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(c.value)) - sig + 1);
  return Math.min(0.5, (0.5 * magnitude) / c.value);
}

export const currencyPair: Rule = {
  id: 'currency-pair',
  kinds: ['money'],
  run(claim, doc, kb) {
    if (claim.kind !== 'money') return [];
    const pair = partnerOf(claim, doc);
    if (!pair) return [];
    const [a, b] = pair;
    // Quote the rate as the usual "won per dollar" direction: the currency with the larger unit count.
    const ref = convertMoney(1, a.unit!, b.unit!, doc.ctx.publishedAt);
    if (!ref) return [];
    const flip = ref.rate < 1;
    const [base, quote] = flip ? [b, a] : [a, b];
    const implied = quote.value / base.value;
    const refRate = flip ? 1 / ref.rate : ref.rate;
    if (!doc.ctx.publishedAt) return undatedCheck(doc, kb, a, b, base, quote, flip, implied);
    const dev = (implied / refRate - 1) * 100;
    const month = formatMonth(ref.rateMonth, doc.ui);
    const dated = !!doc.ctx.publishedAt;
    const est = ref.estimated;
    // A figure written with few significant digits ("약 50만원") carries its own rounding: up to 10% for one digit.
    // Only a gap beyond that rounding and the month's moves says one amount is wrong.
    const rounding = 100 * (roundingOf(a) + roundingOf(b));
    const plausible = Math.abs(dev) <= 5 + rounding;
    const severity = Math.abs(dev) > 10 + rounding ? 'warn' : 'info';
    const conv = base.value * refRate;
    const unitKo = `${quote.unit}/${base.unit}`;
    const whenKo = dated ? `${month} 평균` : `기사 날짜를 몰라 ${month} 평균을 씀`;
    const whenEn = dated ? `${month} average` : `article date unknown; ${month} average used`;
    const verdictKo = plausible
      ? '당시 환율로 그럴듯합니다(기사 작성일 환율과 반올림 차이 범위).'
      : Math.abs(dev) <= 10 + rounding
        ? '당시 평균과 다소 차이가 납니다: 다른 날의 환율을 썼을 수 있습니다.'
        : '당시 환율과 맞지 않습니다: 두 금액 중 하나가 틀렸거나 다른 시점의 값일 수 있습니다.';
    const verdictEn = plausible
      ? 'plausible for the time (within daily moves and rounding).'
      : Math.abs(dev) <= 10 + rounding
        ? 'somewhat off the month’s average; a rate from another day may have been used.'
        : 'inconsistent with the rate of the time: one amount may be wrong or from another date.';
    return caveat(doc, kb, {
      id: 'consistency.currency-pair',
      severity,
      title: {
        ko: `환산 환율 ${formatRate(implied)} ${unitKo}: ${plausible ? '그럴듯함' : '차이 있음'}`,
        en: `Implied rate ${formatRate(implied)} ${quote.unit}/${base.unit}: ${plausible ? 'plausible' : 'off'}`,
      },
      detail: {
        ko: `${base.text} ≈ ${quote.text}: 1${base.unit === 'USD' ? '달러' : ` ${base.unit}`}당 ${formatRate(implied)}${quote.unit === 'KRW' ? '원' : ` ${quote.unit}`}으로 환산한 셈입니다. 기준 환율은 ${formatRate(refRate)}${quote.unit === 'KRW' ? '원' : ''}(${whenKo}${est ? ', 추정치' : ''})로 ${dev >= 0 ? '+' : ''}${dev.toFixed(1)}% 차이 — ${verdictKo} 기준 환율로는 ${formatMoney(conv, quote.unit!, 'ko')}입니다.`,
        en: `${base.text} ≈ ${quote.text} implies ${formatRate(implied)} ${quote.unit} per ${base.unit}. The reference rate is ${formatRate(refRate)} (${whenEn}${est ? ', an estimate' : ''}), a ${dev >= 0 ? '+' : ''}${dev.toFixed(1)}% difference — ${verdictEn} At the reference rate it is ${formatMoney(conv, quote.unit!, 'en', true)}.`,
      },
      sources: [
        ...new Set(
          kb.fx.filter((s) => s.currency === a.unit || s.currency === b.unit).flatMap((s) => s.sources),
        ),
      ],
    });
  },
};
