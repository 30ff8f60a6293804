// English number grammar: money and scale words, written numbers, percent and points, multipliers, ranges, hedges, rates, not-claims.
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import { expectNone, expectOne, quotes, type Row } from './cases.js';

const table = (rows: Row[]) => {
  for (const [input, want] of rows) it(input, () => expectOne('en', input, want));
};

describe('English money', () => {
  table([
    ['It cost $5.6 million to train', { text: '$5.6 million', kind: 'money', value: 5600000, unit: 'USD' }],
    ['a $5.576M training run', { text: '$5.576M', value: 5576000, unit: 'USD' }],
    ['US$2 each', { value: 2, unit: 'USD' }],
    ['5.6 million dollars', { value: 5600000, unit: 'USD' }],
    ['€20 fee', { value: 20, unit: 'EUR' }],
    ['£10', { value: 10, unit: 'GBP' }],
    ['¥1,000', { value: 1000, unit: 'JPY' }],
    ['₩10,000', { value: 10000, unit: 'KRW' }],
    ['KRW 1.5 trillion', { value: 1.5e12, unit: 'KRW' }],
    ['USD 300', { value: 300, unit: 'USD' }],
    ['HK$10.05 billion', { value: 10050000000, unit: 'HKD' }],
    ['A$3', { unit: 'AUD' }],
    ['C$1.34', { unit: 'CAD' }],
    ['ten dollars', { value: 10, unit: 'USD' }],
    ['20 euros', { value: 20, unit: 'EUR' }],
    ['$10K', { value: 10000 }],
    ['3 yuan', { unit: 'CNY' }],
    ['20 dollars 43 cents', { value: 20.43, unit: 'USD' }],
    ['50 cents', { value: 0.5, unit: 'USD' }],
    ['a fine of 42 LE', { text: '42 LE', value: 42, unit: 'EGP' }],
    ['10 billion Turkish lira', { value: 1e10, unit: 'TRY' }],
    ['500 rials', { value: 500, unit: 'IRR' }],
    ['3 UAH 4 kopiykas', { value: 3.04, unit: 'UAH' }],
    ['a loan of Rs 12,34,567.89', { text: 'Rs 12,34,567.89', value: 1234567.89, unit: 'INR' }],
    ['a fine of Rs 10,00,00,000', { value: 1e8, unit: 'INR' }],
    ['7-9 lakh rupees', { kind: 'money', value: 7e5, range: [7e5, 9e5], unit: 'INR' }],
    ['The repair bill came to quarter million us dollars.', { value: 250000, unit: 'USD' }],
    ['Supply limit: ₿21,000,000', { value: 21e6, unit: 'BTC' }],
    ['10 $ is not much', { text: '10 $', value: 10, unit: 'USD' }],
    ['two pounds of meat', { kind: 'quantity', value: 2, unit: 'lb' }],
    ['5 million pounds of funding', { kind: 'money', value: 5e6, unit: 'GBP' }],
  ]);
});

