// The sentence-break rule table and splitter give exactly what Intl.Segmenter gives, on every test text.
import { describe, expect, it } from 'vitest';
import { scanWithStats } from '../../../src/core/detect/index.js';
import {
  isSpaceCodeForTest,
  SENTENCE_CLASS as K,
  ruleBreaks,
  sentenceClass,
  sentencesFor,
} from '../../../src/core/detect/sentences.js';
import { guessLang } from '../../../src/core/lang.js';
import { perfPieces } from './corpus.js';
import { probeClass } from './sentence-probe.js';

const SEG = new Intl.Segmenter('ko', { granularity: 'sentence' });

function icuBreaks(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const s of SEG.segment(text.slice(start, end))) if (s.index > 0) out.push(start + s.index);
  return out;
}

describe('sentence-break class table', () => {
  it('agrees with ICU on every code point it claims to know', () => {
    const wrong: string[] = [];
    let known = 0;
    for (let c = 0; c < 0x10000; c++) {
      const k = sentenceClass(c);
      if (k === K.UNKNOWN) continue;
      known++;
      const p = probeClass(String.fromCharCode(c));
      if (p !== k) wrong.push(`U+${c.toString(16)}: table ${k}, ICU ${p}`);
    }
    expect(wrong).toEqual([]);
    expect(known).toBeGreaterThan(40_000);
  });

  it('leaves surrogates, format, combining and line-end characters to ICU', () => {
    for (const ch of [
      '\n',
      '\r',
      '\u2028',
      '\u200b',
      '\u200d',
      '\u0301',
      '\ud83d',
      '\ude00',
      '\ufe0f',
      '\u00ad',
    ])
      expect(sentenceClass(ch.charCodeAt(0))).toBe(K.UNKNOWN);
  });
});

describe('ruleBreaks vs Intl.Segmenter', () => {
  const cases = [
    'The U.S. economy grew 2.3% in 2024. Mr. Smith said so.',
    'Prices rose 79.8% vs. 79.2% last year! Really? Yes.',
    '딥시크는 79.8%를 기록했다. 오픈AI o1은 79.2%였다.24일 발표됐다',
    '“그렇다.” 그는 말했다. (괄호 안.) 다음 문장…이어진다',
    '售价为3.5亿元。同比增长20%！是吗？是的',
    '価格は3,000円です。前年比20%増！本当？',
    'e.g. the 3 items. etc. and more. U.S. Treasury. A.B.C. done.',
    'It reached the u.S. market. ok.Then 3.A and e.g.The end.',
    'He said "go." Then left.\tTabs. \u3000Wide space.',
  ];
  it.each(cases)('%s', (text) => {
    expect(ruleBreaks(text, 0, text.length)).toEqual(icuBreaks(text, 0, text.length));
  });

  it('leaves windows with surrogates to ICU, wherever the window starts', () => {
    const t = 'Good 🎉. Next one. 다음 문장.';
    expect(ruleBreaks(t, 0, t.length)).toBeNull();
    expect(ruleBreaks(t, 6, t.length)).toBeNull(); // starts on the pair's second half
    expect(ruleBreaks(t, 8, t.length)).toEqual(icuBreaks(t, 8, t.length));
  });

  it('equals ICU on every piece and on windows starting mid-text (seed, conformance, bench news)', () => {
    let checked = 0;
    let fallback = 0;
    const wrong: string[] = [];
    const check = (text: string, s: number, e: number) => {
      const mine = ruleBreaks(text, s, e);
      if (mine === null) {
        fallback++;
        return;
      }
      checked++;
      const icu = icuBreaks(text, s, e);
      if (mine.join() !== icu.join() && wrong.length < 5)
        wrong.push(`${JSON.stringify(text.slice(s, e))}: ${mine} vs ICU ${icu}`);
    };
    for (const p of perfPieces()) {
      const t = p.text;
      check(t, 0, t.length);
      // A window cut at an arbitrary place, as the claim windows are: its start reads as a text start.
      if (t.length > 40) check(t, 13, t.length - 7);
    }
    expect(wrong).toEqual([]);
    // Nearly everything is decided by the table; ICU only sees the rare exotic character.
    expect(fallback / (checked + fallback)).toBeLessThan(0.02);
  });
});

describe('sentencesFor with rules vs with ICU only', () => {
  it('gives the same sentence for every claim of every piece', () => {
    let claims = 0;
    const wrong: string[] = [];
    for (const p of perfPieces()) {
      const lang = guessLang(p.text);
      const raws = scanWithStats(p.text, lang).claims;
      const fast = sentencesFor(p.text, lang, raws);
      const icu = sentencesFor(p.text, lang, raws, true);
      claims += raws.length;
      if (JSON.stringify(fast) !== JSON.stringify(icu) && wrong.length < 5) wrong.push(p.text.slice(0, 200));
    }
    expect(wrong).toEqual([]);
    expect(claims).toBeGreaterThan(10_000);
  });
});

describe('class order', () => {
  it('puts every class ruleBreaks can skip below ATERM (its one-comparison skip relies on it)', () => {
    const stops = [K.ATERM, K.STERM, K.UNKNOWN];
    for (const [name, v] of Object.entries(K)) {
      if (stops.includes(v)) expect(v, name).toBeGreaterThanOrEqual(K.ATERM);
      else expect(v, name).toBeLessThan(K.ATERM);
    }
  });
});

describe('trim whitespace test', () => {
  it('is exactly the regex class \\s on every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceCodeForTest(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
