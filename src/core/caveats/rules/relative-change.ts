// Relative change without a base: "30% 증가", "up 3x" with no level to apply it to.
import { near, sentenceClaims } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { isChange, isLevel, RATE_NOUNS } from './change-words.js';

export const relativeChange: Rule = {
  id: 'relative-change',
  kinds: ['percent', 'multiplier'],
  run(claim, doc, kb) {
    if ((claim.kind !== 'percent' && claim.kind !== 'multiplier') || claim.benchmark) return [];
    if (!isChange(doc, claim) || isLevel(doc, claim)) return [];
    // A change in a rate is the percent-vs-points rule's business.
    if (RATE_NOUNS.test(near(doc, claim, 30, 10))) return [];
    // A base is given when the sentence also states an absolute level (money, count, quantity).
    const hasBase = sentenceClaims(doc, claim).some(
      (c) => c !== claim && (c.kind === 'money' || c.kind === 'count' || c.kind === 'quantity'),
    );
    if (hasBase) return [];
    return caveat(doc, kb, {
      id: 'units.relative-without-base',
      severity: 'info',
      title: { ko: '기준값 없는 상대 변화', en: 'A relative change without a base' },
      detail: {
        ko: `"${claim.text}"는 무엇에 대한 변화인지 절대 수준이 문장에 없습니다. 작은 값에서의 큰 % 변화는 실제로는 작은 차이일 수 있습니다(예: 위험 18% 증가가 6%→7%일 수 있음).`,
        en: `"${claim.text}" is a relative change, and the sentence gives no absolute level to apply it to. A large percentage of a small base can be a small difference (an 18% higher risk can mean 6% → 7%).`,
      },
      sources: ['bbc-risk', 'commons-library-stats'],
    });
  },
};
