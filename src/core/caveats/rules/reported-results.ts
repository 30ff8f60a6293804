// Reported results: at most one info line — a preliminary figure, an adjusted (non-GAAP) one, or the filing it is in.
import { topicAt } from '../../enrich/topic.js';
import type { Claim } from '../../types.js';
import { caveat, type Rule } from '../rule.js';

const PRELIMINARY = /잠정|preliminary|flash estimate|advance estimate/i;
const ADJUSTED =
  /\badjusted\b|excluding (?:special |one-time |certain |some )?(?:items|charges)|\bnon-(?:GAAP|IFRS)\b|조정\s*(?:영업이익|순이익|EBITDA|EPS|주당순이익)|일회성\s*(?:비용|요인|항목)[을를]?\s*제외/i;
const FILED =
  /공시|분기보고서|반기보고서|사업보고서|\bfiled\b|\bfiling\b|\b10-[QK]\b|annual report|quarterly report/i;
const STANDARD = /\bGAAP\b|K-?IFRS|\bIFRS\b|연결\s*기준|별도\s*기준/;
const QUARTER = /분기|반기|quarter|\bQ[1-4]\b/i;
const ANNUAL = /연간|한 해|\bannual\b|full-year|full year|fiscal year/i;

/** The claim's sentence. */
function sentenceOf(text: string, c: Claim): string {
  return text.slice(c.sentence.start, c.sentence.end);
}

const KINDS: readonly Claim['kind'][] = ['money', 'percent', 'percentage_point', 'rate'];

export const reportedResults: Rule = {
  id: 'reported-results',
  kinds: KINDS,
  run(claim, doc, kb) {
    if (!KINDS.includes(claim.kind) || claim.status === 'forecast') return [];
    // Per-share figures are rates in money ("54 cents per share"); other rates are not results.
    if (claim.kind === 'rate' && !/^[A-Z]{3}$/.test(claim.unit ?? '')) return [];
    const s = sentenceOf(doc.text, claim);
    const cs = claim.start - claim.sentence.start;
    if (topicAt(s, cs, claim.end - claim.sentence.start) !== 'financial') return [];
    if (PRELIMINARY.test(s)) {
      return caveat(doc, kb, {
        id: 'results.preliminary',
        severity: 'info',
        title: { ko: '잠정치', en: 'Preliminary figure' },
        detail: {
          ko: '확정 전에 먼저 발표된 수치입니다. 감사·검토를 거친 분기·반기보고서나 사업보고서(또는 확정 통계)에서 달라질 수 있습니다.',
          en: 'Announced before the final figures; it can change in the reviewed or audited filing (or the final statistics).',
        },
        sources: ['newsis-earnings-calendar', 'hankyung-preliminary-restated'],
      });
    }
    // "Adjusted for special items, earnings were 54 cents": the adjustment words sit before the figure or just after.
    const around = s.slice(0, Math.min(s.length, cs + claim.text.length + 40));
    if (ADJUSTED.test(around)) {
      return caveat(doc, kb, {
        id: 'results.adjusted',
        severity: 'info',
        title: { ko: '조정(비GAAP) 수치', en: 'Adjusted (non-GAAP) figure' },
        detail: {
          ko: '회사가 일부 항목을 빼고 계산한 수치입니다. 회계기준(GAAP·IFRS)에 따른 수치는 다르며, 회사는 둘을 함께 밝히고 차이를 설명해야 합니다.',
          en: 'The company left some items out; the figure under accounting standards (GAAP/IFRS) differs, and the company must show it alongside with a reconciliation.',
        },
        sources: ['caq-non-gaap'],
      });
    }
    if (!FILED.test(s)) return [];
    const quarterly = QUARTER.test(s);
    const annual = ANNUAL.test(s);
    const std = STANDARD.exec(s)?.[0];
    const ko =
      quarterly && !annual
        ? '분기·반기 실적은 분기·반기보고서에 실리며, 감사가 아닌 감사인 검토를 거칩니다.'
        : annual && !quarterly
          ? '연간 실적은 외부감사를 거친 사업보고서에 실립니다.'
          : '분기·반기 실적은 분기·반기보고서(감사인 검토), 연간 실적은 사업보고서(외부감사)에 실립니다.';
    const en =
      quarterly && !annual
        ? 'Quarterly results are filed in the 10-Q (분기보고서): reviewed by the auditor, not audited.'
        : annual && !quarterly
          ? 'Annual results are filed in the audited 10-K (사업보고서).'
          : 'Quarterly results are filed in the 10-Q (reviewed, not audited), annual ones in the audited 10-K.';
    return caveat(doc, kb, {
      id: 'results.filing',
      severity: 'info',
      title: { ko: `공시된 실적${std ? ` (${std})` : ''}`, en: `Reported result${std ? ` (${std})` : ''}` },
      detail: { ko, en },
      sources: ['newsis-earnings-calendar', 'money-zine-10q'],
    });
  },
};
