// The seed's golden checks, for any text carrying its figures: the demo article here (test/core) and the real
// article under npm run eval — every numerical claim with its value, and nothing else (dates, names, list numbers).
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import type { Claim } from '../../../src/core/types.js';

/** Where the two texts differ: the teaser sentence ICU does not split off, and the sentence of the rental rate. */
export interface SeedSentences {
  teaserStart: string;
  rateSentence: RegExp;
}

export function seedGoldenSuite(name: string, text: string, sentences: SeedSentences): void {
  const claims = detectClaims(text, 'ko');
  const byText = new Map(claims.map((c) => [c.text, c]));
  const get = (t: string): Claim => {
    const c = byText.get(t);
    if (!c) throw new Error(`missing claim ${t}; got ${claims.map((x) => x.text).join(' | ')}`);
    return c;
  };

  describe(name, () => {
    it('finds exactly the numerical claims (no dates, names, list numbers, e-mail)', () => {
      expect(claims.map((c) => c.text)).toEqual([
        '557만6000달러',
        '약 78억8000만원',
        '시간당 2달러',
        '2개월',
        '10분의 1 수준',
        '수억달러',
        '1만6000개 이상',
        '약 2000개',
        '수십 개',
        '79.8%',
        '79.2%',
        '65.9%',
        '63.4%',
        '80만명 이상',
        '1만원',
      ]);
    });

    it('normalizes money', () => {
      expect(get('557만6000달러')).toMatchObject({
        kind: 'money',
        value: 5576000,
        unit: 'USD',
        approx: false,
      });
      expect(get('약 78억8000만원')).toMatchObject({
        kind: 'money',
        value: 7880000000,
        unit: 'KRW',
        approx: true,
      });
      expect(get('1만원')).toMatchObject({ kind: 'money', value: 10000, unit: 'KRW' });
    });

    it('reads the rate, the duration and the fraction', () => {
      expect(get('시간당 2달러')).toMatchObject({ kind: 'rate', value: 2, unit: 'USD', per: 'hour' });
      expect(get('2개월')).toMatchObject({ kind: 'duration', value: 2, unit: 'month' });
      expect(get('10분의 1 수준')).toMatchObject({ kind: 'fraction', value: 0.1, unit: null, approx: true });
    });

    it('marks vague magnitudes with a range (수억 = [1e8, 1e9], value = low end)', () => {
      expect(get('수억달러')).toMatchObject({
        kind: 'money',
        unit: 'USD',
        value: 1e8,
        range: [1e8, 1e9],
        approx: true,
        vague: true,
      });
      expect(get('수십 개')).toMatchObject({
        kind: 'count',
        unit: '개',
        value: 10,
        range: [10, 100],
        vague: true,
      });
    });

    it('reads counts with bounds and hedges', () => {
      expect(get('1만6000개 이상')).toMatchObject({
        kind: 'count',
        value: 16000,
        unit: '개',
        bound: 'at-least',
      });
      expect(get('약 2000개')).toMatchObject({ kind: 'count', value: 2000, unit: '개', approx: true });
      expect(get('80만명 이상')).toMatchObject({
        kind: 'count',
        value: 800000,
        unit: '명',
        bound: 'at-least',
      });
    });

    it('reads the benchmark percentages', () => {
      for (const [t, v] of [
        ['79.8%', 79.8],
        ['79.2%', 79.2],
        ['65.9%', 65.9],
        ['63.4%', 63.4],
      ] as const) {
        expect(get(t)).toMatchObject({ kind: 'percent', value: v, unit: '%', approx: false });
      }
    });

    it('gives each claim an offset-exact quote, a sentence that contains it and a stable id', () => {
      const ids = new Set<string>();
      for (const c of claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(c.sentence.start).toBeLessThanOrEqual(c.start);
        expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
        expect(c.id).toMatch(/^c-/);
        expect(c.caveats).toEqual([]);
        ids.add(c.id);
      }
      expect(ids.size).toBe(claims.length);
      expect(detectClaims(text, 'ko').map((c) => c.id)).toEqual(claims.map((c) => c.id));
    });

    it('splits the Korean sentences ICU misses (a teaser\'s "…다.24일")', () => {
      const c = get('80만명 이상');
      expect(text.slice(c.sentence.start, c.sentence.end).startsWith(sentences.teaserStart)).toBe(true);
      const r = get('시간당 2달러');
      expect(text.slice(r.sentence.start, r.sentence.end)).toMatch(sentences.rateSentence);
    });
  });
}
