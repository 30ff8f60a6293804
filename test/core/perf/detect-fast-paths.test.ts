// detect's own shortcuts change nothing: model names found only when asked for, name scans skipped when the pass finds only labels or nothing.
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import { findModelMentions } from '../../../src/core/document/models.js';
import { findBenchmarkMentions, mayNameWithDigits } from '../../../src/core/knowledge/benchmarks/index.js';
import type { Lang } from '../../../src/core/types.js';
import { perfPieces } from './corpus.js';

/** Written texts where names take numbers away or lend their ends to a score, and texts with nothing to find. */
const WRITTEN: { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'grok-4.1-thinking (1471) led the board; GPT-5.2 scored 88% on MATH-500.' },
  {
    lang: 'ko',
    text: '딥시크 V3(685B)는 하이퍼클로바X(53.1)보다 높았고 제미나이 3 프로는 ARC-AGI 버전2에서 31%를 기록했다.',
  },
  { lang: 'ko', text: '큐원 3 235B 모델과 라마 3.1 405B, GPT4의 KoBALT-700 점수는 61.2점이다.' },
  { lang: 'en', text: 'Llama 3 (70B) and a 405B parameters model; AIME 2025 at 79.8%.' },
  { lang: 'en', text: 'Nothing numeric here, only words about GPT and Claude.' },
  { lang: 'ko', text: '이번 일부 사용자는 제미나이와 클로드를 쓴다.' },
  { lang: 'zh', text: 'DeepSeek V3(685B)在第三季度' },
  { lang: 'ko', text: '지난 한시간\n지난 두달 동안 제미나이를 썼다.' },
  { lang: 'en', text: '' },
];

describe('detectClaims finds model names lazily', () => {
  it('gives what it gives when handed the model names up front', () => {
    let claims = 0;
    const wrong: string[] = [];
    const all = [...WRITTEN, ...perfPieces().map((p) => ({ lang: p.lang, text: p.text }))];
    for (const { lang, text } of all) {
      const lazy = detectClaims(text, lang);
      claims += lazy.length;
      const given = JSON.stringify(detectClaims(text, lang, findModelMentions(text)));
      const asked = JSON.stringify(detectClaims(text, lang, () => findModelMentions(text)));
      if ((JSON.stringify(lazy) !== given || asked !== given) && wrong.length < 5)
        wrong.push(text.slice(0, 120));
    }
    expect(wrong).toEqual([]);
    expect(claims).toBeGreaterThan(1000);
  });

  it('asks the caller’s finder only where the pass finds something, and once', () => {
    let calls = 0;
    const finder = (text: string) => () => {
      calls++;
      return findModelMentions(text);
    };
    for (const { lang, text } of WRITTEN) {
      const before = calls;
      const found = detectClaims(text, lang, finder(text));
      expect([text, calls - before]).toEqual([text, found.length ? 1 : 0]);
    }
    expect(calls).toBe(5);
  });

  it('still leaves names’ numbers out and reads sizes and scores beside a name', () => {
    const quotes = (i: number) => detectClaims(WRITTEN[i]!.text, WRITTEN[i]!.lang).map((c) => c.text);
    expect(quotes(0)).toEqual(['1471', '88%']);
    expect(quotes(1)).toEqual(['685B', '53.1', '31%']);
    expect(quotes(2)).toEqual(['61.2점']);
    expect(quotes(3)).toEqual(['70B', '405B parameters', '79.8%']);
    expect(quotes(4)).toEqual([]);
  });
});

describe('mayNameWithDigits', () => {
  it('is false only where the full matcher finds no benchmark name holding a digit', () => {
    const forms = [
      'AIME 2024와 aime’25, AIME  24',
      'MATH-500, math500, 매스-500',
      'GSM8K gsm 8k Grade School Math 8K',
      'ARC-AGI 버전2, ARC-AGI v2, 아크-AGI-2, AI2 Reasoning Challenge',
      'KoBALT-700 코발트-700 MMLU-Redux 2.0',
      'AIME, MATH, ARC-AGI and MMLU without their numbers',
    ];
    let skipped = 0;
    const wrong: string[] = [];
    const all = [...forms, ...WRITTEN.map((w) => w.text), ...perfPieces().map((p) => p.text)];
    for (const text of all) {
      if (mayNameWithDigits(text)) continue;
      skipped++;
      const full = findBenchmarkMentions(text, 0, text.length, false);
      if (full.some((b) => /\d/.test(text.slice(b.start, b.end))) && wrong.length < 5) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(1000);
    for (const f of forms.slice(0, 5)) expect([f, mayNameWithDigits(f)]).toEqual([f, true]);
  });
});