describe('English numbers, percent, multipliers', () => {
  table([
    ['16,000', { kind: 'count', value: 16000, unit: null }],
    ['16,000 chips', { kind: 'count', value: 16000, unit: 'chips' }],
    ['2,000 GPUs', { unit: 'GPUs' }],
    ['two thousand', { value: 2000 }],
    ['a dozen eggs', { value: 12 }],
    ['1.5 billion people', { value: 1.5e9, unit: 'people' }],
    ['one hundred and five', { value: 105 }],
    ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
    ['five percent', { kind: 'percent', value: 5 }],
    ['5 percentage points', { kind: 'percentage_point', value: 5, unit: 'pp' }],
    ['25 basis points', { kind: 'percentage_point', value: 0.25, unit: 'pp' }],
    ['10x faster', { kind: 'multiplier', value: 10, unit: 'x' }],
    ['a tenfold increase', { kind: 'multiplier', value: 10, unit: 'x' }],
    ['ten times more', { kind: 'multiplier', value: 10, unit: 'x' }],
    ['called 3 times already', { kind: 'count', value: 3, unit: 'times' }],
    ['MXN$ 15', { kind: 'money', value: 15, unit: 'MXN' }],
    ['They lost 75 USD million', { kind: 'money', value: 75e6, unit: 'USD' }],
    ['one-tenth of the cost', { kind: 'fraction', value: 0.1, unit: null }],
    ['half of the budget', { kind: 'fraction', value: 0.5 }],
    ['a third of users', { kind: 'fraction', value: 1 / 3 }],
    ['One in five Americans', { text: 'One in five', kind: 'fraction', value: 0.2 }],
    ['about 3 out of 10 voters', { text: 'about 3 out of 10', kind: 'fraction', value: 0.3, approx: true }],
    ['twice as many people', { text: 'twice', kind: 'multiplier', value: 2, unit: 'x' }],
    ['two-thirds', { kind: 'fraction', value: 2 / 3 }],
    ['finished 1st', { kind: 'rank', value: 1 }],
    ['in third place', { kind: 'rank', value: 3 }],
    ['2 hours', { kind: 'duration', value: 2, unit: 'hour' }],
    ['a 10-year plan', { kind: 'duration', value: 10, unit: 'year' }],
    ['5 km', { kind: 'quantity', value: 5, unit: 'km' }],
    ['-3.5%', { kind: 'percent', value: -3.5 }],
    ['half a million dollars', { text: 'half a million dollars', kind: 'money', value: 5e5, unit: 'USD' }],
    ['a quarter of a million people', { kind: 'count', value: 250000, unit: 'people' }],
    ['half a dozen eggs', { value: 6 }],
    ['five and a half million fishes', { value: 5.5e6, unit: 'fishes' }],
    ['two and a half years', { kind: 'duration', value: 2.5, unit: 'year' }],
    ['5 hundred people', { text: '5 hundred people', value: 500, unit: 'people' }],
    ['$5 hundred million', { value: 5e8, unit: 'USD' }],
    ['valued 10\u00a0000 dollars', { text: '10\u00a0000 dollars', value: 10000, unit: 'USD' }],
    ['25 g of sugar', { text: '25 g', kind: 'quantity', value: 25, unit: 'g' }],
    ['One pound of good Welsh coal', { kind: 'quantity', value: 1, unit: 'lb' }],
    ['three thousand millions', { value: 3e9 }],
    ['growth of 1 point 5 percent', { text: '1 point 5 percent', kind: 'percent', value: 1.5 }],
    ['two point two million', { value: 2.2e6 }],
    ['within thirty (30) days', { text: 'thirty (30) days', kind: 'duration', value: 30 }],
    ['forty-five (45)', { text: 'forty-five (45)', value: 45 }],
  ]);
});

describe('English ranges, hedges, bounds, rates', () => {
  table([
    [
      'hundreds of millions of dollars',
      { kind: 'money', value: 1e8, range: [1e8, 1e9], unit: 'USD', vague: true },
    ],
    [
      'tens of thousands of people',
      { kind: 'count', value: 1e4, range: [1e4, 1e5], unit: 'people', vague: true },
    ],
    ['a few hundred employees', { kind: 'count', value: 100, range: [100, 1000], vague: true, approx: true }],
    [
      'between 10 and 20 dollars',
      { text: 'between 10 and 20 dollars', kind: 'money', value: 10, range: [10, 20], unit: 'USD' },
    ],
    ['3-5% growth', { kind: 'percent', value: 3, range: [3, 5] }],
    ['$10-$20', { value: 10, range: [10, 20], unit: 'USD' }],
    ['10 to 20 dollars', { range: [10, 20] }],
    ['$2-3 million', { range: [2e6, 3e6] }],
    ['about $5 million', { text: 'about $5 million', approx: true }],
    ['roughly 300 people', { approx: true }],
    ['nearly 80%', { approx: true }],
    ['some 2,000 chips', { approx: true }],
    ['more than 16,000 chips', { bound: 'more-than' }],
    ['over $100', { bound: 'more-than' }],
    ['up to 30%', { bound: 'at-most' }],
    ['at least 10', { bound: 'at-least' }],
    ['fewer than 50 staff', { bound: 'less-than' }],
    ['less than $1', { bound: 'less-than' }],
    ['10,000 or more', { bound: 'at-least' }],
    ['$2 per hour', { text: '$2 per hour', kind: 'rate', value: 2, unit: 'USD', per: 'hour' }],
    ['$2/hour', { kind: 'rate', per: 'hour' }],
    ['$2 an hour', { kind: 'rate', per: 'hour' }],
    ['$1.40 a share', { kind: 'rate', per: 'share' }],
    ['in 2020 over 300 people died', { text: 'over 300 people', bound: 'more-than' }],
    ['a couple of million dollars', { kind: 'money', value: 2e6, unit: 'USD', approx: true }],
    ['a couple hundred people', { text: 'a couple hundred people', value: 200, approx: true }],
    ['sales topped $1 billion', { text: '$1 billion', bound: 'more-than' }],
    ['horsepower exceeding 150', { text: '150', bound: 'more-than' }],
    ['primes less than or equal to 100', { text: 'less than or equal to 100', bound: 'at-most' }],
    ['His score is 200 or greater', { text: '200 or greater', bound: 'at-least' }],
    ['more than 2000 people', { value: 2000, unit: 'people', bound: 'more-than' }],
    ['Attendance was above 1000 and below 1500', { value: 1000, range: [1000, 1500] }],
    ['more than 10 and less than 40 voters', { value: 10, range: [10, 40] }],
    ['at most 100 and at least 20 apples', { value: 20, range: [20, 100], unit: 'apples' }],
  ]);
  it('over/under after another number relates the two, it is no bound', () => {
    const cs = detectClaims('It rose 5% over 3 years', 'en');
    expect(cs.map((c) => [c.text, c.bound])).toEqual([
      ['5%', undefined],
      ['3 years', undefined],
    ]);
    expect(quotes('en', 'one over 3')).toEqual(['3']);
  });
  it('a figure after a code that ended the previous amount starts at the figure', () => {
    expect(quotes('en', 'the price was 15 USD 50 more')).toEqual(['15 USD', '50']);
  });
  it('"000" after a plain space is the rest of a figure, never zero dollars', () => {
    expect(quotes('en', 'valued 10 000 dollars')).toEqual(['10']);
    expect(quotes('en', 'a 1 0.5% rise')).toEqual(['1', '0.5%']);
  });
  it('bounds side by side join only through and/but', () => {
    expect(quotes('en', 'more than 10 people under 65')).toEqual(['more than 10 people', 'under 65']);
  });
  it('a preposition is no count noun', () => {
    expect(detectClaims('a rating of 2500 against 2600', 'en').map((c) => c.unit)).toEqual([null, null]);
  });
});

