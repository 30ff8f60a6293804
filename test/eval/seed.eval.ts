// The real seed article (../shared/seed, hankyung.com 2025-01-24), read in place: the same golden checks as the
// demo article's, and every point a fact-checker raises, in both UI languages.
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { checkSeedPoints } from '../core/caveats/seed-points.js';
import { seedGoldenSuite } from '../core/detect/seed-golden-suite.js';
import { sharedPath } from './shared.js';

const text = readFileSync(sharedPath('seed', 'hankyung-deepseek-2025-01.txt'), 'utf8');

seedGoldenSuite('seed article: hankyung DeepSeek 2025-01', text, {
  teaserStart: '24일 사우스차이나모닝포스트',
  rateSentence: /^딥시크의 기술 보고서에 따르면.*계산됐다\.$/,
});

describe('the real seed article through analyze(): every point a fact-checker raises', () => {
  for (const ui of ['ko', 'en'] as const)
    it(`${ui} UI`, () =>
      checkSeedPoints(analyze(text, { publishedAt: '2025-01-24', uiLang: ui }).claims, ui));
});
