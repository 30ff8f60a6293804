// Cross-checks a score against published results: look-alike benchmark names, the figure's origin, copied baselines.
import type { PublishedResult } from '../../knowledge/types.js';
import type { Caveat } from '../../types.js';
import { caveat, type Rule } from '../rule.js';
import { benchName, bestMatch, reportSources, reportTitle } from './match.js';

export const benchmarkCrossCheck: Rule = {
  id: 'benchmark-cross-check',
  kinds: ['score'],
  run(claim, doc, kb) {
    if (claim.kind !== 'score' || !claim.benchmark) return [];
    const b = kb.benchmarkById.get(claim.benchmark);
    if (!b) return [];
    const other = claim.comparedWith ? doc.byId.get(claim.comparedWith) : undefined;
    const out: Caveat[] = [];
    const name = benchName(kb, b.id, doc.ui);

    let match = bestMatch(kb, doc, claim, b.id);
    let otherMatch = other ? bestMatch(kb, doc, other, b.id) : undefined;

    // Look-alike names: the figures are not published under this benchmark, but are under a look-alike.
    if (!match) {
      for (const alt of b.lookalikes ?? []) {
        const m = bestMatch(kb, doc, claim, alt);
        const om = other ? bestMatch(kb, doc, other, alt, other.value) : undefined;
        if (!m || (other && !om)) continue;
        const altName = benchName(kb, alt, doc.ui);
        const pairKo = om ? `${claim.value}%와 ${other!.value}%는` : `${claim.value}%는`;
        const pairEn = om ? `${claim.value}% and ${other!.value}% are` : `${claim.value}% is`;
        const whoKo = [m, om]
          .filter(Boolean)
          .map((r) => `${r!.model} ${r!.value}`)
          .join(', ');
        match = m;
        otherMatch = om;
        // A generic name without the year ("AIME"): not a mix-up, just unspecific — say which year matches.
        if (b.family === b.id) {
          out.push(
            ...caveat(doc, kb, {
              id: 'benchmark.published-match',
              severity: 'info',
              title: { ko: `${altName} 수치와 일치`, en: `Matches ${altName} figures` },
              detail: {
                ko: `기사는 연도를 밝히지 않았지만 ${pairKo} ${reportTitle(kb, m, 'ko')}(${m.where})의 ${altName} 수치(${whoKo})와 같습니다. 설정: ${m.settings.ko}.`,
                en: `The text gives no year, but ${pairEn.replace(/ are$| is$/, '')} ${om ? 'match' : 'matches'} the ${altName} figures in the ${reportTitle(kb, m)} (${m.where}): ${whoKo}. Settings: ${m.settings.en}.`,
              },
              sources: [...reportSources(kb, m), ...b.sources],
            }),
          );
          break;
        }
        out.push(
          ...caveat(doc, kb, {
            id: 'benchmark.lookalike-name',
            severity: 'warn',
            title: {
              ko: `${name} 아닌 ${altName} 수치로 보임`,
              en: `These look like ${altName} figures, not ${name}`,
            },
            detail: {
              ko: `${pairKo} ${reportTitle(kb, m, 'ko')}(${m.where})의 ${altName} 수치(${whoKo})와 같습니다. ${name}와 ${altName}는 이름만 비슷한 서로 다른 벤치마크로, 문제도 채점 방식도 다릅니다.`,
              en: `${pairEn} the ${altName} figures in the ${reportTitle(kb, m)} (${m.where}): ${whoKo}. ${name} is a different benchmark with a similar name — different questions, different scoring.`,
            },
            sources: [...reportSources(kb, m), ...b.sources, ...(kb.benchmarkById.get(alt)?.sources ?? [])],
          }),
        );
        break;
      }
    } else {
      out.push(
        ...caveat(doc, kb, {
          id: 'benchmark.published-match',
          severity: 'info',
          title: {
            ko: `출처: ${reportTitle(kb, match, 'ko')}`,
            en: `Source of the figure: ${reportTitle(kb, match)}`,
          },
          detail: {
            ko: `${claim.value}%는 ${reportTitle(kb, match, 'ko')}(${match.where})에 실린 ${match.model}의 ${name} 점수와 같습니다. 설정: ${match.settings.ko}.`,
            en: `${claim.value}% is ${match.model}'s ${name} score in the ${reportTitle(kb, match)} (${match.where}). Settings: ${match.settings.en}.`,
          },
          sources: reportSources(kb, match),
        }),
      );
    }

    // A baseline copied from the competitor's own report rather than re-measured.
    const copied: PublishedResult | undefined = [match, otherMatch].find((r) => r?.provenance === 'copied');
    if (copied) {
      const isThis = copied === match;
      out.push(
        ...caveat(doc, kb, {
          id: 'benchmark.baseline-copied',
          severity: 'warn',
          title: {
            ko: `${copied.model} 점수는 직접 잰 값이 아님`,
            en: `${copied.model}'s score was not re-measured`,
          },
          detail: {
            ko: `${isThis ? '' : '비교 대상인 '}${copied.model}의 ${copied.value}%(${reportTitle(kb, copied, 'ko')}, ${copied.where})는 ${copied.settings.ko}입니다. 두 점수가 같은 방식으로 나왔다는 근거가 없습니다.`,
            en: `${isThis ? '' : 'The compared figure, '}${copied.model}'s ${copied.value}% in the ${reportTitle(kb, copied)} (${copied.where}), was ${copied.settings.en}. Nothing shows the two scores were produced the same way.`,
          },
          sources: reportSources(kb, copied),
        }),
      );
    }
    return out;
  },
};