describe('English not-claims', () => {
  for (const input of [
    'On Jan 23, the company said',
    'in January 2025',
    'in 2022 the firm',
    'the 1990s',
    'at 3 p.m.',
    'at 17:24',
    'call +1-202-555-0143',
    'GPT-4o and o1 beat Llama 3 on AIME 2024 and MATH-500',
    'Qwen2.5-72B and iPhone 16',
    'COVID-19',
    'H800 and H100 chips',
    'one of the best',
    'the first time',
    'mail me at a1@b2.com',
    'http://example.com/2025/01/24/story-123',
    'The S&P 500 rose on Monday',
    'Windows 11 users',
    'Ligue 1 Le Havre won',
    'from 2020 up to 2025',
  ]) {
    it(input, () => expectNone('en', input));
  }
  it('reads a news paragraph: ranks, ranges, multipliers and currencies side by side', () => {
    expect(
      quotes(
        'en',
        'The app rose to No. 1 in the U.S. Revenue grew threefold to ¥3.2 billion ($440 million), between $500 million and $1 billion.',
      ),
    ).toEqual(['1', 'threefold', '¥3.2 billion', '$440 million', 'between $500 million and $1 billion']);
  });
  it('keeps real claims in a sentence with names and dates', () => {
    expect(
      quotes(
        'en',
        'On Jan. 23, 2025, DeepSeek said DeepSeek-V3 cost $5.576 million, about one-tenth of Llama 3.',
      ),
    ).toEqual(['$5.576 million', 'about one-tenth']);
  });
});

describe('English ordinal words in running text', () => {
  it('drops lone ordinals in prose, keeps "first place" and the numbers around them', () => {
    const text =
      'For the first time in a decade, the second-largest lender said profit rose 5% and it finished in first place, a third of analysts said.';
    const claims = detectClaims(text, 'en');
    expect(claims.map((c) => [c.text, c.kind])).toEqual([
      ['5%', 'percent'],
      ['first', 'rank'],
      ['a third', 'fraction'],
    ]);
    // The rank is the one in "first place", not "the first time".
    expect(claims[1]!.start).toBe(text.indexOf('first place'));
  });
  it('a proportion needs a cardinal: "first in five" in prose is not one', () => {
    const text =
      'He came first in five of the races this season while the others struggled to keep up at all.';
    expect(detectClaims(text, 'en').map((c) => c.text)).not.toContain('first in five');
  });
});
