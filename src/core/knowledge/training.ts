// Compute and cost facts of named training runs, for the cost and hardware rules.
import type { TrainingFact } from './types.js';

const C = '2026-11-29';

export const TRAINING_FACTS: TrainingFact[] = [
  {
    id: 'deepseek-v3',
    model: 'DeepSeek-V3',
    maker: 'deepseek',
    gpuModel: 'H800',
    gpus: 2048,
    gpuHours: 2_788_000,
    costUsd: 5_576_000,
    rentalUsdPerGpuHour: 2,
    // Table 1 of the report, "assuming the rental price of H800 is $2 per GPU hour".
    stages: [
      { name: 'pre-training', gpuHours: 2_664_000, costUsd: 5_328_000 },
      { name: 'context extension', gpuHours: 119_000, costUsd: 238_000 },
      { name: 'post-training', gpuHours: 5_000, costUsd: 10_000 },
    ],
    excludes: {
      ko: '공식 훈련 1회분입니다. 보고서 스스로 "선행 연구와 아키텍처·알고리즘·데이터 절제(ablation) 실험 비용은 제외"라고 밝혔습니다. GPU 구입비, 데이터센터, 인건비, 데이터 비용, 이전 모델(V2 등) 개발비도 들어 있지 않습니다.',
      en: 'It covers the official training run only: the report itself says the figure excludes "the costs associated with prior research and ablation experiments on architectures, algorithms, or data"; GPU purchases, data centres, staff, data and earlier models (V2 …) are not in it either.',
    },
    sources: ['deepseek-v3-report'],
    checked: C,
  },
  {
    id: 'deepseek-r1-rl',
    model: 'DeepSeek-R1 (reinforcement-learning stage)',
    maker: 'deepseek',
    gpuModel: 'H800',
    // $294,000 at the same assumed $2 per H800-hour; the GPU count (512 or 648) is reported inconsistently.
    gpuHours: 147_000,
    costUsd: 294_000,
    rentalUsdPerGpuHour: 2,
    excludes: {
      ko: '이는 R1의 강화학습 단계만의 임대료 환산치로, 바탕 모델인 DeepSeek-V3의 훈련(마지막 1회만 557만6000달러) 위에 더해지는 비용입니다. 연구·실험·장비·인건비는 역시 빠져 있습니다.',
      en: 'It is the rental-priced cost of R1’s reinforcement-learning stage only, on top of training the base model DeepSeek-V3 (whose final run alone is put at $5.576M); research, experiments, hardware and staff are again left out.',
    },
    sources: ['nature-r1-coverage', 'deepseek-v3-report'],
    checked: C,
  },
  {
    id: 'llama-3.1-405b',
    model: 'Llama 3.1 405B',
    maker: 'meta',
    gpuModel: 'H100',
    gpus: 16_000,
    gpusNote: {
      ko: '최대 1만6000개 H100(2만4000개 클러스터 중)',
      en: 'up to 16K H100s (of a 24K-GPU cluster)',
    },
    gpuHours: 30_840_000,
    sources: ['llama31-model-card', 'llama3-paper'],
    checked: C,
  },
];

export const TRAINING_BY_ID: Map<string, TrainingFact> = new Map(TRAINING_FACTS.map((f) => [f.id, f]));

/** SemiAnalysis's estimate of DeepSeek's total hardware, for contrast (disputed; see sources). */
export const DEEPSEEK_TOTAL_HARDWARE = {
  text: {
    ko: 'SemiAnalysis는 딥시크의 GPU 투자를 5억 달러 이상, Hopper GPU 약 5만 개로 추정했습니다(추정치이며 반론이 있음).',
    en: 'SemiAnalysis estimated DeepSeek’s GPU spend at well over $500M with about 50,000 Hopper GPUs (an estimate, and disputed).',
  },
  sources: ['semianalysis-deepseek-debates'],
};
