// Reading-time furniture ("5 min read", "Reading time: 7 minutes") is not a claim; durations the story reports are.
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';

const quotes = (text: string, lang: 'ko' | 'en') => detectClaims(text, lang).map((c) => c.text);

describe('reading-time furniture', () => {
  it.each([
    ['Business | 6 min read\nShares of the chipmaker rose 4% on Friday.', ['4%']],
    ['A 9-minute read. Exports fell 2.5% in May.', ['2.5%']],
    ['Reading time: 7 minutes\nThe index closed up 1.2%.', ['1.2%']],
    ['Read time 4 min · Updated\nRevenue grew 11% to $3 billion.', ['11%', '$3 billion']],
  ])('English: %j', (text, want) => expect(quotes(text, 'en')).toEqual(want));

  it('keeps durations the story reports, "read" as a verb after them included', () => {
    expect(quotes('The launch was delayed by 15 minutes, officials said.', 'en')).toEqual(['15 minutes']);
    expect(quotes('He spent 20 minutes reading the statement aloud.', 'en')).toContain('20 minutes');
    expect(quotes('It took 10 minutes to read the ruling of the court.', 'en')).toContain('10 minutes');
    expect(quotes('Estimated reading time about 5 minutes', 'en')).toEqual([]);
  });
});
