// The knowledge base is complete and sourced: every entry has a source URL and a checked date.
import { describe, expect, it } from 'vitest';
import { FX_MONTHS } from '../../../src/core/knowledge/fx-rates.js';
import { KNOWLEDGE } from '../../../src/core/knowledge/index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL_RE = /^https?:\/\/\S+$/;

describe('knowledge sources', () => {
  it('every catalogued source has a title, an http(s) URL and a checked date', () => {
    for (const [id, s] of Object.entries(KNOWLEDGE.sources)) {
      expect(s.title.length, id).toBeGreaterThan(3);
      expect(s.url, id).toMatch(URL_RE);
      expect(s.checked, id).toMatch(DATE);
    }
  });

  it('every source id referenced anywhere resolves', () => {
    const refs: [string, string][] = [];
    for (const b of KNOWLEDGE.benchmarks) {
      for (const s of b.sources) refs.push([b.id, s]);
      for (const n of b.notes) for (const s of n.sources) refs.push([`${b.id}/${n.kind}`, s]);
    }
    for (const r of KNOWLEDGE.reports) for (const s of r.sources) refs.push([r.id, s]);
    for (const f of KNOWLEDGE.training) for (const s of f.sources) refs.push([f.id, s]);
    for (const x of KNOWLEDGE.fx) for (const s of x.sources) refs.push([x.currency, s]);
    for (const s of KNOWLEDGE.deepseekTotalHardware.sources) refs.push(['deepseek-total', s]);
    for (const [owner, id] of refs) expect(KNOWLEDGE.sources[id], `${owner} → ${id}`).toBeDefined();
  });

  it('every benchmark, report, training fact and rate series has sources and a checked date', () => {
    const entries = [...KNOWLEDGE.benchmarks, ...KNOWLEDGE.reports, ...KNOWLEDGE.training, ...KNOWLEDGE.fx];
    for (const e of entries) {
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.checked).toMatch(DATE);
    }
  });
});

describe('benchmarks', () => {
  it('has at least 25, including the ones the issue lists', () => {
    expect(KNOWLEDGE.benchmarks.length).toBeGreaterThanOrEqual(25);
    const ids = [
      'aime-2024',
      'aime-2025',
      'math-500',
      'gsm8k',
      'mmlu',
      'mmlu-pro',
      'mmlu-redux',
      'gpqa-diamond',
      'humaneval',
      'mbpp',
      'livecodebench',
      'livebench',
      'codeforces',
      'swe-bench-verified',
      'aider-polyglot',
      'arc-agi-1',
      'arc-agi-2',
      'hle',
      'simpleqa',
      'ifeval',
      'bbh',
      'drop',
      'hellaswag',
      'lmarena',
      'mmmu',
      'c-eval',
      'cmmlu',
      'kmmlu',
      'click',
    ];
    for (const id of ids) expect(KNOWLEDGE.benchmarkById.has(id), id).toBe(true);
  });

  it('ids are unique and no alias points at two benchmarks', () => {
    const ids = new Set<string>();
    const alias = new Map<string, string>();
    for (const b of KNOWLEDGE.benchmarks) {
      expect(ids.has(b.id), b.id).toBe(false);
      ids.add(b.id);
      for (const a of b.aliases) {
        const k = a.toLowerCase();
        expect(alias.get(k) ?? b.id, `${a}: ${alias.get(k)} and ${b.id}`).toBe(b.id);
        alias.set(k, b.id);
      }
    }
  });

  it('gives both languages for what a benchmark is and item counts where they are fixed', () => {
    for (const b of KNOWLEDGE.benchmarks) {
      expect(b.what.ko.length, b.id).toBeGreaterThan(5);
      expect(b.what.en.length, b.id).toBeGreaterThan(5);
      if (b.items === null) expect(b.itemsNote ?? b.granularity === 'rating', b.id).toBeTruthy();
      for (const l of b.lookalikes ?? []) expect(KNOWLEDGE.benchmarkById.has(l), `${b.id} → ${l}`).toBe(true);
    }
    expect(KNOWLEDGE.benchmarkById.get('aime-2024')?.items).toBe(30);
    expect(KNOWLEDGE.benchmarkById.get('gpqa-diamond')?.items).toBe(198);
    expect(KNOWLEDGE.benchmarkById.get('humaneval')?.items).toBe(164);
    expect(KNOWLEDGE.benchmarkById.get('swe-bench-verified')?.items).toBe(500);
  });

  it('finds aliases in Korean and English text, longest first', () => {
    const ids = (t: string) => KNOWLEDGE.findBenchmarkMentions(t).map((m) => m.id);
    expect(ids('코딩 부문 라이브벤치 평가에선')).toEqual(['livebench']);
    expect(ids('라이브코드벤치와 LiveBench는 다르다')).toEqual(['livecodebench', 'livebench']);
    expect(ids('미국 수학경시대회 AIME 2024 벤치마크 테스트에서')).toEqual(['aime', 'aime-2024']);
    expect(ids('MMLU-Pro and MMLU and KMMLU')).toEqual(['mmlu-pro', 'mmlu', 'kmmlu']);
    expect(ids('SWE-bench Verified, not SWE-bench')).toEqual(['swe-bench-verified', 'swe-bench']);
    expect(ids('Humanity’s Last Exam (HLE)')).toEqual(['hle', 'hle']);
    expect(ids('WHLE and AIMEX are not names')).toEqual([]);
    expect(ids('인류의 마지막 시험에서 26.9%')).toEqual(['hle']);
  });
});

