// Sampling and settings: pass@1 over k samples vs cons@64 vs pass@k, tools, test-time compute — not comparable.
import { formatNumber } from '../../format.js';
import type { Caveat } from '../../types.js';
import { sentenceOf } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { bestMatch } from './match.js';

const SAMPLING_WORDS =
  /pass@\d+|cons@\d+|maj@\d+|majority vot|다수결|best[- ]of[- ]\d+|샘플\s*\d+개|\d+\s*samples/i;
const TOOLS_WORDS =
  /with tools|tool use|도구\s*(?:를\s*)?사용|검색\s*(?:기능|을\s*사용)|web search|test-time compute|high[- ]compute|추론\s*연산|연산량을\s*늘|thinking budget/i;

export const benchmarkSettings: Rule = {
  id: 'benchmark-settings',
  kinds: ['score'],
  run(claim, doc, kb) {
    if (claim.kind !== 'score' || !claim.benchmark) return [];
    const b = kb.benchmarkById.get(claim.benchmark);
    if (!b) return [];
    const s = sentenceOf(doc, claim);
    const other = claim.comparedWith ? doc.byId.get(claim.comparedWith) : undefined;
    const out: Caveat[] = [];
    const aime = b.family === 'aime';
    const aimeExample = {
      ko: ' 같은 o1도 AIME 2024에서 답 하나로는 74%, 64개 다수결로는 83%였습니다.',
      en: ' The same o1 scored 74% on AIME 2024 with one sample and 83% with a 64-sample majority vote.',
    };

    if (other && b.granularity === 'sampled') {
      const m = bestMatch(kb, doc, claim, b.id);
      const om = bestMatch(kb, doc, other, b.id);
      const gap = Math.abs(claim.value - other.value);
      const differ =
        m && om && (m.sampling !== om.sampling || m.sampling === 'unknown' || om.sampling === 'unknown');
      if (differ) {
        out.push(
          ...caveat(doc, kb, {
            id: 'benchmark.settings-differ',
            severity: 'warn',
            title: { ko: '채점 설정이 같다는 근거 없음', en: 'Not measured the same way' },
            detail: {
              ko: `${m.model} ${m.value}%: ${m.settings.ko}. ${om.model} ${om.value}%: ${om.settings.ko}.${aime ? aimeExample.ko : ''} 설정 차이만으로도 ${formatNumber(gap, 'ko', 1)}%포인트보다 큰 차이가 납니다.`,
              en: `${m.model} ${m.value}%: ${m.settings.en}. ${om.model} ${om.value}%: ${om.settings.en}.${aime ? aimeExample.en : ''} Settings alone move scores by more than the ${formatNumber(gap, 'en', 1)} pp gap.`,
            },
            sources: ['deepseek-r1-report', 'openai-learning-to-reason', 'hochlehnert-sober-look'],
          }),
        );
      } else if (SAMPLING_WORDS.test(s) || aime) {
        out.push(
          ...caveat(doc, kb, {
            id: 'benchmark.sampling',
            severity: 'info',
            title: {
              ko: '채점 방식(pass@1·cons@64)을 확인해야',
              en: 'Check the sampling: pass@1, cons@64, pass@k',
            },
            detail: {
              ko: `pass@1(답 하나 또는 k개 평균), cons@64(64개 다수결), pass@k(k개 중 하나라도 맞으면 정답)는 서로 다른 점수입니다. 기사는 두 점수가 같은 방식인지 밝히지 않았습니다.${aime ? aimeExample.ko : ''}`,
              en: `pass@1 (one sample, or the mean over k), cons@64 (majority of 64) and pass@k (any of k correct) are different scores; the text does not say both were produced the same way.${aime ? aimeExample.en : ''}`,
            },
            sources: ['deepseek-r1-report', 'openai-learning-to-reason'],
          }),
        );
      }
    } else if (SAMPLING_WORDS.test(s)) {
      out.push(
        ...caveat(doc, kb, {
          id: 'benchmark.sampling',
          severity: 'info',
          title: { ko: '채점 방식에 따라 다른 점수', en: 'A score for one sampling setting' },
          detail: {
            ko: `pass@1, cons@64, pass@k는 같은 모델이라도 다른 값을 냅니다. 이 점수는 그중 한 설정의 값이며 다른 설정의 점수와 비교할 수 없습니다.${aime ? aimeExample.ko : ''}`,
            en: `pass@1, cons@64 and pass@k give different values for the same model; this score belongs to one setting and is not comparable with another.${aime ? aimeExample.en : ''}`,
          },
          sources: ['deepseek-r1-report', 'openai-learning-to-reason'],
        }),
      );
    }

    if (TOOLS_WORDS.test(s)) {
      out.push(
        ...caveat(doc, kb, {
          id: 'benchmark.tools-compute',
          severity: 'warn',
          title: { ko: '도구·연산량이 다르면 다른 시험', en: 'Tools and compute change the test' },
          detail: {
            ko: '도구(검색·코드 실행) 사용이나 추론 연산량을 늘리면 점수가 크게 오릅니다: o3는 ARC-AGI-1에서 과제당 6번 시도로 75.7%, 약 172배 연산으로 87.5%였습니다. 같은 조건의 점수끼리만 비교해야 합니다.',
            en: 'Tools (search, code execution) and more test-time compute raise scores a lot: o3 scored 75.7% on ARC-AGI-1 with 6 samples per task and 87.5% with ~172× the compute. Compare only scores under the same conditions.',
          },
          sources: ['arc-o3', 'futurehouse-hle'],
        }),
      );
    }
    return out;
  },
};
