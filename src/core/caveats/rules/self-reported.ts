// Attribution: a maker's figure about its own product, service or usage is self-reported; its filed results are not.
import { paragraphAt, previousSentence } from '../../enrich/text-units.js';
import { type Topic, topicAt } from '../../enrich/topic.js';
import type { Caveat, Claim } from '../../types.js';
import { caveat, type Rule } from '../rule.js';
import { bestMatch } from './match.js';

/**
 * The claim's topic from its own sentence, else from the sentence before it in the paragraph ("영업이익이 7조원이라고
 * 밝혔다. 이는 … 4000억원 많은 수치다": the second figure is about the same result).
 */
function topicOf(text: string, claim: Claim): Topic | null {
  const s = text.slice(claim.sentence.start, claim.sentence.end);
  const own = topicAt(s, claim.start - claim.sentence.start, claim.end - claim.sentence.start);
  if (own) return own;
  const prev = previousSentence(text, claim.sentence.start, paragraphAt(text, claim.sentence.start).start);
  if (!prev) return null;
  const p = text.slice(prev.start, prev.end);
  return topicAt(p, p.length, p.length);
}

const REFERENCE_BEFORE = /(?:평균|일반|업계|경쟁사|경쟁\s*제품|industry average|average)[^.]{0,12}$/i;
const REFERENCE_AFTER = /^\s*\)?\s*(?:대비|보다|에\s*비해|과\s*비교|와\s*비교)/;

/** A figure that is the comparison's yardstick, named as others' (an average, the industry, rivals). */
function isReference(text: string, claim: Claim): boolean {
  const before = text.slice(Math.max(claim.sentence.start, claim.start - 16), claim.start);
  const after = text.slice(claim.end, Math.min(claim.sentence.end, claim.end + 10));
  return REFERENCE_BEFORE.test(before) && REFERENCE_AFTER.test(after);
}

export const selfReported: Rule = {
  id: 'self-reported',
  run(claim, doc, kb) {
    const a = claim.attribution;
    if (a?.kind !== 'self') return [];
    const topic = topicOf(doc.text, claim);
    // Revenue, profit, sales and the like are filed and audited (see the results rule), not the maker's say-so.
    if (topic === 'financial') return [];
    // The yardstick of the maker's comparison, not its claim: "일반 스마트폰 평균(4000~5000mAh) 대비 2배".
    if (isReference(doc.text, claim)) return [];
    // Figures that can flatter their source; an assumed rental price cannot. Counts, sizes and times do when
    // they measure the product ("2048개의 코어", "초당 300기가바이트", "users").
    const flattering =
      claim.kind === 'score' ||
      claim.kind === 'percent' ||
      claim.kind === 'percentage_point' ||
      claim.kind === 'multiplier' ||
      claim.unit === '점' ||
      (claim.kind === 'money' && !claim.per);
    if (!flattering && topic !== 'product') return [];
    const match = claim.benchmark ? bestMatch(kb, doc, claim, claim.benchmark) : undefined;
    const speaker = kb.findOrgIn(a.text);
    const aboutRival = match && speaker && match.maker !== speaker.id;
    const extra: string[] = match ? (kb.reports.find((r) => r.id === match.report)?.sources ?? []) : [];
    const out: Caveat[] = caveat(doc, kb, {
      id: 'attribution.self-reported',
      severity: 'warn',
      title: { ko: `자체 발표·측정: ${a.text}`, en: `Self-reported: ${a.text}` },
      detail: aboutRival
        ? {
            ko: `출처(${a.text})가 경쟁 모델(${match.model})의 수치를 자사 모델과 나란히 발표했습니다. 비교 대상 선정과 측정 조건을 발표 당사자가 정했습니다.`,
            en: `${a.text} reports its competitor's figure (${match.model}) next to its own model's; the party that benefits chose what to compare and how.`,
          }
        : {
            ko: `출처(${a.text})가 자기 제품에 대해 발표한 수치로, 독립적으로 다시 측정된 값이 아닙니다. 누가, 어떤 조건에서 쟀는지 확인이 필요합니다.`,
            en: `The source (${a.text}) is the maker reporting on its own product; the figure has not been independently re-measured; who measured it, and how, matters.`,
          },
      sources: ['bbc-statistics', 'harford-back-story', ...extra],
    });
    return out;
  },
};
