// Real-article sentences (the seed, and paraphrases of DeepSeek/Nvidia coverage) with their claims, for rule tests.
import type { DocContext } from '../../../src/core/enrich/index.js';
import type { Claim, UiLang } from '../../../src/core/types.js';
import { type ClaimFields, makeClaims } from './helpers.js';
import { SEED_PUBLISHED_AT, seedClaims, seedText } from './seed-claims.js';

export interface Case {
  name: string;
  /**
   * Where the sentence comes from. The seed is verbatim; the English and other Korean lines are
   * close paraphrases of wire coverage of the stated date (not verbatim quotes), kept to the
   * figures those reports carried.
   */
  origin: string;
  text: string;
  publishedAt?: string;
  rows: [string, ClaimFields, number?][];
}

export const CASES: Case[] = [
  {
    name: 'ko-preliminary-results',
    origin: 'Written here with the figures of Samsung Electronics’ preliminary Q3 2024 results (8 Oct 2024)',
    text: '삼성전자는 3분기 영업이익이 9조1000억원으로 잠정 집계됐다고 8일 공시했다.',
    publishedAt: '2024-10-08',
    rows: [['9조1000억원', { kind: 'money', value: 9.1e12, unit: 'KRW' }]],
  },
  {
    name: 'en-adjusted-eps',
    origin: 'Written here with the figures of Nvidia’s Q3 fiscal 2025 results (20 Nov 2024)',
    text: 'Excluding certain items, Nvidia earned 81 cents per share, above the 75 cents analysts had expected.',
    publishedAt: '2024-11-20',
    rows: [
      ['81 cents per share', { kind: 'rate', value: 0.81, unit: 'USD', per: 'share' }],
      ['75 cents', { kind: 'money', value: 0.75, unit: 'USD' }],
    ],
  },
  {
    name: 'reuters-deepseek-cost',
    origin: 'Reuters-style paraphrase, DeepSeek coverage of 2025-01-27',
    text: 'DeepSeek said it spent just $5.6 million on computing power to train its base model, compared with the hundreds of millions of dollars U.S. companies spend on their AI technologies.',
    publishedAt: '2025-01-27',
    rows: [
      ['$5.6 million', { kind: 'money', value: 5_600_000, unit: 'USD' }],
      [
        'hundreds of millions of dollars',
        { kind: 'money', value: 100_000_000, unit: 'USD', vague: true, approx: true, range: [1e8, 9e8] },
      ],
    ],
  },
  {
    name: 'ap-nvidia-market-value',
    origin: 'AP-style paraphrase, Nvidia sell-off of 2025-01-27',
    text: 'Nvidia lost nearly $589 billion in market value on Monday, the biggest one-day loss for any company in U.S. stock market history.',
    publishedAt: '2025-01-27',
    rows: [['nearly $589 billion', { kind: 'money', value: 589e9, unit: 'USD', approx: true }]],
  },
  {
    name: 'cnbc-nvidia-shares',
    origin: 'CNBC-style paraphrase, 2025-01-27',
    text: 'Nvidia shares plunged 17% on Monday as investors weighed the threat from DeepSeek.',
    publishedAt: '2025-01-27',
    rows: [['17%', { kind: 'percent', value: 17, unit: '%' }]],
  },
  {
    name: 'en-aime-comparison',
    origin: 'Wire-style paraphrase of the DeepSeek-R1 release coverage, 2025-01-21',
    text: 'DeepSeek said its R1 model scored 79.8% on the AIME 2024 math test, compared with 79.2% for OpenAI’s o1.',
    publishedAt: '2025-01-21',
    rows: [
      ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
      ['79.2%', { kind: 'percent', value: 79.2, unit: '%' }],
    ],
  },
  {
    name: 'en-livebench-mislabel',
    origin: 'Paraphrase of English coverage that repeated the LiveBench label, 2025-01',
    text: 'On the LiveBench coding test, R1 scored 65.9% against o1’s 63.4%, the company said.',
    publishedAt: '2025-01-24',
    rows: [
      ['65.9%', { kind: 'percent', value: 65.9, unit: '%' }],
      ['63.4%', { kind: 'percent', value: 63.4, unit: '%' }],
    ],
  },
  {
    name: 'en-gpu-counts',
    origin: 'FT-style paraphrase, 2025-01',
    text: 'DeepSeek trained V3 on 2,048 Nvidia H800 chips, while Meta used 16,000 H100 chips to train Llama 3.',
    publishedAt: '2025-01-25',
    rows: [
      ['2,048', { kind: 'count', value: 2048, unit: 'chips' }],
      ['16,000', { kind: 'count', value: 16_000, unit: 'chips' }],
    ],
  },
  {
    name: 'en-rental-arithmetic',
    origin: 'Paraphrase of explainer coverage of the V3 report, 2025-01',
    text: 'Renting H800 GPUs at $2 per hour for two months cost DeepSeek $5.576 million, the company calculated.',
    publishedAt: '2025-01-28',
    rows: [
      ['$2 per hour', { kind: 'rate', value: 2, unit: 'USD', per: 'hour' }],
      ['two months', { kind: 'duration', value: 2, unit: 'month' }],
      ['$5.576 million', { kind: 'money', value: 5_576_000, unit: 'USD' }],
    ],
  },
  {
    name: 'ko-fx-inconsistent',
    origin: 'Constructed Korean line with a wrong conversion (tests the warn branch)',
    text: '딥시크는 훈련에 557만6000달러(약 60억원)를 썼다고 밝혔다.',
    publishedAt: '2025-01-24',
    rows: [
      ['557만6000달러', { kind: 'money', value: 5_576_000, unit: 'USD' }],
      ['약 60억원', { kind: 'money', value: 6e9, unit: 'KRW', approx: true }],
    ],
  },
  {
    name: 'ko-rate-points',
    origin: 'Yonhap-style paraphrase of a rate decision (points written as percent)',
    text: '한국은행은 기준금리를 3.25%에서 3.0%로 0.25% 인하했다.',
    publishedAt: '2024-11-28',
    rows: [
      ['3.25%', { kind: 'percent', value: 3.25, unit: '%' }],
      ['3.0%', { kind: 'percent', value: 3.0, unit: '%' }],
      ['0.25%', { kind: 'percent', value: 0.25, unit: '%' }],
    ],
  },
  {
    name: 'ko-up-to-self',
    origin: 'Korean tech-press paraphrase of a company announcement',
    text: '삼성전자는 새 메모리가 전력 효율을 최대 30% 높였다고 밝혔다.',
    publishedAt: '2025-02-10',
    rows: [['30%', { kind: 'percent', value: 30, unit: '%', bound: 'at-most' }]],
  },
  {
    name: 'ko-r1-nature-cost',
    origin: 'Korean wire-style paraphrase of the Nature R1 paper coverage, 2025-09-18',
    text: '딥시크는 네이처에 실린 논문에서 R1 훈련 비용이 29만4000달러(약 4억1000만원)에 불과했다고 밝혔다.',
    publishedAt: '2025-09-18',
    rows: [
      ['29만4000달러', { kind: 'money', value: 294_000, unit: 'USD' }],
      ['약 4억1000만원', { kind: 'money', value: 410_000_000, unit: 'KRW', approx: true }],
    ],
  },
  {
    name: 'ko-relative-no-base',
    origin: 'Korean business-press paraphrase',
    text: '중국 AI 앱 다운로드 수가 한 달 새 300% 늘었다.',
    publishedAt: '2025-02-03',
    rows: [['300%', { kind: 'percent', value: 300, unit: '%' }]],
  },
];

export interface Built {
  claims: Claim[];
  ctx: DocContext;
}

export function buildCase(c: Case, uiLang: UiLang = 'en'): Built {
  const lang = /[가-힣]/.test(c.text) ? 'ko' : 'en';
  return {
    claims: makeClaims(c.text, c.rows),
    ctx: { text: c.text, lang, uiLang, publishedAt: c.publishedAt },
  };
}

export function buildSeed(uiLang: UiLang = 'ko'): Built {
  const text = seedText();
  return { claims: seedClaims(text), ctx: { text, lang: 'ko', uiLang, publishedAt: SEED_PUBLISHED_AT } };
}

/** Every corpus document (the seed plus the cases), in both UI languages. */
export function allBuilt(): Built[] {
  const out: Built[] = [];
  for (const ui of ['ko', 'en'] as const) {
    out.push(buildSeed(ui));
    for (const c of CASES) out.push(buildCase(c, ui));
  }
  return out;
}
