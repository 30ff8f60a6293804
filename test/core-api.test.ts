// The engine's public entry points exist and never throw on odd input.
import { describe, expect, it } from 'vitest';
import { analyze, detect, guessLang } from '../src/core/index.js';

describe('core api', () => {
  it('guesses the language from the script', () => {
    expect(guessLang('딥시크는 79.8%를 얻었다')).toBe('ko');
    expect(guessLang('DeepSeek scored 79.8%')).toBe('en');
    expect(guessLang('深度求索花费了五百万美元')).toBe('zh');
    expect(guessLang('ディープシークは五百万ドルを')).toBe('ja');
  });
  it('returns arrays for empty text', () => {
    expect(detect('')).toEqual([]);
    expect(analyze('').claims).toEqual([]);
  });
});
