// Math benchmarks: AIME (generic, 2024, 2025), MATH-500, GSM8K.
import type { Benchmark } from '../types.js';

const C = '2026-11-29';

const AIME_SAMPLING = {
  ko: '같은 모델도 채점 방식에 따라 점수가 크게 달라집니다: OpenAI o1(사전 공개판)은 AIME 2024에서 문제당 한 번 풀면 74%, 64번 풀어 다수결(cons@64)이면 83%였습니다.',
  en: 'The same model scores very differently by sampling: OpenAI o1 (preview) scored 74% on AIME 2024 with one sample per problem and 83% with a 64-sample majority vote (cons@64).',
};

export const MATH_BENCHMARKS: Benchmark[] = [
  {
    id: 'aime',
    name: 'AIME (year not stated)',
    nameKo: 'AIME(연도 미상)',
    aliases: [
      'AIME',
      '미국 수학경시대회',
      '미국수학경시대회',
      '미국 수학 경시대회',
      '미국 수학올림피아드 예선',
    ],
    what: {
      ko: '미국 고등학생 수학경시대회(AIME) 문제로, 답은 0~999 정수입니다. 한 해 두 차례 시험, 각 15문제.',
      en: 'Problems from the American Invitational Mathematics Examination; answers are integers 0–999. Two papers a year, 15 problems each.',
    },
    items: 30,
    itemsNote: { ko: '한 해 30문제(15문제 × 2회)', en: '30 problems per year (2 papers × 15)' },
    metric: 'accuracy (pass@1, cons@64, pass@k)',
    granularity: 'sampled',
    family: 'aime',
    notes: [{ kind: 'selection', text: AIME_SAMPLING, sources: ['openai-learning-to-reason'] }],
    lookalikes: ['aime-2024', 'aime-2025'],
    sources: ['aime', 'inspect-aime2024'],
    checked: C,
  },
  {
    id: 'aime-2024',
    name: 'AIME 2024',
    aliases: ['AIME 2024', 'AIME2024', "AIME '24", 'AIME 24', 'AIME 2024 벤치마크'],
    what: {
      ko: '2024년 미국 수학경시대회(AIME I·II) 30문제. 답은 0~999 정수.',
      en: 'The 2024 American Invitational Mathematics Examination (AIME I and II): 30 problems with integer answers 0–999.',
    },
    items: 30,
    itemsNote: { ko: '30문제(15문제 × 2회)', en: '30 problems (2 papers × 15)' },
    metric: 'accuracy (pass@1, cons@64, pass@k)',
    granularity: 'sampled',
    family: 'aime',
    notes: [
      {
        kind: 'contamination',
        text: {
          ko: 'MathArena는 AIME 2024에서 "강한 오염 징후"를 발견했습니다. 문제와 풀이가 공개된 뒤 학습 데이터에 섞였을 수 있습니다.',
          en: 'MathArena found "strong signs of contamination in AIME 2024": the problems and solutions have been public since early 2024 and may be in training data.',
        },
        sources: ['matharena'],
      },
      {
        kind: 'selection',
        text: {
          ko: '점수는 시드·디코딩·프롬프트, 심지어 하드웨어에 따라서도 흔들립니다.',
          en: 'Scores move with seeds, decoding, prompts and even hardware.',
        },
        sources: ['hochlehnert-sober-look'],
      },
    ],
    lookalikes: ['aime-2025'],
    sources: ['aime', 'inspect-aime2024', 'deepseek-r1-report'],
    checked: C,
  },
  {
    id: 'aime-2025',
    name: 'AIME 2025',
    aliases: ['AIME 2025', 'AIME2025', "AIME '25", 'AIME 25'],
    what: {
      ko: '2025년 미국 수학경시대회(AIME I·II) 30문제.',
      en: 'The 2025 American Invitational Mathematics Examination (AIME I and II): 30 problems.',
    },
    items: 30,
    itemsNote: { ko: '30문제(15문제 × 2회)', en: '30 problems (2 papers × 15)' },
    metric: 'accuracy (pass@1, cons@64, pass@k)',
    granularity: 'sampled',
    family: 'aime',
    notes: [
      {
        kind: 'contamination',
        text: {
          ko: '시험 직후엔 새 문제였지만, 시간이 지날수록 문제·풀이가 학습 데이터에 섞일 위험이 커집니다. MathArena는 시험 직후 문제당 4번씩 채점했습니다.',
          en: 'Fresh when the exam was sat, but leakage risk grows as problems and solutions circulate; MathArena evaluated right after the exam, 4 samples per question.',
        },
        sources: ['matharena'],
      },
    ],
    lookalikes: ['aime-2024'],
    sources: ['aime', 'matharena'],
    checked: C,
  },
  {
    id: 'math-500',
    name: 'MATH-500',
    aliases: ['MATH-500', 'MATH500', 'MATH 500', '매스500', '매스-500'],
    what: {
      ko: 'MATH 테스트셋에서 OpenAI가 무작위로 고른 고교 경시 수학 500문제(자유 응답, 정답 정규화 후 비교).',
      en: 'A uniformly random 500-problem subset of the MATH test set chosen by OpenAI; free-form answers compared after normalization.',
    },
    items: 500,
    metric: 'exact match after normalization',
    granularity: 'binary',
    notes: [
      {
        kind: 'saturation',
        text: {
          ko: '포화 상태: DeepSeek-R1 97.3 대 o1 96.4처럼 상위 모델이 모두 95%를 넘습니다.',
          en: 'Saturating: top models all exceed 95% (DeepSeek-R1 97.3 vs o1 96.4).',
        },
        sources: ['deepseek-r1-report'],
      },
      {
        kind: 'errors',
        text: {
          ko: '정답 정규화가 "가끔 틀린 답도 맞다고 인정"할 수 있다고 제작자가 밝혔습니다.',
          en: 'Its makers note that answer normalization "might sometimes admit incorrect answers".',
        },
        sources: ['prm800k'],
      },
    ],
    sources: ['prm800k'],
    checked: C,
  },
  {
    id: 'gsm8k',
    name: 'GSM8K',
    aliases: ['GSM8K', 'GSM-8K', 'GSM 8K', 'Grade School Math 8K'],
    what: {
      ko: '초등 수준의 여러 단계 산수 문장제(Grade School Math 8K). 테스트셋 1,319문제.',
      en: 'Grade School Math 8K: multi-step grade-school word problems; the test split has 1,319 problems.',
    },
    items: 1319,
    itemsNote: { ko: '테스트셋 1,319문제(전체 약 8,500)', en: 'test split 1,319 (about 8,500 in all)' },
    metric: 'exact match of the final number',
    granularity: 'binary',
    notes: [
      {
        kind: 'saturation',
        text: {
          ko: 'OpenAI조차 최신 모델들이 MATH·GSM8K를 너무 잘 풀어 "더는 모델을 구별하지 못한다"고 했습니다.',
          en: 'OpenAI itself says frontier models do so well on MATH and GSM8K that they "are no longer effective at differentiating models".',
        },
        sources: ['openai-learning-to-reason'],
      },
      {
        kind: 'contamination',
        text: {
          ko: '비슷한 새 문제(GSM1k)에서 일부 모델군은 최대 8~13% 떨어져 부분적 암기가 의심됩니다.',
          en: 'On fresh look-alike problems (GSM1k) some model families dropped by up to 8–13%, pointing to partial memorization.',
        },
        sources: ['gsm1k'],
      },
    ],
    sources: ['gsm8k'],
    checked: C,
  },
];
