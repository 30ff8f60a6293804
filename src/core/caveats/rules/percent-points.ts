// Percent vs percentage points: a change in a rate stated in "%" may be points or a relative change.
import { formatNumber } from '../../format.js';
import type { Claim } from '../../types.js';
import { near, sentenceClaims } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { isChange, isLevel, RATE_NOUNS } from './change-words.js';

const FROM_TO = /에서|→|->|\bfrom\b/;

const f = (n: number) => formatNumber(n, 'en', 2);

/** The "from" and "to" levels of a rate change stated in the same sentence, if any. */
function fromTo(c: Claim, all: Claim[]): [Claim, Claim] | null {
  const pcts = all.filter((x) => x !== c && x.kind === 'percent' && x.start < c.start);
  if (pcts.length < 2) return null;
  return [pcts[pcts.length - 2]!, pcts[pcts.length - 1]!];
}

export const percentPoints: Rule = {
  id: 'percent-points',
  kinds: ['percent'],
  run(claim, doc, kb) {
    if (claim.kind !== 'percent' || claim.benchmark) return [];
    const around = near(doc, claim, 40, 20);
    // The levels of a change ("3.25%에서 3.0%로", "from 3.25% to 3%") are not the change itself.
    // Cheapest test first (a few characters around the claim); all three are pure, so the order is free.
    if (!isChange(doc, claim) || isLevel(doc, claim) || !RATE_NOUNS.test(around)) return [];
    const pair = FROM_TO.test(around) ? fromTo(claim, sentenceClaims(doc, claim)) : null;
    if (pair) {
      const [a, b] = pair;
      const pp = b.value - a.value;
      const rel = (pp / a.value) * 100;
      const saysPoints = Math.abs(Math.abs(pp) - claim.value) < 0.051;
      return caveat(doc, kb, {
        id: 'units.percent-vs-points',
        severity: saysPoints ? 'warn' : 'info',
        title: saysPoints
          ? { ko: '%가 아니라 %포인트', en: 'Percentage points, not percent' }
          : { ko: '상대 변화율(%)과 %포인트 구분', en: 'Relative % vs percentage points' },
        detail: {
          ko: `${a.value}% → ${b.value}%는 ${f(pp)}%포인트, 상대적으로는 ${f(rel)}% 변화입니다.${saysPoints ? ` 기사의 "${claim.text}"는 %포인트 차이를 %로 적은 것입니다.` : ''}`,
          en: `${a.value}% → ${b.value}% is ${f(pp)} percentage points, or ${f(rel)}% in relative terms.${saysPoints ? ` The text's "${claim.text}" is the point difference written as a percent.` : ''}`,
        },
        sources: ['mathsisfun-pp', 'bbc-statistics'],
      });
    }
    return caveat(doc, kb, {
      id: 'units.percent-vs-points',
      severity: 'info',
      title: { ko: '%인가 %포인트인가', en: 'Percent or percentage points?' },
      detail: {
        ko: `비율이 변할 때 "${claim.text}"는 %포인트 차이일 수도, 상대 변화율일 수도 있습니다. 예: 4%에서 5%로 오르면 1%포인트, 상대적으로는 25% 상승입니다.`,
        en: `When a rate changes, "${claim.text}" can mean percentage points or a relative change: 4% to 5% is 1 percentage point, or a 25% relative rise.`,
      },
      sources: ['mathsisfun-pp', 'bbc-statistics'],
    });
  },
};
