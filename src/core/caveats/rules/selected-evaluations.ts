// Attribution: "일부 평가에서" / "in some tests" — a win on selected evaluations; say where the rival leads.

import { SELECTED_EVALS } from '../../enrich/attribution.js';
import type { PublishedResult } from '../../knowledge/types.js';
import { caveat, type Rule } from '../rule.js';
import { benchName, bestMatch } from './match.js';

/** How far back the framing phrase may sit: the sentence itself or the one or two before it. */
const LOOKBACK = 300;

export const selectedEvaluations: Rule = {
  id: 'selected-evaluations',
  kinds: ['score', 'percent'],
  run(claim, doc, kb) {
    if (claim.kind !== 'score' && claim.kind !== 'percent') return [];
    const from = Math.max(0, claim.sentence.start - LOOKBACK);
    if (!SELECTED_EVALS.test(doc.text.slice(from, claim.sentence.end))) return [];
    const m = claim.benchmark ? bestMatch(kb, doc, claim, claim.benchmark) : undefined;
    let listKo = '';
    let listEn = '';
    if (m?.report === 'deepseek-r1') {
      // Benchmarks of the same table where the rival column is ahead of DeepSeek-R1.
      const rows = kb.results.filter((r) => r.report === 'deepseek-r1' && r.where.startsWith('Table 4'));
      const lead: [PublishedResult, PublishedResult][] = [];
      for (const o1 of rows.filter((r) => r.model === 'OpenAI o1-1217')) {
        const r1 = rows.find(
          (r) => r.model === 'DeepSeek-R1' && r.benchmark === o1.benchmark && r.metric === o1.metric,
        );
        if (r1 && o1.value > r1.value) lead.push([o1, r1]);
      }
      const fmt = (ui: 'ko' | 'en') =>
        lead
          .map(([o, r]) => {
            const metric = o.benchmark === 'codeforces' ? ` (${o.metric})` : '';
            return `${benchName(kb, o.benchmark, ui)}${metric} ${o.value} vs ${r.value}`;
          })
          .join(', ');
      if (lead.length) {
        listKo = ` 같은 보고서(표 4)에서 o1-1217이 앞선 항목: ${fmt('ko')}.`;
        listEn = ` In the same table (Table 4) o1-1217 leads on: ${fmt('en')}.`;
      }
    }
    return caveat(doc, kb, {
      id: 'attribution.selected-evaluations',
      severity: 'info',
      title: { ko: '"일부 평가"에서의 우위', en: 'Ahead "in some tests" only' },
      detail: {
        ko: `기사 스스로 "일부" 평가라고 했습니다: 앞선 항목만 골라 보여 준 비교일 수 있습니다.${listKo}`,
        en: `The text itself says "some" evaluations: a comparison can show only the tests where one model leads.${listEn}`,
      },
      sources: m ? ['deepseek-r1-report', 'commons-library-stats'] : ['commons-library-stats'],
    });
  },
};
