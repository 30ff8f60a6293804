// The table-driven candidate search must stop exactly where the candidate regexes would, from every position.
import { describe, expect, it } from 'vitest';
import { candidateRegex } from '../../../src/core/detect/candidates.js';
import { nextCandidate } from '../../../src/core/detect/next-candidate.js';
import { generateCorpus } from '../../bench/corpus.js';
import { conformancePieces, seedPieces } from '../../bench/corpus-files.js';
import { makeRng } from '../../bench/prng.js';
import { CORPORA } from '../perf/corpus.js';

const LANGS = ['ko', 'zh', 'en'] as const;

/** Positions where the two disagree: [lang, short, from, regex's answer, table's answer]. */
function mismatches(text: string, step: number): Array<[string, boolean, number, number, number]> {
  const out: Array<[string, boolean, number, number, number]> = [];
  for (const lang of LANGS)
    for (const short of [false, true]) {
      const re = candidateRegex(lang, short);
      for (let from = 0; from <= text.length; from += step) {
        re.lastIndex = from;
        const want = re.exec(text)?.index ?? -1;
        const got = nextCandidate(text, from, lang, short);
        if (got !== want) out.push([lang, short, from, want, got]);
      }
    }
  return out;
}

describe('nextCandidate', () => {
  it('agrees with the regexes on the demo article (and, under eval, every conformance sentence), from every position', () => {
    const bad = [];
    for (const p of [
      ...seedPieces('test/data/seed/hankyung-deepseek-2025-01.txt'),
      ...(CORPORA ? conformancePieces(CORPORA) : []),
    ]) {
      for (const m of mismatches(p.text, p.text.length > 300 ? 3 : 1)) bad.push([p.text.slice(0, 60), ...m]);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('agrees on generated Korean and English news', () => {
    const bad = [];
    for (const a of generateCorpus({ seed: 7, bytes: 300_000 })) {
      const text = [a.title, ...a.paragraphs].join('\n');
      for (const m of mismatches(text, 5)) bad.push(m);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('agrees on random strings of numeral syllables, counters, digits and punctuation', () => {
    const r = makeRng(20261129);
    const alphabet = [
      ...'일이삼사오육칠팔구십백천만억조영공수몇한두세네열스물서른마흔쉰예순하나다섯여섯일곱여덟아홉둘셋넷석넉첫절반마이너나',
      ...'명개곳번째마리살가지권대달해주장원달러퍼센트분의점가나다라사용국',
      ...'0123456789０９$₩€ ,.()%\n\u3000',
      ...'abcXYZ一二三十百千万億兆第',
    ];
    const bad = [];
    for (let k = 0; k < 1500; k++) {
      let s = '';
      const len = r.int(1, 40);
      for (let i = 0; i < len; i++) s += r.pick(alphabet);
      for (const m of mismatches(s, 1)) bad.push([s, ...m]);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