describe('published results', () => {
  it('reference known benchmarks and reports, with settings in both languages', () => {
    expect(KNOWLEDGE.results.length).toBeGreaterThan(30);
    for (const r of KNOWLEDGE.results) {
      expect(KNOWLEDGE.benchmarkById.has(r.benchmark), r.benchmark).toBe(true);
      expect(
        KNOWLEDGE.reports.some((x) => x.id === r.report),
        r.report,
      ).toBe(true);
      expect(r.settings.ko && r.settings.en).toBeTruthy();
    }
  });

  it('holds the R1 Table 4 figures the seed quotes, and marks the o1 column as copied', () => {
    const aime = KNOWLEDGE.findResults('aime-2024', 79.2);
    expect(aime.map((r) => [r.model, r.provenance])).toEqual([['OpenAI o1-1217', 'copied']]);
    expect(KNOWLEDGE.findResults('livecodebench', 65.9)[0]?.model).toBe('DeepSeek-R1');
    expect(KNOWLEDGE.findResults('livebench', 65.9)).toEqual([]);
    const o1 = KNOWLEDGE.results.filter((r) => r.report === 'openai-o1' && r.model.startsWith('OpenAI o1'));
    expect(o1.map((r) => [r.value, r.sampling])).toEqual([
      [74, 'pass@1-single'],
      [83, 'cons@64'],
    ]);
  });

  it('keeps the DeepSeek-V3 cost table consistent: GPU-hours × $2 = $5.576M', () => {
    const v3 = KNOWLEDGE.trainingById.get('deepseek-v3')!;
    expect(v3.gpuHours! * v3.rentalUsdPerGpuHour!).toBe(v3.costUsd);
    expect(v3.gpus).toBe(2048);
    const stages = v3.stages!;
    expect(stages.reduce((s, x) => s + x.gpuHours, 0)).toBe(v3.gpuHours);
    expect(stages.reduce((s, x) => s + x.costUsd!, 0)).toBe(v3.costUsd);
    for (const x of stages) expect(x.gpuHours * 2).toBe(x.costUsd);
  });
});

describe('reference exchange rates', () => {
  it('cover every month 2023-01..2026-10 for KRW, JPY, CNY and EUR', () => {
    expect(FX_MONTHS[0]).toBe('2023-01');
    expect(FX_MONTHS[FX_MONTHS.length - 1]).toBe('2026-10');
    expect(FX_MONTHS.length).toBe(46);
    for (const cur of ['KRW', 'JPY', 'CNY', 'EUR']) {
      for (const m of FX_MONTHS) expect(KNOWLEDGE.perUsd(cur, m), `${cur} ${m}`).toBeGreaterThan(0);
    }
  });

  it('are realistic monthly averages (bands around the published series)', () => {
    const bands: Record<string, [number, number]> = {
      KRW: [1200, 1500],
      JPY: [125, 165],
      CNY: [6.6, 7.4],
      EUR: [0.84, 0.98],
    };
    for (const [cur, [lo, hi]] of Object.entries(bands)) {
      for (const m of FX_MONTHS) {
        const v = KNOWLEDGE.perUsd(cur, m)!;
        expect(v >= lo && v <= hi, `${cur} ${m} = ${v}`).toBe(true);
      }
    }
    expect(KNOWLEDGE.perUsd('KRW', '2025-01')).toBe(1455);
    // Month-to-month moves of a monthly average stay within 8% (the largest real one: JPY, Aug 2024, ~7%).
    for (const cur of Object.keys(bands)) {
      for (let i = 1; i < FX_MONTHS.length; i++) {
        const a = KNOWLEDGE.perUsd(cur, FX_MONTHS[i - 1]!)!;
        const b = KNOWLEDGE.perUsd(cur, FX_MONTHS[i]!)!;
        expect(Math.abs(b / a - 1), `${cur} ${FX_MONTHS[i]}`).toBeLessThan(0.08);
      }
    }
  });

  it('say which months are estimates and state their precision', () => {
    for (const s of KNOWLEDGE.fx) {
      expect(s.estimated).toContain('2026-10');
      expect(s.estimated).not.toContain('2025-01');
      expect(s.precision.en).toMatch(/monthly average/);
    }
  });
});
