// The claimlens CLI: arguments, inputs (txt, html, stdin, bad bytes), both output formats, and the built bundle.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { decodeInput, InputError } from '../../src/cli/decode.js';
import type { Report } from '../../src/cli/report.js';
import { type Io, main } from '../../src/cli/run.js';

const SEED_HTML = 'test/data/seed/hankyung-deepseek.html';
const SEED_TXT = 'test/data/seed/hankyung-deepseek-2025-01.txt';

function runCli(argv: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = {
    readFile: (p) => readFileSync(p),
    readStdin: () => new TextEncoder().encode(stdin),
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
  };
  const code = main(argv, io);
  return { code, out, err };
}

function tmpFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('argument parsing', () => {
  it('reads flags in both spellings', () => {
    expect(parseArgs(['extract', '--format', 'md', '--lang=ko', 'a.txt'])).toMatchObject({
      format: 'md',
      lang: 'ko',
      input: 'a.txt',
    });
    expect(parseArgs(['extract', '-'])).toMatchObject({ input: '-', format: 'json', lang: 'auto' });
  });
  it.each([
    [['extract', '--frobnicate', 'a.txt'], /unknown option/],
    [['extract', '--format', 'xml', 'a.txt'], /must be one of json\|md/],
    [['extract'], /missing input/],
    [['extract', 'a', 'b'], /one input at a time/],
    [['scan', 'a.txt'], /unknown command/],
    [['extract', '--lang'], /needs a value/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('decoding', () => {
  it('follows a declared EUC-KR charset', () => {
    const euc = new Uint8Array([0xb8, 0xb8, 0xbf, 0xf8]); // "만원" in EUC-KR
    const html = new TextEncoder().encode('<html><head><meta charset="euc-kr"></head><body>1');
    const bytes = new Uint8Array([...html, ...euc]);
    expect(decodeInput(bytes, true)).toEqual({ text: expect.stringContaining('1만원') });
  });
  it('refuses binary, unknown charsets and broken UTF-8 with one clear sentence', () => {
    expect(() => decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), false)).toThrow(/binary/);
    const koi = new TextEncoder().encode('<meta charset="x-mac-klingon"><p>1');
    expect(() => decodeInput(koi, true)).toThrow(/unsupported encoding "x-mac-klingon"/);
    expect(() => decodeInput(new Uint8Array([0x31, 0xff, 0xfe, 0x41]), false)).toThrow(InputError);
  });
  it('reads a page stored as UTF-8 under an old charset declaration as UTF-8, and says so', () => {
    const page = new TextEncoder().encode(
      '<html><head><meta charset="gbk"></head><body><p>营收增长20%，达到3.5亿元。</p>',
    );
    const d = decodeInput(page, true);
    expect(d.text).toContain('达到3.5亿元');
    expect(d.warning).toMatch(/declares charset "gbk" but is stored as UTF-8/);
    // Real GBK bytes (no UTF-8 reading) still follow the declaration, silently.
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="gbk"><p>'),
      0xd2,
      0xda,
      0xd4,
      0xaa,
    ]);
    expect(decodeInput(gbk, true)).toEqual({ text: expect.stringContaining('亿元') });
  });
  it('honours UTF-16 byte order marks', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x35, 0x00, 0x25, 0x00]);
    expect(decodeInput(le, false).text).toBe('5%');
  });
});

