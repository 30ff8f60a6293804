// Unlike costs compared: a final-run rental figure set against a competitor's (different, often total) cost.
import { formatNumber } from '../../format.js';
import type { Caveat } from '../../types.js';
import { DEEPSEEK_RE, docMentions, near, sentenceOf } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { knownTrainingCost } from './known-figures.js';

const COST_WORDS = /비용|개발비|\bcosts?\b|spent|spending|price/i;
const COMPETITOR =
  /메타|라마|Llama|Meta|오픈AI|OpenAI|GPT-4|구글|Google|Gemini|앤트로픽|Anthropic|미국 기업|빅테크|경쟁사|U\.S\. (?:companies|firms|rivals)|American (?:companies|firms)|rivals|competitors|Big Tech/i;
const LLAMA = /메타|라마|Llama|Meta/i;
/** A ratio is a cost comparison only when phrased as one ("비용의 10분의 1 수준", "a tenth of", "cheaper than"). */
const RATIO_COMPARE =
  /수준|보다|대비|에\s*불과|\bthan\b|of (?:what|the)|cheaper|저렴|싸게|fraction|\bless\b|적은/i;

export const costComparison: Rule = {
  id: 'cost-comparison',
  kinds: ['fraction', 'multiplier', 'percent', 'money'],
  run(claim, doc, kb) {
    const ratioKinds =
      (claim.kind === 'fraction' || claim.kind === 'multiplier' || claim.kind === 'percent') &&
      RATIO_COMPARE.test(near(doc, claim, 20, 20));
    const other = claim.comparedWith ? doc.byId.get(claim.comparedWith) : undefined;
    const moneyPair = claim.kind === 'money' && other?.kind === 'money';
    if (!(ratioKinds || moneyPair)) return [];
    const s = sentenceOf(doc, claim);
    if (!COST_WORDS.test(s) || !COMPETITOR.test(s)) return [];
    const deepseek = docMentions(doc, 'deepseek', DEEPSEEK_RE);
    const knownSide = moneyPair && (knownTrainingCost(claim, doc, kb) || knownTrainingCost(other, doc, kb));
    const out: Caveat[] = [];
    if (deepseek && LLAMA.test(s) && (ratioKinds || knownSide)) {
      const ds = kb.trainingById.get('deepseek-v3')!;
      const ll = kb.trainingById.get('llama-3.1-405b')!;
      const ratio = ll.gpuHours! / ds.gpuHours!;
      out.push(
        ...caveat(doc, kb, {
          id: 'cost.unlike-comparison',
          severity: 'warn',
          title: { ko: '서로 다른 종류의 비용을 비교', en: 'Unlike costs compared' },
          detail: {
            ko: `딥시크의 수치는 마지막 훈련 1회의 H800 임대료 환산치(557만6000달러)인데, 메타는 라마3 훈련비를 달러로 공개하지 않았습니다. 공개된 GPU 시간으로 보면 DeepSeek-V3 278만8000 H800시간 대 Llama 3.1 405B 3084만 H100시간으로 약 1/${formatNumber(ratio, 'ko', 0)}입니다. 다만 GPU 종류가 다르고, 양쪽 모두 연구·실험·장비 비용은 빠져 있습니다.`,
            en: `DeepSeek's figure is the rental-priced final training run ($5.576M); Meta has not published a dollar cost for Llama 3. In published GPU-hours, DeepSeek-V3's 2.788M H800-hours vs Llama 3.1 405B's 30.84M H100-hours is about 1/${formatNumber(ratio, 'en', 0)} — but on different GPUs, and both leave out research, experiments and hardware.`,
          },
          sources: [...ds.sources, ...ll.sources, 'interconnects-v3-cost'],
        }),
      );
    } else if (knownSide) {
      const known = knownTrainingCost(claim, doc, kb) ? claim : other!;
      const rival = known === claim ? other! : claim;
      out.push(
        ...caveat(doc, kb, {
          id: 'cost.unlike-comparison',
          severity: 'warn',
          title: { ko: '서로 다른 종류의 비용을 비교', en: 'Unlike costs compared' },
          detail: {
            ko: `${known.text}는 DeepSeek-V3 마지막 훈련 1회의 GPU 임대료 환산치이고, ${rival.text}는 연구·장비·인력을 포함한 총지출에 가까운 값입니다. 범위가 다른 두 비용이라 직접 비교할 수 없습니다.`,
            en: `${known.text} is the rental-priced cost of DeepSeek-V3's final training run; ${rival.text} is closer to total spending with research, hardware and staff. Different scopes, so not directly comparable.`,
          },
          sources: ['deepseek-v3-report', 'interconnects-v3-cost'],
        }),
      );
    } else if (ratioKinds) {
      out.push(
        ...caveat(doc, kb, {
          id: 'cost.unlike-comparison',
          severity: 'info',
          title: { ko: '같은 종류의 비용인지 확인', en: 'Are these the same kind of cost?' },
          detail: {
            ko: `"${claim.text}" 비교가 성립하려면 양쪽이 같은 범위(마지막 훈련 1회 vs 연구·장비를 포함한 총비용)와 같은 가격 기준(임대료 vs 구입가)이어야 합니다. 기사에는 그 기준이 나오지 않습니다.`,
            en: `"${claim.text}" compares two costs; it holds only if both cover the same scope (a final training run vs total spend with research and hardware) and the same pricing (rental vs purchase). The text does not say.`,
          },
          sources: ['interconnects-v3-cost'],
        }),
      );
    }
    return out;
  },
};
