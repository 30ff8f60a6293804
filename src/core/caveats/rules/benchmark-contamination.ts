// Known weaknesses of the named benchmark: contamination, saturation, label errors and version drift.
import type { Caveat } from '../../types.js';
import { caveat, type Rule } from '../rule.js';
import { benchName } from './match.js';

const TITLES = {
  contamination: { ko: '오염 가능성: 문제가 학습 데이터에 섞였을 수 있음', en: 'Possible contamination' },
  saturation: { ko: '포화된 벤치마크: 상위권 차이가 작음', en: 'A saturated benchmark' },
  errors: { ko: '문항 자체의 오류', en: 'Errors in the benchmark itself' },
  version: { ko: '판·기간·분할에 따라 다른 점수', en: 'Version, window or split matters' },
  selection: { ko: '측정 조건에 민감한 점수', en: 'Sensitive to how it is measured' },
} as const;

export const benchmarkContamination: Rule = {
  id: 'benchmark-contamination',
  kinds: ['score'],
  run(claim, doc, kb) {
    if (claim.kind !== 'score' || !claim.benchmark) return [];
    const b = kb.benchmarkById.get(claim.benchmark);
    if (!b) return [];
    const name = benchName(kb, b.id, doc.ui);
    const out: Caveat[] = [];
    for (const note of b.notes) {
      // Sampling-sensitivity notes are said by the settings rule when a comparison calls for it.
      if (note.kind === 'selection' && b.family === 'aime') continue;
      out.push(
        ...caveat(doc, kb, {
          id: `benchmark.${note.kind}`,
          severity: 'info',
          title: { ko: `${name}: ${TITLES[note.kind].ko}`, en: `${name}: ${TITLES[note.kind].en}` },
          detail: note.text,
          sources: note.sources,
        }),
      );
    }
    return out;
  },
};
