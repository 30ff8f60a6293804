// The CLI's `perspectives`: in the JSON of every claim (text in the UI language, ratio, reference, source) and in Markdown.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/cli/report.js';
import { type Io, main } from '../../src/cli/run.js';

function runCli(argv: string[]): { code: number; out: string } {
  let out = '';
  const io: Io = {
    readFile: (p) => readFileSync(p),
    readStdin: () => new Uint8Array(),
    out: (s) => {
      out += s;
    },
    err: () => undefined,
  };
  return { code: main(argv, io), out };
}

function page(date: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-persp-'));
  const file = join(dir, 'article.html');
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="${date}"></head><body><article><h1>기사</h1><p>${body}</p></article></body></html>`,
  );
  return file;
}

describe('claimlens extract: perspectives', () => {
  const seedLike = page(
    '2025-01-24T09:00:00+09:00',
    '중국 인공지능 기업 딥시크는 최신 모델의 훈련에 557만6000달러가 들었다고 밝혔다. 이 서비스의 이용자는 300만명이다. 정확도는 79.8%였다.',
  );

  it('JSON: each claim carries perspectives with text, ratio, reference, value, unit, year and source', () => {
    const r = runCli(['extract', seedLike]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    const money = report.claims.find((c) => c.text === '557만6000달러')!;
    expect(money.perspectives.length).toBe(2);
    for (const p of money.perspectives) {
      expect(p.text.length).toBeGreaterThan(5);
      expect(Number.isFinite(p.ratio)).toBe(true);
      expect(p.reference.length).toBeGreaterThan(2);
      expect(p.value).toBeGreaterThan(0);
      expect(['KRW', 'people']).toContain(p.unit);
      expect(p.year).toBeGreaterThanOrEqual(2024);
      expect(p.source.url).toMatch(/^https:\/\//);
    }
    // Korean text, Korean references (the UI language follows the text's).
    expect(money.perspectives.some((p) => p.text.includes('1인당 약 160 원'))).toBe(true);
    const users = report.claims.find((c) => c.text === '300만명')!;
    expect(users.perspectives[0]!.ratio).toBeCloseTo(3e6 / 51.22e6, 6);
    const pct = report.claims.find((c) => c.text === '79.8%')!;
    expect(pct.perspectives).toEqual([]);
  });

  it('--ui-lang en: English text against US references', () => {
    const report = JSON.parse(runCli(['extract', '--ui-lang', 'en', seedLike]).out) as Report;
    const money = report.claims.find((c) => c.text === '557만6000달러')!;
    expect(money.perspectives[0]!.text).toMatch(/^≈ 67 years of a median US household's income/);
  });

  it('Markdown: a line per perspective under its claim, with the source linked', () => {
    const r = runCli(['extract', '--format', 'md', seedLike]);
    expect(r.out).toMatch(
      / {2}- ↔ 국민 1인당 약 160 원 .*\[행정안전부, 주민등록 인구통계[^\]]*\]\(https:\/\/jumin\.mois\.go\.kr\/\)/,
    );
  });

  it('an amount from a 2021 English article shows today’s dollars, citing the BLS CPI-U', () => {
    const file = page(
      '2021-06-15T12:00:00Z',
      'The startup raised $5.6 million in its first round of funding last week.',
    );
    const report = JSON.parse(runCli(['extract', file]).out) as Report;
    const money = report.claims.find((c) => c.text === '$5.6 million')!;
    const today = money.perspectives.find((p) => p.kind === 'today')!;
    expect(today.text).toMatch(/^≈ US\$6\.7 million in Sep 2025 dollars/);
    expect(today.source.url).toBe('https://data.bls.gov/timeseries/CUUR0000SA0');
  });
});
