// Bounds: "up to" / 최대 on a claimed gain is a maximum, not a typical value; 이상 / "more than" in a
// comparison is a floor, not a count. Plain bounds ("만 19세 이상", "up to 700 workers") get nothing.
import { formatNumber } from '../../format.js';
import { near } from '../doc.js';
import { caveat, type Rule } from '../rule.js';

const UP_TO_BEFORE = /(?:최대|up to|as (?:much|many) as|as high as)\s*$/i;
const UP_TO_AFTER = /^\s*(?:까지)/;
const KO_AT_LEAST = /^\s*(?:이상|넘게|넘는|초과|이상의)/;

export const bounds: Rule = {
  id: 'bounds',
  run(claim, doc, kb) {
    if (claim.benchmark) return [];
    const before = doc.text.slice(Math.max(claim.sentence.start, claim.start - 14), claim.start);
    const after = doc.text.slice(claim.end, Math.min(claim.sentence.end, claim.end + 6));
    const inText = claim.text;
    // "Up to" misleads on a promised gain or price (ASA's concern), not on a head count or a capacity.
    const gainLike =
      claim.kind === 'percent' ||
      claim.kind === 'multiplier' ||
      claim.kind === 'money' ||
      claim.kind === 'rate' ||
      claim.kind === 'percentage_point';
    const upTo = claim.bound === 'at-most' && (/최대|up to/i.test(inText) || UP_TO_BEFORE.test(before));
    if (
      gainLike &&
      (upTo || UP_TO_BEFORE.test(before) || (UP_TO_AFTER.test(after) && /최대/.test(near(doc, claim, 12, 0))))
    ) {
      return caveat(doc, kb, {
        id: 'bounds.up-to',
        severity: 'info',
        title: { ko: '"최대"는 보통값이 아님', en: '"Up to" is a maximum, not a typical value' },
        detail: {
          ko: `${claim.text}: 가장 좋은 경우의 값입니다. 대부분의 경우가 이 값에 가까운지는 알 수 없습니다.`,
          en: `${claim.text} is the best case; the text does not say how often anything comes close to it.`,
        },
        sources: ['asa-up-to'],
      });
    }
    // A floor matters when the number carries a comparison (1만6000개 이상 vs 약 2000개).
    if (!claim.comparedWith) return [];
    const v = formatNumber(claim.value, doc.ui);
    if (
      claim.bound === 'at-least' ||
      claim.bound === 'more-than' ||
      KO_AT_LEAST.test(after) ||
      /이상|초과/.test(inText)
    ) {
      const exclusive = claim.bound === 'more-than' || /초과/.test(inText + after);
      return caveat(doc, kb, {
        id: 'bounds.lower-bound',
        severity: 'info',
        title: { ko: '하한선일 뿐 정확한 수가 아님', en: 'A floor, not a count' },
        detail: {
          ko: `${claim.text}: ${exclusive ? `${v}보다 많다(초과, ${v} 미포함)` : `${v}과 같거나 많다(이상, ${v} 포함)`}는 뜻일 뿐 실제 수는 밝히지 않았습니다.`,
          en: `${claim.text} means ${exclusive ? `more than ${v} (${v} itself excluded)` : `${v} or more (≥ ${v})`}; the actual figure is not stated.`,
        },
        sources: doc.ui === 'ko' ? ['nikl-isang', 'joongang-isang'] : ['commons-library-stats', 'nikl-isang'],
      });
    }
    return [];
  },
};
