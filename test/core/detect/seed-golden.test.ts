// Golden test on the demo article (written here with the seed's figures and number shapes).
import { readFileSync } from 'node:fs';
import { seedGoldenSuite } from './seed-golden-suite.js';

seedGoldenSuite(
  "demo article: DeepSeek 2025-01 (the seed article's figures)",
  readFileSync(new URL('../../data/seed/hankyung-deepseek-2025-01.txt', import.meta.url), 'utf8'),
  { teaserStart: '24일 홍콩 매체에 따르면', rateSentence: /^딥시크 기술 보고서에 따르면.*산정됐다\.$/ },
);
