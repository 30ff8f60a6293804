// False precision: an exact-looking figure that is the product of an assumption (GPU-hours × assumed price).
import { formatKoreanNumber, formatMoney, formatNumber } from '../../format.js';
import { sentenceClaims, sentenceOf } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { knownTrainingCost } from './known-figures.js';

// "기준으로" and "based on" are left out: "연결기준으로" (consolidated) and "based on filings" are not assumptions.
const ASSUMPTION = /가정|계산(?:됐|되|한|하)|추정|추산|환산|assum|estimat|calculat|modell?ed|projected/i;

/** Digits of the rounded value without its trailing zeros (5576000 → 4). */
function significantDigits(v: number): number {
  let r = Math.abs(Math.round(v));
  if (Number.isSafeInteger(r)) {
    // Exact in integer arithmetic, and what String(r) would show: no string made per money claim.
    if (r === 0) return 0;
    while (r % 10 === 0) r /= 10;
    let n = 0;
    for (; r > 0; r = Math.floor(r / 10)) n++;
    return n;
  }
  // Beyond 2^53 (or not finite) String() rounds and may use an exponent: count what it shows.
  const s = String(r);
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 48) n--;
  return n;
}

export const falsePrecision: Rule = {
  id: 'false-precision',
  kinds: ['money'],
  run(claim, doc, kb) {
    if (claim.kind !== 'money' || claim.approx || claim.vague || claim.per) return [];
    if (significantDigits(claim.value) < 4) return [];
    const s = sentenceOf(doc, claim);
    const hasRate = sentenceClaims(doc, claim).some((c) => c.kind === 'rate' || !!c.per);
    if (!ASSUMPTION.test(s) && !hasRate) return [];
    const fact = knownTrainingCost(claim, doc, kb);
    const digits = significantDigits(claim.value);
    if (fact) {
      return caveat(doc, kb, {
        id: 'precision.false-precision',
        severity: 'info',
        title: { ko: '정밀해 보이지만 가정에서 나온 값', en: 'Precise-looking, but built on an assumption' },
        detail: {
          ko: `${claim.text}: 유효숫자 ${digits}자리로 정밀해 보이지만, ${formatKoreanNumber(fact.gpuHours!)} GPU시간 × 가정 임대료 시간당 ${fact.rentalUsdPerGpuHour}달러입니다. 가정한 가격이 바뀌면 그만큼 비례해 바뀝니다(시간당 3달러면 ${formatMoney(fact.gpuHours! * 3, 'USD', 'ko')}).`,
          en: `${claim.text} looks precise to ${digits} significant digits, but it is ${formatNumber(fact.gpuHours!)} GPU-hours × an assumed $${fact.rentalUsdPerGpuHour}/hour. Change the assumed price and it changes in proportion ($3/hour would give $${formatNumber(fact.gpuHours! * 3)}).`,
        },
        sources: ['deepseek-v3-report', 'false-precision'],
      });
    }
    return caveat(doc, kb, {
      id: 'precision.false-precision',
      severity: 'info',
      title: { ko: '가정에서 나온 계산값', en: 'A modeled figure' },
      detail: {
        ko: `${claim.text}: 유효숫자 ${digits}자리지만, 문장대로라면 가정(단가·기간 등)을 곱해 계산한 값입니다. 정밀도는 가정의 정확도를 넘지 못합니다.`,
        en: `${claim.text} has ${digits} significant digits, but by the sentence's own account it is calculated from assumptions (a unit price, a duration); it is no more precise than they are.`,
      },
      sources: ['false-precision'],
    });
  },
};
