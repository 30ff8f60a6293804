// The engine's public entry points exist and never throw on odd input.
import { describe, expect, it } from 'vitest';
import { analyze, detect, guessLang } from '../src/core/index.js';
import { makeRng } from './bench/prng.js';

/** The plain count over the whole sample: guessLang's early exit must always agree with it. */
function countedLang(text: string): string {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, 4000); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  if (hangul > 0 && hangul * 4 >= latin) return 'ko';
  if (kana > 0) return 'ja';
  if (han > 0 && han * 2 >= latin) return 'zh';
  return 'en';
}

describe('core api', () => {
  it('guesses the language from the script', () => {
    expect(guessLang('딥시크는 79.8%를 얻었다')).toBe('ko');
    expect(guessLang('DeepSeek scored 79.8%')).toBe('en');
    expect(guessLang('深度求索花费了五百万美元')).toBe('zh');
    expect(guessLang('ディープシークは五百万ドルを')).toBe('ja');
  });
  it('decides early only when counting to the end would agree', () => {
    const r = makeRng(7);
    const pieces = ['가나다', 'abc def ', '漢字', 'かな', '12 ', ' ', 'x'.repeat(300), '한'.repeat(90)];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const parts = r.int(1, 40);
      for (let i = 0; i < parts; i++) s += pieces[r.int(0, pieces.length - 1)]!.repeat(r.int(1, 60));
      expect(guessLang(s), s.slice(0, 80)).toBe(countedLang(s));
    }
  });
  it('returns arrays for empty text', () => {
    expect(detect('')).toEqual([]);
    expect(analyze('').claims).toEqual([]);
  });
});
