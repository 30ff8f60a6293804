// Consistency: rate × duration × units ≈ total, when the sentence states the factors (시간당 2달러 × 2개월 …).
import { formatMoney, formatNumber } from '../../format.js';
import type { Claim } from '../../types.js';
import { type Doc, near, sentenceClaims } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { knownTrainingCost } from './known-figures.js';

const HOURS: Record<string, number> = { hour: 1, day: 24, week: 168, month: 730, year: 8760 };
const GPU_WORDS = /GPU|그래픽처리장치|칩|chips?\b|H100|H800|A100/i;

function hoursOf(unit: string | null): number | undefined {
  if (!unit) return undefined;
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === '개월' || u === '달') return HOURS.month;
  if (u === '시간') return 1;
  if (u === '일') return 24;
  if (u === '주') return 168;
  if (u === '년') return 8760;
  return HOURS[u];
}

function isRate(c: Claim): boolean {
  return (c.kind === 'rate' || (c.kind === 'money' && !!c.per)) && hoursOf(c.per ?? null) !== undefined;
}

/**
 * A GPU count to check the product against: in the same sentence if there is one, else the count in the
 * article nearest (by ratio) to what the total needs — the article may cite rivals' cluster sizes too.
 */
function unitsCount(doc: Doc, c: Claim, needed: number): Claim | undefined {
  const isGpu = (x: Claim) => x.kind === 'count' && !x.vague && GPU_WORDS.test(near(doc, x, 25, 15));
  const inSentence = sentenceClaims(doc, c).find(isGpu);
  if (inSentence) return inSentence;
  // The article's GPU counts, found once per document.
  let counts = doc.memo.get('gpu-counts') as Claim[] | undefined;
  if (!counts) {
    counts = doc.all.filter(isGpu);
    doc.memo.set('gpu-counts', counts);
  }
  let best: Claim | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const x of counts) {
    const d = Math.abs(Math.log(x.value / needed));
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  return best;
}

export const arithmetic: Rule = {
  id: 'arithmetic',
  kinds: ['money'],
  run(claim, doc, kb) {
    if (claim.kind !== 'money' || claim.per || claim.vague) return [];
    const list = sentenceClaims(doc, claim);
    const rate = list.find((c) => isRate(c) && c.unit === claim.unit);
    const duration = list.find((c) => c.kind === 'duration' && hoursOf(c.unit) !== undefined);
    if (!rate || !duration) return [];
    const hours = (duration.value * hoursOf(duration.unit)!) / hoursOf(rate.per!)!;
    const perUnit = rate.value * hours;
    const needed = claim.value / perUnit;
    const units = unitsCount(doc, claim, needed);
    const fact = knownTrainingCost(claim, doc, kb);
    const cur = claim.unit!;
    const gpu = GPU_WORDS.test(doc.text.slice(claim.sentence.start, claim.sentence.end));
    const perEn = gpu ? 'GPU' : 'unit';
    let checkKo = '';
    let checkEn = '';
    let severity: 'info' | 'warn' = 'info';
    if (units) {
      const product = perUnit * units.value;
      const dev = (product / claim.value - 1) * 100;
      const ok = Math.abs(dev) <= 15;
      if (!ok) severity = 'warn';
      checkKo = ` 기사에 나온 GPU 수(${units.text})로 계산하면 ${formatMoney(product, cur, 'ko')}로 ${dev >= 0 ? '+' : ''}${dev.toFixed(1)}% 차이 — ${ok ? '대체로 맞습니다' : '맞지 않습니다'}.`;
      checkEn = ` With the article's ${units.text}: ${formatMoney(product, cur, 'en', true)}, ${dev >= 0 ? '+' : ''}${dev.toFixed(1)}% off — ${ok ? 'roughly consistent' : 'inconsistent'}.`;
    }
    const factKo =
      fact?.gpus && fact.gpuHours
        ? ` 보고서 수치: H800 ${formatNumber(fact.gpus!)}개, 총 ${formatNumber(fact.gpuHours!)} GPU시간(1개당 약 ${formatNumber(fact.gpuHours! / fact.gpus! / 24, 'ko', 0)}일).`
        : '';
    const factEn =
      fact?.gpus && fact.gpuHours
        ? ` The report: ${formatNumber(fact.gpus!)} H800s, ${formatNumber(fact.gpuHours!)} GPU-hours in all (about ${formatNumber(fact.gpuHours! / fact.gpus! / 24, 'en', 0)} days each).`
        : '';
    return caveat(doc, kb, {
      id: 'consistency.arithmetic',
      severity,
      title: {
        ko: `${rate.text} × ${duration.text} → ${claim.text}: 필요한 대수`,
        en: `What ${rate.text} × ${duration.text} needs to reach ${claim.text}`,
      },
      detail: {
        ko: `${rate.text} × ${duration.text}(약 ${formatNumber(hours, 'ko', 0)}시간) = 1대당 ${formatMoney(perUnit, cur, 'ko')}입니다. 총액 ${claim.text}에 이르려면 약 ${formatNumber(needed, 'ko', 0)}대가 그 기간 내내 돌아야 합니다.${checkKo}${factKo}`,
        en: `${rate.text} × ${duration.text} (about ${formatNumber(hours, 'en', 0)} hours) = ${formatMoney(perUnit, cur, 'en')} per ${perEn}. Reaching ${claim.text} takes about ${formatNumber(needed, 'en', 0)} ${perEn}s running for the whole period.${checkEn}${factEn}`,
      },
      sources: fact ? [...fact.sources] : ['commons-library-stats'],
    });
  },
};
