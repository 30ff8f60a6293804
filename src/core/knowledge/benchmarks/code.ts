// Coding benchmarks: HumanEval, MBPP, LiveCodeBench, Codeforces, SWE-bench (+Verified), Aider Polyglot.
import type { Benchmark } from '../types.js';

const C = '2026-11-29';

export const CODE_BENCHMARKS: Benchmark[] = [
  {
    id: 'humaneval',
    name: 'HumanEval',
    nameKo: '휴먼이벨(HumanEval)',
    aliases: ['HumanEval', 'Human-Eval', 'Human Eval', '휴먼이벨', '휴먼에발'],
    what: {
      ko: 'docstring을 보고 파이썬 함수를 작성하는 164문제(OpenAI).',
      en: "OpenAI's 164 Python function-writing problems from docstrings.",
    },
    items: 164,
    metric: 'pass@k (unbiased estimator)',
    granularity: 'sampled',
    notes: [
      {
        kind: 'errors',
        text: {
          ko: '문제당 테스트가 평균 9.6개뿐이라, 테스트를 약 80배 늘린 HumanEval+에선 pass@k가 19~29% 떨어지고 18문제(11%)는 정답 자체가 틀렸습니다.',
          en: 'About 9.6 tests per task: with ~80× more tests (HumanEval+) pass@k falls 19–29%, and 18 tasks (11%) had wrong reference solutions.',
        },
        sources: ['evalplus'],
      },
      {
        kind: 'contamination',
        text: {
          ko: '오염 우려: HumanEval에서 강한 모델이 새 문제(LiveCodeBench)에선 약한 경우가 있습니다.',
          en: 'Contamination: models strong on HumanEval can be weak on fresh problems (LiveCodeBench).',
        },
        sources: ['livecodebench-repo'],
      },
    ],
    sources: ['humaneval'],
    checked: C,
  },
  {
    id: 'mbpp',
    name: 'MBPP',
    aliases: ['MBPP', 'Mostly Basic Python Problems'],
    what: {
      ko: '입문 수준 파이썬 문제(Mostly Basic Python Problems). 전체 974, 테스트 500, 정제판 427.',
      en: 'Mostly Basic Python Problems: 974 in all (test 500); a sanitized version has 427.',
    },
    items: 500,
    itemsNote: {
      ko: '테스트 500문제 기준(전체판·정제판 중 어느 것인지 밝히지 않는 경우가 많음)',
      en: 'test split of 500 (reports often omit whether the full or sanitized set was used)',
    },
    metric: 'pass@1',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '전체판(974)과 정제판(427), 전체와 테스트 분할 중 무엇인지 대개 밝히지 않습니다. 문제당 테스트 3개.',
          en: 'Which split (full 974 vs sanitized 427, all vs test) is often unstated; 3 tests per problem.',
        },
        sources: ['mbpp'],
      },
    ],
    sources: ['mbpp'],
    checked: C,
  },
  {
    id: 'livecodebench',
    name: 'LiveCodeBench',
    nameKo: '라이브코드벤치(LiveCodeBench)',
    aliases: [
      'LiveCodeBench',
      'Live Code Bench',
      'LiveCode Bench',
      'LCB',
      '라이브코드벤치',
      '라이브 코드 벤치',
    ],
    what: {
      ko: 'LeetCode·AtCoder·Codeforces에서 날짜별로 모은 새 코딩 문제로 코드 생성 등을 평가(UC버클리 등).',
      en: 'Code generation (and repair, test-output prediction) on dated new contest problems from LeetCode, AtCoder and Codeforces.',
    },
    items: null,
    itemsNote: {
      ko: '기간별로 바뀌는 문제 집합(2023-05~2024-02 약 400문제, ~2024-05 500여 문제). DeepSeek-R1의 2024-08~2025-01 구간 문항 수는 확인되지 않음',
      en: 'rolling set: about 400 problems for 2023-05..2024-02, over 500 to 2024-05; the count in DeepSeek-R1’s 2024-08..2025-01 window is unverified',
    },
    metric: 'pass@1',
    granularity: 'sampled',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '점수는 문제 수집 기간에 좌우됩니다(R1은 2024-08~2025-01, V3는 2024-08~2024-11). 기간이 다르면 비교할 수 없습니다.',
          en: 'The score depends on the date window (R1 used 2024-08..2025-01, V3 2024-08..2024-11); different windows are not comparable.',
        },
        sources: ['deepseek-r1-report', 'deepseek-v3-report'],
      },
      {
        kind: 'contamination',
        text: {
          ko: '날짜 구간은 오염을 잡으려는 장치입니다: 일부 모델은 학습 시점 이후 문제에서 점수가 떨어집니다.',
          en: 'The date windows exist to expose contamination: some models drop on problems released after their training cut-off.',
        },
        sources: ['livecodebench'],
      },
    ],
    lookalikes: ['livebench'],
    sources: ['livecodebench', 'livecodebench-repo'],
    checked: C,
  },
  {
    id: 'codeforces',
    name: 'Codeforces',
    nameKo: '코드포스(Codeforces)',
    aliases: ['Codeforces', 'CodeForces', '코드포스', 'CodeElo'],
    what: {
      ko: '경쟁 프로그래밍 대회 문제를 풀게 해 사람 기준의 Elo 레이팅·백분위로 환산한 값(고정된 문제 집합이 아님).',
      en: 'Competitive-programming contests mapped to a human Elo rating and percentile; not a fixed problem set.',
    },
    items: null,
    itemsNote: {
      ko: 'DeepSeek-R1은 Div.2 대회 10개로 모의 채점',
      en: 'DeepSeek-R1 simulated 10 Div. 2 contests',
    },
    metric: 'simulated rating / percentile',
    granularity: 'rating',
    notes: [
      {
        kind: 'selection',
        text: {
          ko: '모의 레이팅은 제출 순서로 394점, 대회 선택으로 최대 1,122점, 실행마다 최대 349점까지 달라질 수 있습니다.',
          en: 'Simulated ratings can shift by 394 points with submission order, up to 1,122 with contest choice, and up to 349 run to run.',
        },
        sources: ['when-elo-lies'],
      },
    ],
    sources: ['deepseek-r1-report', 'codeelo'],
    checked: C,
  },
  {
    id: 'swe-bench',
    name: 'SWE-bench (full)',
    aliases: ['SWE-bench', 'SWE bench', 'SWEbench', '스웨벤치', 'SWE-벤치'],
    what: {
      ko: '실제 GitHub 이슈를 해결하는 과제 2,294개(파이썬 저장소 12개). 검증판(Verified)과 다릅니다.',
      en: 'Resolving real GitHub issues: 2,294 tasks from 12 Python repositories. Not the same as SWE-bench Verified.',
    },
    items: 2294,
    metric: '% resolved',
    granularity: 'binary',
    notes: [
      {
        kind: 'errors',
        text: {
          ko: 'SWE-Bench+ 분석: 성공한 패치의 32.67%는 이슈 본문에 답이 새어 있었고, 31.08%는 테스트가 약해서 통과했습니다.',
          en: 'SWE-Bench+: 32.67% of successful patches had the solution leaked in the issue text and 31.08% passed only because tests were weak.',
        },
        sources: ['swe-bench-plus'],
      },
    ],
    lookalikes: ['swe-bench-verified'],
    sources: ['swe-bench-plus', 'swe-bench-verified'],
    checked: C,
  },
  {
    id: 'swe-bench-verified',
    name: 'SWE-bench Verified',
    aliases: [
      'SWE-bench Verified',
      'SWE-Bench Verified',
      'SWE Verified',
      'SWE-bench-Verified',
      'SWE-벤치 베리파이드',
      '스웨벤치 베리파이드',
    ],
    what: {
      ko: 'SWE-bench 중 사람이 검증한 500개 과제(OpenAI). 실제 GitHub 이슈를 고치는 패치를 만들어 테스트를 통과해야 합니다.',
      en: 'OpenAI’s 500 human-validated tasks from SWE-bench: write a patch for a real GitHub issue that passes the tests.',
    },
    items: 500,
    metric: '% resolved',
    granularity: 'binary',
    notes: [
      {
        kind: 'selection',
        text: {
          ko: '점수는 에이전트 틀(scaffold)에 좌우됩니다: R1과 o1은 Agentless 틀로 쟀습니다.',
          en: 'Scores depend on the agent scaffold: R1 and o1 were measured with the Agentless framework.',
        },
        sources: ['deepseek-r1-report'],
      },
      {
        kind: 'contamination',
        text: {
          ko: 'SWE-Bench+는 답 유출과 약한 테스트 문제가 Verified에도 있다고 보고했습니다.',
          en: 'SWE-Bench+ reports that solution leakage and weak tests also affect Verified.',
        },
        sources: ['swe-bench-plus'],
      },
    ],
    lookalikes: ['swe-bench'],
    sources: ['swe-bench-verified'],
    checked: C,
  },
  {
    id: 'aider-polyglot',
    name: 'Aider Polyglot',
    nameKo: '에이더 폴리글랏(Aider Polyglot)',
    aliases: [
      'Aider Polyglot',
      'Aider-Polyglot',
      'Aider polyglot benchmark',
      '에이더 폴리글랏',
      '에이더 폴리글롯',
      'Aider',
    ],
    what: {
      ko: 'Exercism 문제 225개로 6개 언어(C++·Go·Java·JS·Python·Rust) 코드 편집 능력을 평가. 두 번까지 시도 허용.',
      en: 'Code editing on 225 Exercism problems in six languages (C++, Go, Java, JS, Python, Rust); two tries allowed.',
    },
    items: 225,
    metric: '% solved within 2 tries',
    granularity: 'binary',
    notes: [
      {
        kind: 'selection',
        text: {
          ko: '2024년의 특정 모델 7개 중 3개 이하가 푼 문제만 골랐으므로 그 모델들에 불리하게 기울어 있습니다. 편집 형식(diff/whole)도 점수를 바꿉니다.',
          en: 'Problems were chosen as those solved by at most 3 of 7 specific 2024 models, so the set is tilted against them; the edit format (diff vs whole) also matters.',
        },
        sources: ['aider-polyglot'],
      },
    ],
    sources: ['aider-polyglot'],
    checked: C,
  },
];
