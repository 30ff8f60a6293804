// Hardware counts: cluster sizes of different GPU models are not comparable; GPU-hours are the fairer measure.
import { formatNumber } from '../../format.js';
import type { Claim } from '../../types.js';
import { DEEPSEEK_RE, type Doc, docMentions, near, sentenceClaims } from '../doc.js';
import { caveat, type Rule } from '../rule.js';

const GPU_WORDS = /GPU|그래픽처리장치|H100|H800|H20|A100|B200|가속기|accelerators?/i;
const CHIP_WORDS = /칩|chips?\b/i;
/** "Chips" are GPUs only in an AI-training context (not "a long series of Intel chips"). */
const AI_CONTEXT = /AI|인공지능|엔비디아|Nvidia|훈련|학습|training|train(?:ed)?\b|모델|model/i;

function isGpuCount(c: Claim, doc: Doc): boolean {
  if (c.kind !== 'count' && c.kind !== 'quantity') return false;
  const around = near(doc, c, 25, 15);
  if (GPU_WORDS.test(around)) return true;
  return CHIP_WORDS.test(around) && AI_CONTEXT.test(doc.text.slice(c.sentence.start, c.sentence.end));
}

export const hardwareCount: Rule = {
  id: 'hardware-count',
  kinds: ['count', 'quantity'],
  run(claim, doc, kb) {
    if (!isGpuCount(claim, doc)) return [];
    const linked = claim.comparedWith ? doc.byId.get(claim.comparedWith) : undefined;
    const other =
      linked && isGpuCount(linked, doc)
        ? linked
        : sentenceClaims(doc, claim).find((c) => c !== claim && isGpuCount(c, doc));
    const ds = kb.trainingById.get('deepseek-v3')!;
    const ll = kb.trainingById.get('llama-3.1-405b')!;
    const deepseek = docMentions(doc, 'deepseek', DEEPSEEK_RE);
    const nearDs = (v: number) => Math.abs(v - ds.gpus!) / ds.gpus! <= 0.05;
    if (other) {
      const [lo, hi] = claim.value <= other.value ? [claim, other] : [other, claim];
      const known = deepseek && nearDs(lo.value) && Math.abs(hi.value - ll.gpus!) / ll.gpus! <= 0.1;
      if (known) {
        const ratio = ll.gpuHours! / ds.gpuHours!;
        return caveat(doc, kb, {
          id: 'hardware.cluster-size',
          severity: 'warn',
          title: { ko: '서로 다른 GPU의 대수 비교', en: 'Counts of different GPUs compared' },
          detail: {
            ko: `${lo.text} 대 ${hi.text}: DeepSeek-V3는 H800 ${formatNumber(ds.gpus!)}개(보고서 §3.1), 라마3 405B는 H100 최대 1만6000개로 훈련했습니다. H800은 수출 규제로 사양을 낮춘 칩이라 대수로는 비교가 안 되고, 기간도 다릅니다. 더 공정한 GPU 시간으로는 278만8000 H800시간 대 3084만 H100시간(Llama 3.1 405B)으로 약 ${formatNumber(ratio, 'ko', 0)}배이며, 이 역시 마지막 훈련만 센 값입니다.`,
            en: `${lo.text} vs ${hi.text}: DeepSeek-V3 trained on ${formatNumber(ds.gpus!)} H800s (report §3.1); Llama 3 405B on up to 16K H100s. The H800 is an export-restricted variant and the runs lasted different times, so cluster sizes do not compare. GPU-hours are fairer: 2.788M H800-hours vs 30.84M H100-hours for Llama 3.1 405B, about ${formatNumber(ratio, 'en', 0)}× — still final runs only.`,
          },
          sources: [...ds.sources, ...ll.sources],
        });
      }
      return caveat(doc, kb, {
        id: 'hardware.cluster-size',
        severity: 'info',
        title: { ko: 'GPU 대수보다 GPU 시간', en: 'GPU-hours compare better than GPU counts' },
        detail: {
          ko: `${lo.text} 대 ${hi.text}: GPU 대수는 기종과 사용 기간이 같을 때만 비교가 됩니다. 같은 기종의 GPU 시간(대수 × 시간)이 더 공정한 척도입니다.`,
          en: `${lo.text} vs ${hi.text}: GPU counts compare only for the same GPU model over the same time; GPU-hours on the same model are the fairer measure.`,
        },
        sources: ['deepseek-v3-report', 'llama31-model-card'],
      });
    }
    if (deepseek && nearDs(claim.value)) {
      return caveat(doc, kb, {
        id: 'hardware.cluster-not-fleet',
        severity: 'info',
        title: { ko: '훈련에 쓴 클러스터 ≠ 보유 GPU', en: 'The training cluster is not the whole fleet' },
        detail: {
          ko: `${claim.text}: DeepSeek-V3 마지막 훈련에 쓴 H800 ${formatNumber(ds.gpus!)}개 클러스터 크기입니다. 회사가 보유한 GPU 총수가 아닙니다. ${kb.deepseekTotalHardware.text.ko}`,
          en: `${claim.text} is the size of the ${formatNumber(ds.gpus!)}-H800 cluster of DeepSeek-V3's final training run, not the number of GPUs the company owns. ${kb.deepseekTotalHardware.text.en}`,
        },
        sources: [...ds.sources, ...kb.deepseekTotalHardware.sources],
      });
    }
    return [];
  },
};
