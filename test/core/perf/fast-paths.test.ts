// analyze()'s skip of text where no number can begin, and the benchmark finder's prefix-driven search, change nothing.
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import { analyze, guessLang } from '../../../src/core/index.js';
import { findBenchmarkMentions } from '../../../src/core/knowledge/benchmarks/index.js';
import { mayHoldClaims } from '../../../src/core/may-hold-claims.js';
import type { Lang } from '../../../src/core/types.js';
import { perfPieces } from './corpus.js';

/** Pieces of one language joined by newlines into ~16,000-character chunks, as the content script sends text. */
function chunks(): { lang: Lang; text: string }[] {
  const out: { lang: Lang; text: string }[] = [];
  const open = new Map<Lang, string[]>();
  for (const p of perfPieces()) {
    const list = open.get(p.lang) ?? [];
    list.push(p.text);
    open.set(p.lang, list);
    if (list.join('\n').length >= 16_000) {
      out.push({ lang: p.lang, text: list.join('\n') });
      open.set(p.lang, []);
    }
  }
  for (const [lang, list] of open) if (list.length) out.push({ lang, text: list.join('\n') });
  return out;
}

/** Written edge cases: spaces at the ends (short vs long text), numerals in words, nothing at all. */
const WRITTEN: { lang: Lang; text: string }[] = [
  { lang: 'ko', text: '' },
  { lang: 'ko', text: '   ' },
  { lang: 'ko', text: '일' },
  { lang: 'ko', text: '  하나  ' },
  { lang: 'ko', text: `${' '.repeat(70)}두 명${' '.repeat(70)}` },
  { lang: 'ko', text: '이번 일부 사용자는 세계 여러 곳에서 그 제품을 쓰고 있다고 회사 측은 밝혔다.' },
  { lang: 'en', text: 'One of the first, a dozen, and twofold gains.' },
  { lang: 'en', text: 'Nothing numeric here at all, only words about the weather.' },
  { lang: 'zh', text: '第三季度利润增长' },
  { lang: 'ja', text: 'これはテストです' },
];

describe('analyze skips text where no number can begin', () => {
  it('only where the detector finds no claim either', () => {
    let skipped = 0;
    const wrong: string[] = [];
    const all = [...WRITTEN, ...perfPieces(), ...chunks()];
    for (const { lang, text } of all) {
      for (const l of [lang, guessLang(text)]) {
        if (mayHoldClaims(text, l)) continue;
        skipped++;
        if (detectClaims(text, l).length > 0 && wrong.length < 5) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(100);
  });

  it('gives no claims for the written texts it skips and keeps the others', () => {
    const skipped = WRITTEN.filter(({ lang, text }) => !mayHoldClaims(text, lang));
    expect(skipped.length).toBeGreaterThan(3);
    for (const { lang, text } of skipped) expect(analyze(text, { lang }).claims).toEqual([]);
    expect(analyze(`${' '.repeat(70)}두 명${' '.repeat(70)}`, { lang: 'ko' }).claims.length).toBe(1);
    expect(analyze('일', { lang: 'ko' }).claims.length).toBe(detectClaims('일', 'ko').length);
  });
});

describe('findBenchmarkMentions', () => {
  it('finds the same as the full matcher in page-sized chunks', () => {
    let found = 0;
    const wrong: string[] = [];
    for (const { text } of chunks()) {
      const full = findBenchmarkMentions(text, 0, text.length, false);
      found += full.length;
      if (JSON.stringify(findBenchmarkMentions(text)) !== JSON.stringify(full) && wrong.length < 3)
        wrong.push(text.slice(0, 80));
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(50);
  });

  it('finds the same on written edge forms (overlapping prefixes, spaces, case, apostrophes, ranges)', () => {
    const cases = [
      'MMLU-Pro와 MMLU, mmlu pro, MMLU‑Redux 점수',
      'AIMEAIME 2024 AIME2025 aime’24',
      'GPQA\n\tDiamond 71.5, gpqa diamond',
      '수능수능 국어 미국수학경시대회 미국 수학 경시 대회',
      'SWE-bench Verified와 SWE bench, swebench',
      'HLE WHLE (HLE) HLE-',
      'ſwe-bench, KMMLU, LiveCodeBench LiveBench',
    ];
    for (const s of cases) {
      expect([s, findBenchmarkMentions(s)]).toEqual([s, findBenchmarkMentions(s, 0, s.length, false)]);
      for (let from = 0; from < s.length; from += 3) {
        const to = Math.min(s.length, from + 17);
        expect([s, from, findBenchmarkMentions(s, from, to)]).toEqual([
          s,
          from,
          findBenchmarkMentions(s, from, to, false),
        ]);
      }
    }
  });
});
