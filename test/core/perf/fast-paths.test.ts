// The engine's shortcuts (analyze()'s skip of number-free text, prefix-driven and remembered scans, backward reads) change nothing.
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import { docSpeakers, launchMaker } from '../../../src/core/enrich/attribution.js';
import { lastWords, trimClosing } from '../../../src/core/enrich/forecast.js';
import { Launches } from '../../../src/core/enrich/index.js';
import { topicAt } from '../../../src/core/enrich/topic.js';
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
  it('answers a repeated question from its memo, unchanged by what the caller did with the last answer', () => {
    const s = 'MMLU 88.5, GPQA Diamond 59.1, AIME 2024 79.8';
    const first = findBenchmarkMentions(s);
    first.pop();
    expect(findBenchmarkMentions(s)).toEqual(findBenchmarkMentions(s, 0, s.length, false));
    expect(findBenchmarkMentions(s, 12)).toEqual(findBenchmarkMentions(s, 12, s.length, false));
    expect(findBenchmarkMentions(s)).toHaveLength(3);
  });

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

/** Sentences cut from every piece, plus written forms with odd spacing. */
function sentences(): string[] {
  const out = [
    '',
    ' ',
    '  매출은  늘었다 ',
    ' a b c d',
    'a  b\tc\nd e  ',
    '\u3000첫\u00a0둘 셋\u2028넷  다섯\ufeff',
    ' \t하나 둘',
    '  하나 둘 셋 넷',
    '목표주가를 기존 21만원에서”)  . ',
    '"\u201d’)',
    'Apple’s new chip, Acme Inc. and Acme Corp said; Phil Schiller, senior vice president at Apple',
    '삼성전자의 신제품은 세계 최초로 개발에 성공했다고 회사 측은 밝혔다.',
  ];
  for (const p of perfPieces()) for (const s of p.text.split(/(?<=[.!?。])\s+/)) out.push(s);
  return out;
}

describe('backward reads in forecast.ts', () => {
  it('lastWords equals split, slice and join; trimClosing equals the trailing-run regex', () => {
    for (const s of sentences()) {
      for (const n of [1, 4])
        expect([s, lastWords(s, n)]).toEqual([s, s.trimEnd().split(/\s+/).slice(-n).join(' ')]);
      expect([s, trimClosing(s)]).toEqual([s, s.replace(/["'”’)\s.]+$/, '')]);
    }
  });
});

describe('lastWords on every character', () => {
  it('reads as space exactly what \\s matches', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const s = `${ch}a${ch}b${ch}${ch}c d e${ch}`;
      if (lastWords(s, 4) !== s.trimEnd().split(/\s+/).slice(-4).join(' ') && wrong.length < 5) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('topicAt', () => {
  it('answers the same when asked about the same sentence again, and after another one', () => {
    const all = sentences().filter((s) => s.length > 10);
    const first = all.map((s) => topicAt(s, s.length >> 1, (s.length >> 1) + 2));
    // The same calls in reverse order interleaved with another sentence: no answer may come from the memo's last one.
    for (let i = all.length - 1; i >= 0; i--) {
      topicAt(all[(i + 7) % all.length]!, 0, 1);
      expect([all[i], topicAt(all[i]!, all[i]!.length >> 1, (all[i]!.length >> 1) + 2)]).toEqual([
        all[i],
        first[i],
      ]);
    }
  });
});

describe('attribution prefilters', () => {
  it('launchMaker and docSpeakers find the same with and without their literal checks', () => {
    const texts = [...sentences(), ...chunks().map((c) => c.text)];
    let launches = 0;
    let speakers = 0;
    const wrong: string[] = [];
    for (const s of texts) {
      const full = docSpeakers(s, false);
      const fast = docSpeakers(s);
      speakers += full.makers.size + full.execs.size;
      const same = (a: typeof full, b: typeof full) =>
        JSON.stringify([[...a.makers], [...a.execs]]) === JSON.stringify([[...b.makers], [...b.execs]]);
      if (!same(fast, full) && wrong.length < 3) wrong.push(s.slice(0, 80));
      const maker = launchMaker(s, full, false);
      if (maker) launches++;
      if (launchMaker(s, full) !== maker && wrong.length < 3) wrong.push(s.slice(0, 80));
    }
    expect(wrong).toEqual([]);
    expect(launches).toBeGreaterThan(20);
    expect(speakers).toBeGreaterThan(20);
    expect(launchMaker('삼성전자의 신제품은 세계 최초로 개발에 성공했다.')).toBe('삼성전자');
    expect(launchMaker('Apple’s new MacBook ships today.')).toBe('Apple');
    const written =
      'The chipmaker Acme said so. Rayo Inc. agreed. Phil Schiller, senior vice president of marketing at Apple, spoke. Apple CEO Tim Cook too.';
    const sp = docSpeakers(written);
    expect(sp).toEqual(docSpeakers(written, false));
    expect(sp.execs.get('schiller')).toBe('Apple');
    expect(sp.execs.get('cook')).toBe('Apple');
  });
});

describe('Launches', () => {
  it('read on as far as asked, hold every launch the whole reading holds up to there, in the same order', () => {
    const texts = [...perfPieces().map((p) => p.text), ...chunks().map((c) => c.text)];
    let found = 0;
    for (const [k, t] of texts.entries()) {
      const speakers = docSpeakers(t);
      const full = new Launches(t, speakers).readTo(Number.POSITIVE_INFINITY).slice();
      found += full.length;
      const reader = new Launches(t, speakers);
      // Increasing positions with a step that varies by text, as enrichClaims asks (sentence ends of claim groups).
      for (let pos = 0; pos < t.length; pos += 40 + ((k * 37) % 400)) {
        const got = reader.readTo(pos);
        expect(got).toEqual(full.slice(0, got.length));
        expect(got.filter((l) => l.at <= pos)).toEqual(full.filter((l) => l.at <= pos));
      }
      expect(reader.readTo(Number.POSITIVE_INFINITY)).toEqual(full);
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe('topicAt prefilters', () => {
  it('skips only the scans that cannot match: the same topic as all four scans, at every claim-like position', () => {
    let topics = 0;
    const wrong: string[] = [];
    for (const s of [...sentences(), 'GDP는 늘었다 3%', 'EPS 3 달러', 'ROE 5%', '매출 3%', 'sales 3%']) {
      for (let p = 0; p < s.length; p += 5) {
        const full = topicAt(s, p, p + 2, false);
        if (full) topics++;
        if (topicAt(s, p, p + 2) !== full && wrong.length < 3) wrong.push(s);
      }
    }
    expect(wrong).toEqual([]);
    expect(topics).toBeGreaterThan(1000);
  });
});
