// Chinese and Korean knowledge benchmarks: C-Eval, CMMLU, KMMLU, CLIcK, HAE-RAE Bench.
import type { Benchmark } from '../types.js';

const C = '2026-11-29';

export const REGIONAL_BENCHMARKS: Benchmark[] = [
  {
    id: 'c-eval',
    name: 'C-Eval',
    aliases: ['C-Eval', 'CEval', 'C Eval'],
    what: {
      ko: '중국어 시험 지식 13,948문제, 52개 분야 4개 수준.',
      en: 'Chinese exam knowledge: 13,948 questions, 52 disciplines, 4 levels.',
    },
    items: 13948,
    metric: 'accuracy (test labels hidden)',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: 'DeepSeek-R1은 원래 few-shot 프롬프트를 zero-shot으로 바꿔 쟀습니다.',
          en: 'DeepSeek-R1 changed the original few-shot prompts to zero-shot.',
        },
        sources: ['deepseek-r1-report'],
      },
    ],
    sources: ['ceval'],
    checked: C,
  },
  {
    id: 'cmmlu',
    name: 'CMMLU',
    aliases: ['CMMLU'],
    what: {
      ko: '중국어 다중과목 4지선다 67과목, 테스트 11,582문제. 중국 특유의 정답이 많습니다.',
      en: 'Chinese multitask four-choice questions in 67 subjects; 11,582 test items, many with China-specific answers.',
    },
    items: 11582,
    metric: 'accuracy',
    granularity: 'binary',
    notes: [],
    lookalikes: ['mmlu', 'kmmlu'],
    sources: ['cmmlu'],
    checked: C,
  },
  {
    id: 'kmmlu',
    name: 'KMMLU',
    aliases: ['KMMLU', 'K-MMLU', '한국어 MMLU'],
    what: {
      ko: '한국 전문 시험에서 가져온 45개 과목 35,030문제.',
      en: '35,030 questions in 45 subjects taken from original Korean professional exams.',
    },
    items: 35030,
    metric: 'accuracy (micro or macro average)',
    granularity: 'binary',
    notes: [
      {
        kind: 'errors',
        text: {
          ko: 'LG AI연구원의 KMMLU-Redux가 치명적 오류 문항을 걸러낼 만큼 원본에 정답 오류가 있습니다. 평균 방식(micro/macro)도 확인해야 합니다.',
          en: 'KMMLU-Redux (LG AI Research) removed critically flawed items, so the original has label errors; check micro vs macro averaging too.',
        },
        sources: ['kmmlu-redux', 'kmmlu'],
      },
    ],
    lookalikes: ['mmlu', 'cmmlu'],
    sources: ['kmmlu'],
    checked: C,
  },
  {
    id: 'click',
    name: 'CLIcK',
    aliases: ['CLIcK', 'CLICK 벤치마크', 'CLIcK 벤치마크'],
    what: {
      ko: '한국 문화·언어 지식 1,995문항(11개 범주). 공식 시험과 사회통합프로그램 교재에서 출제.',
      en: 'Korean cultural and linguistic knowledge: 1,995 QA pairs in 11 categories, from official exams and KIIP textbooks.',
    },
    items: 1995,
    metric: 'accuracy',
    granularity: 'binary',
    notes: [],
    sources: ['click'],
    checked: C,
  },
  {
    id: 'haerae',
    name: 'HAE-RAE Bench',
    nameKo: '해례 벤치(HAE-RAE Bench)',
    aliases: ['HAE-RAE Bench', 'HAE-RAE', 'HAERAE', '해례 벤치', '해례벤치'],
    what: {
      ko: '한국어 어휘·역사·일반상식·독해 등 6개 과제의 한국 지식 벤치마크.',
      en: 'Korean knowledge in six tasks: vocabulary, history, general knowledge, reading comprehension.',
    },
    items: null,
    itemsNote: { ko: '전체 문항 수 미확인, 판마다 다름', en: 'total count unverified; differs by version' },
    metric: 'accuracy',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: 'lm-eval 판은 저작권 문제로 독해 과제를 빼서, 판마다 점수가 다릅니다.',
          en: 'The lm-eval version drops reading comprehension for copyright reasons, so versions differ.',
        },
        sources: ['haerae'],
      },
    ],
    sources: ['haerae'],
    checked: C,
  },
];
