// Vague quantities: 수억, 수십, several, hundreds of — a range, not a figure.
import { formatKoreanNumber, formatNumber } from '../../format.js';
import { caveat, type Rule } from '../rule.js';

const KO_VAGUE = /^(?:약\s*)?수\s*(십|백|천|만|십만|백만|천만|억|십억|백억|천억|조)/;
const EN_VAGUE = /\b(?:several|a few|dozens of|hundreds of|thousands of|millions of|billions of|tens of)\b/i;
const SCALE: Record<string, number> = {
  십: 10,
  백: 100,
  천: 1000,
  만: 1e4,
  십만: 1e5,
  백만: 1e6,
  천만: 1e7,
  억: 1e8,
  십억: 1e9,
  백억: 1e10,
  천억: 1e11,
  조: 1e12,
};

export const vagueQuantity: Rule = {
  id: 'vague-quantity',
  run(claim, doc, kb) {
    // KO_VAGUE is anchored on 약 or 수: any other first character cannot match.
    const c0 = claim.text[0];
    const ko = c0 === '약' || c0 === '수' ? KO_VAGUE.exec(claim.text) : null;
    const en = EN_VAGUE.test(claim.text);
    if (!claim.vague && !ko && !en) return [];
    const scale = ko ? SCALE[ko[1]!] : undefined;
    const lo = scale ? 2 * scale : claim.range?.[0];
    const hi = scale ? 9 * scale : claim.range?.[1];
    const rangeKo =
      lo && hi
        ? ` 대략 ${formatKoreanNumber(lo)}~${formatKoreanNumber(hi)} 정도로 읽히는 범위(통상적 해석)일 뿐입니다.`
        : '';
    const rangeEn =
      lo && hi
        ? ` It reads as a range of roughly ${formatNumber(lo)}–${formatNumber(hi)} (a conventional reading).`
        : '';
    return caveat(doc, kb, {
      id: 'vague.quantity',
      severity: 'info',
      title: { ko: '어림수: 정확한 값이 아님', en: 'A vague quantity, not a figure' },
      detail: {
        ko: `"${claim.text}"는 규모만 말합니다.${rangeKo} 비교나 계산의 근거로 쓸 수 없습니다.`,
        en: `"${claim.text}" gives an order of magnitude only.${rangeEn} It cannot carry a comparison or a calculation.`,
      },
      sources: ['ko-man-units', 'bbc-statistics'],
    });
  },
};