describe('extract', () => {
  it('indexes a .txt exactly and carries sentence text', () => {
    const r = runCli(['extract', SEED_TXT]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    const text = readFileSync(SEED_TXT, 'utf8');
    expect(report.version).toBe(1);
    expect(report.lang).toBe('ko');
    expect(report.claims.length).toBeGreaterThan(8);
    for (const c of report.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.sentenceText).toContain(c.text);
      expect(Array.isArray(c.caveats)).toBe(true);
    }
  });

  it('reads the article of an .html page, not its furniture', () => {
    const r = runCli(['extract', SEED_HTML]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    const texts = report.claims.map((c) => c.text);
    expect(texts).toContain('557만6000달러');
    expect(texts.some((t) => t.includes('79.8%'))).toBe(true);
    // The header's stock index, the comment box and the footer's phone number are not the article.
    for (const t of texts) expect(t).not.toMatch(/2,536\.80|5000만원|4114|1,204/);
    expect(report.publishedAt).toMatch(/^2025-01-24/);
  });

  it('reads an HTML fragment (no <html>, no <body>) as a page body', () => {
    const frag = tmpFile(
      'fragment.html',
      '<div><p>Quarterly revenue rose 12% to $5 billion, the company said.</p></div>',
    );
    const r = runCli(['extract', frag]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Report).claims.map((c) => c.text)).toEqual(['12%', '$5 billion']);
  });

  it('says on stderr when a page is read as UTF-8 against its declared charset', () => {
    const page = tmpFile(
      'mislabelled.html',
      '<html><head><meta charset="euc-kr"></head><body><article><p>매출은 3조원으로 12% 늘었다고 회사는 밝혔다. 영업이익도 크게 늘었다.</p></article></body></html>',
    );
    const r = runCli(['extract', page]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/declares charset "euc-kr" but is stored as UTF-8/);
    expect((JSON.parse(r.out) as Report).claims.map((c) => c.text)).toContain('3조원');
  });

  it('says so for a language it does not read yet, and reads digits with a currency or % on --basic', () => {
    const fr =
      "Le chiffre d'affaires a progressé de 12 % au troisième trimestre, selon la direction, qui prévoit 438 suppressions de postes contre 200 l'an dernier.";
    const r = runCli(['extract', '-'], fr);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/"fr", a language ClaimLens does not read yet/);
    expect((JSON.parse(r.out) as Report).claims).toEqual([]);
    const basic = runCli(['extract', '--basic', '-'], fr);
    expect(basic.err).toBe('');
    expect((JSON.parse(basic.out) as Report).claims.map((c) => c.text)).toEqual(['12 %']);
  });

  it('reads standard input as text', () => {
    const r = runCli(['extract', '--lang', 'en', '-'], 'The company spent $5.6 million on the final run.');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.lang).toBe('en');
    expect(report.claims[0]).toMatchObject({ kind: 'money', value: 5_600_000, unit: 'USD' });
  });

  it('prints a Markdown report with one line per claim', () => {
    const r = runCli(['extract', '--format', 'md', SEED_TXT]);
    expect(r.code).toBe(0);
    const claimLines = r.out.split('\n').filter((l) => l.startsWith('- `'));
    const json = JSON.parse(runCli(['extract', SEED_TXT]).out) as Report;
    expect(claimLines).toHaveLength(json.claims.length);
    expect(r.out).toContain('**557만6000달러**');
  });

  it('labels forecasts in JSON (status, statusCue) and in Markdown, and the result beside one', () => {
    const text = 'Revenue rose to $35.1 billion, compared with its own outlook of $32.5 billion.';
    const json = JSON.parse(runCli(['extract', '--lang', 'en', '-'], text).out) as Report;
    const byText = (s: string) => json.claims.find((c) => c.text === s);
    expect(byText('$32.5 billion')).toMatchObject({ status: 'forecast', statusCue: 'outlook' });
    expect(byText('$35.1 billion')).toMatchObject({ status: 'result' });
    const md = runCli(['extract', '--format', 'md', '--lang', 'en', '-'], text).out;
    expect(md).toMatch(/`\$32\.5 billion` — FORECAST \(“outlook”\)/);
    expect(md).toMatch(/`\$35\.1 billion` — RESULT \(beside a forecast\)/);
  });

  it('gives an empty list for an empty file', () => {
    const r = runCli(['extract', tmpFile('empty.txt', '')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ version: 1, claims: [] });
  });

  it.each([
    [['extract', 'no/such/file.txt'], 1, /no such file: no\/such\/file\.txt/],
    [['extract', 'test'], 1, /is a directory/],
    [['extract', '--format', 'pdf', SEED_TXT], 2, /must be one of/],
  ])('fails cleanly on %j', (argv, code, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.out).toBe('');
  });

  it('refuses a binary file', () => {
    const r = runCli([
      'extract',
      tmpFile('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/binary/);
  });
});

describe('the built bin', () => {
  // `npm test` builds before it runs the unit tests, so the bundle named in package.json "bin" exists.
  const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin.claimlens as string;
  it('runs as a program and exits non-zero on user error without a stack trace', () => {
    const out = execFileSync(process.execPath, [bin, 'extract', '--format', 'json', SEED_TXT], {
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as Report).claims.length).toBeGreaterThan(8);
    const bad = spawnSync(process.execPath, [bin, 'extract', 'missing.html'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('claimlens: no such file: missing.html');
  });
});
