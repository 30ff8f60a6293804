// The bench's own logic: a deterministic corpus, and trace reading that attributes tasks to the extension correctly.
import { describe, expect, it } from 'vitest';
import { groupOf } from './content-size.js';
import { articleText, generateCorpus, utf8Length } from './corpus.js';
import { pickHost } from './page-bench.js';
import { bigArticlePage } from './page-fixture.js';
import {
  contentScriptStart,
  extensionInstants,
  extensionTasks,
  findMainThread,
  paintedAfter,
  renderWork,
  type TraceEvent,
  topLevelTasks,
} from './trace.js';

describe('bench corpus', () => {
  it('is byte-identical for a seed and differs across seeds', () => {
    const a = generateCorpus({ seed: 7, bytes: 60_000 }).map(articleText).join('\n');
    const b = generateCorpus({ seed: 7, bytes: 60_000 }).map(articleText).join('\n');
    const c = generateCorpus({ seed: 8, bytes: 60_000 }).map(articleText).join('\n');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(utf8Length(a)).toBeGreaterThanOrEqual(60_000);
    expect(utf8Length(a)).toBe(new TextEncoder().encode(a).length);
  });

  it('reads like news: Korean and English, figures, dates, model names and plenty of number-free prose', () => {
    const arts = generateCorpus({ seed: 1, bytes: 300_000 });
    const text = arts.map(articleText).join('\n');
    expect(arts.some((x) => x.lang === 'ko')).toBe(true);
    expect(arts.some((x) => x.lang === 'en')).toBe(true);
    expect(text).toMatch(/\d+억(\d+만)?원/);
    expect(text).toMatch(/\d+(\.\d+)?%포인트/);
    expect(text).toMatch(/\$\d/);
    expect(text).toMatch(/GPT-4o|딥시크-V3|Llama 3/);
    expect(text).not.toMatch(/\{[A-Z0-9_]+\}/);
    const sentences = text.split(/(?<=[.다])\s+/);
    const bare = sentences.filter((s) => !/\d/.test(s)).length;
    expect(bare / sentences.length).toBeGreaterThan(0.3);
    // Korean particles follow the word's last sound.
    expect(text).not.toMatch(/삼성전자이 |딥시크이 |원를 |달러을 /);
  });

  it('builds a page of the asked size with thousands of paragraphs at 2 MB', () => {
    const page = bigArticlePage(3, 200_000);
    expect(page.bytes).toBeGreaterThan(180_000);
    expect(page.bytes).toBeLessThan(260_000);
    expect(page.html).toContain('id="articletxt"');
    expect(page.paragraphs).toBeGreaterThan(150);
  });
});

describe('content.js breakdown', () => {
  it('groups bundled inputs by the folder someone owns', () => {
    expect(groupOf('src/core/knowledge/benchmarks.json')).toBe('src/core/knowledge');
    expect(groupOf('src/dom/annotator.ts')).toBe('src/dom');
    expect(groupOf('src/core/lang.ts')).toBe('src/core');
    expect(groupOf('node_modules/preact/dist/preact.module.js')).toBe('node_modules/preact');
    expect(groupOf('node_modules/@scope/pkg/index.js')).toBe('node_modules/@scope/pkg');
  });
});

describe('pickHost', () => {
  it('prefers the seed site when the content script matches it', () => {
    expect(
      pickHost({ content_scripts: [{ matches: ['*://*.nytimes.com/*', '*://*.hankyung.com/*'] }] }),
    ).toBe('www.hankyung.com');
    expect(pickHost({ content_scripts: [{ matches: ['*://news.naver.com/*'] }] })).toBe('news.naver.com');
    expect(pickHost({ content_scripts: [{ matches: ['*://*.bbc.com/*'] }] })).toBe('www.bbc.com');
  });
});

describe('trace reading', () => {
  const P = 10;
  const T = 1;
  const EXT = 'chrome-extension://abc/';
  const url = 'http://www.hankyung.com/article/1';
  const x = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
    name,
    ph: 'X',
    ts,
    dur,
    pid: P,
    tid: T,
    ...extra,
  });
  const events: TraceEvent[] = [
    x('ParseHTML', 0, 100, { args: { beginData: { url } } }),
    // Another renderer (the extension's own process) parses something else.
    x('ParseHTML', 0, 100, { pid: 99, args: { beginData: { url: `${EXT}popup.html` } } }),
    x('RunTask', 1000, 5000),
    x('EvaluateScript', 1100, 3000, { args: { data: { url: `${EXT}content.js` } } }),
    x('RunTask', 10_000, 60_000), // page's own work
    x('Layout', 10_100, 50_000),
    x('RunTask', 80_000, 70_000), // a promise continuation: only CPU samples show the extension
    x('RunTask', 160_000, 2_000),
    x('FunctionCall', 160_100, 1_000, { args: { data: { url: `${EXT}content.js` } } }),
    x('Paint', 163_000, 500),
    x('Commit', 163_600, 300),
    x('UpdateLayoutTree', 170_000, 400),
    x('RasterTask', 163_900, 800, { tid: 5 }),
    {
      name: 'Profile',
      ph: 'P',
      ts: 0,
      pid: P,
      tid: T,
      id: '0x1',
      args: { data: { startTime: 80_000 } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      pid: P,
      tid: 77,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: `${EXT}content.js` } },
              { id: 3, parent: 2, callFrame: { url: '' } },
            ],
            samples: [3, 1],
          },
          timeDeltas: [1000, 100_000],
        },
      },
    },
  ];

  it('finds the tab renderer and attributes tasks by script URL and by CPU samples', () => {
    const main = findMainThread(events, url);
    expect(main).toEqual({ pid: P, tid: T });
    if (!main) return;
    const tasks = topLevelTasks(events, main);
    expect(tasks).toHaveLength(4);
    const ext = extensionTasks(tasks, extensionInstants(events, main, EXT));
    expect(ext.map((t) => t.start)).toEqual([1000, 80_000, 160_000]);
    expect(contentScriptStart(events, main, EXT, 'content.js')).toBe(1100);
    expect(paintedAfter(events, main, 162_000)).toBe(163_900);
  });

  it('sums rendering work in a window, raster included', () => {
    const main = findMainThread(events, url);
    if (!main) throw new Error('no main thread');
    const w = renderWork(events, main, 160_000, 171_000);
    expect(w.paint_ms).toBeCloseTo(0.8);
    expect(w.style_ms).toBeCloseTo(0.4);
    expect(w.raster_ms).toBeCloseTo(0.8);
    expect(w.layout_ms).toBe(0);
    expect(w.total_ms).toBeCloseTo(2);
  });
});
