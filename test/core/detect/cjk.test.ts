// Chinese and Japanese number systems: 万/億/亿/兆, Chinese numerals, money, percent and counts; dates are not claims.
import { describe, it } from 'vitest';
import { expectNone, expectOne, type Row } from './cases.js';

const table = (lang: 'zh' | 'ja', rows: Row[]) => {
  for (const [input, want] of rows) it(`${lang}: ${input}`, () => expectOne(lang, input, want));
};

describe('Chinese', () => {
  table('zh', [
    ['花费了五百万美元', { kind: 'money', value: 5e6, unit: 'USD' }],
    ['奖池36.57亿元', { kind: 'money', value: 3.657e9, unit: 'CNY' }],
    ['1600万人', { kind: 'count', value: 1.6e7, unit: '人' }],
    ['两个', { kind: 'count', value: 2 }],
    ['三万四千五百六十七', { value: 34567 }],
    ['二百零三', { value: 203 }],
    ['百分之五', { kind: 'percent', value: 5 }],
    ['增长5%', { kind: 'percent', value: 5 }],
    ['增长５％', { kind: 'percent', value: 5 }],
    ['人民币3.14', { kind: 'money', value: 3.14, unit: 'CNY' }],
    ['¥300', { unit: 'CNY' }],
    ['三分之一', { kind: 'fraction', value: 1 / 3 }],
    ['第三名', { kind: 'rank', value: 3 }],
    ['1万亿日元', { value: 1e12, unit: 'JPY' }],
    ['3倍', { kind: 'multiplier', value: 3 }],
  ]);
  for (const input of ['2025年1月24日', '3月5日', '下午3点', '一些人', '万一出事', '统一']) {
    it(`zh none: ${input}`, () => expectNone('zh', input));
  }
});

describe('Japanese', () => {
  table('ja', [
    ['5億円を投資', { kind: 'money', value: 5e8, unit: 'JPY' }],
    ['¥1,000', { unit: 'JPY' }],
    ['100ドル', { kind: 'money', value: 100, unit: 'USD' }],
    ['2222円13銭', { value: 2222.13, unit: 'JPY' }],
    ['九パーセント', { kind: 'percent', value: 9 }],
    ['2万人', { kind: 'count', value: 20000 }],
    ['3分の1', { kind: 'fraction', value: 1 / 3 }],
    ['3位', { kind: 'rank', value: 3 }],
  ]);
  for (const input of ['2025年1月24日', '3時', '西九条']) {
    it(`ja none: ${input}`, () => expectNone('ja', input));
  }
});
