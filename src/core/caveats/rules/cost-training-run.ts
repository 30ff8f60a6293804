// Cost claims: a training run at a rental price is not the cost of building the model.
import { formatKoreanNumber, formatMoney } from '../../format.js';
import { near, sentenceOf } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { knownTrainingCost } from './known-figures.js';

const COST_WORDS = /비용|개발비|cost|spent|spend|price tag|들었|투입/i;
const TRAINING_WORDS = /훈련|학습|개발|training|train(?:ed)?\b|to build|develop/i;
const RENTAL_WORDS = /빌린|임대|대여|렌탈|rent(?:al|ed|ing)?\b|per GPU[- ]hour|GPU[- ]hours?|시간당/i;
const CALLED_DEVELOPMENT =
  /개발\s*(?:에\s*)?(?:투입된\s*)?비용|개발비|development cost|cost to (?:develop|build)|to build/i;

export const costTrainingRun: Rule = {
  id: 'cost-training-run',
  kinds: ['money'],
  run(claim, doc, kb) {
    if (claim.kind !== 'money') return [];
    const fact = knownTrainingCost(claim, doc, kb);
    const s = sentenceOf(doc, claim);
    if (fact) {
      const called = CALLED_DEVELOPMENT.test(s);
      const cost = formatMoney(fact.costUsd!, 'USD', doc.ui);
      const hours = (fact.gpuHours! / 1e6).toFixed(3);
      return caveat(doc, kb, {
        id: 'cost.training-run-not-total',
        severity: 'warn',
        title: {
          ko:
            fact.id === 'deepseek-v3'
              ? '마지막 훈련 1회의 GPU 임대료 환산치일 뿐'
              : '훈련 한 단계의 GPU 임대료 환산치일 뿐',
          en:
            fact.id === 'deepseek-v3'
              ? 'Only the final training run, at a rental price'
              : 'Only one training stage, at a rental price',
        },
        detail: {
          ko: `${fact.model}의 ${cost}는 H800 ${formatKoreanNumber(fact.gpuHours!)} GPU시간에 시간당 ${fact.rentalUsdPerGpuHour}달러라는 가정 임대료를 곱한 값입니다. ${fact.excludes!.ko}${called ? ' 기사는 이를 "개발 비용"이라 불렀지만 보고서는 그렇게 말하지 않습니다.' : ''} ${kb.deepseekTotalHardware.text.ko}`,
          en: `${fact.model}'s ${cost} is ${hours}M H800 GPU-hours times an assumed rental price of $${fact.rentalUsdPerGpuHour} per GPU-hour. ${fact.excludes!.en}${called ? ' The article calls it a development cost; the report does not.' : ''} ${kb.deepseekTotalHardware.text.en}`,
        },
        sources: [...fact.sources, 'interconnects-v3-cost', ...kb.deepseekTotalHardware.sources],
      });
    }
    const around = near(doc, claim, 50, 40);
    if (COST_WORDS.test(around) && TRAINING_WORDS.test(around) && RENTAL_WORDS.test(s)) {
      return caveat(doc, kb, {
        id: 'cost.training-run-not-total',
        severity: 'info',
        title: {
          ko: '훈련 1회 임대료 ≠ 모델 개발비',
          en: 'A rental-priced training run is not the cost of the model',
        },
        detail: {
          ko: `GPU 임대료로 환산한 훈련 비용(${claim.text})은 연구·실패한 실험·이전 모델·장비 구입·인건비를 뺀 값입니다. DeepSeek-V3 보고서도 자사의 557만6000달러가 선행 연구와 절제 실험 비용을 제외한다고 밝혔습니다.`,
          en: `A training cost priced at GPU rental (${claim.text}) leaves out research, failed experiments, earlier models, hardware purchases and staff. DeepSeek-V3's report says the same of its own $5.576M: it excludes prior research and ablation experiments.`,
        },
        sources: ['interconnects-v3-cost', 'deepseek-v3-report'],
      });
    }
    return [];
  },
};
