// Page bench: the BUILT extension in headless Chromium, on a generated 2 MB article and the seed page, measured
// from a performance trace (no test hook in the product) against a bare TreeWalker pass and an extension-free browser.
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type CDPSession, type Page, type WebWorker } from 'puppeteer-core';
import { bigArticlePage, paragraphsHtml } from './page-fixture.js';
import { extensionProfile } from './profile.js';
import { log, median, round } from './stats.js';
import {
  blockingAfterDcl,
  composeTask,
  contentScriptStart,
  cpuSamples,
  extensionCpuMs,
  extensionInstants,
  extensionTasks,
  findMainThread,
  frameCount,
  longest,
  markTime,
  paintedAfter,
  renderWork,
  type Sample,
  sumMs,
  type Task,
  type TaskComposition,
  type TraceEvent,
  threadOfMark,
  topLevelTasks,
} from './trace.js';

export interface PageOptions {
  root: string;
  extDir: string;
  /** The page-side incremental harness (IIFE), already bundled; null to skip the counting proof. */
  harnessJs: string | null;
  bigBytes: number;
  runs: number;
  seedRuns: number;
  /** Where the shipping content.js is (its size is reported from here, even when `extDir` is a profiling build). */
  sizeDir?: string;
  /** Text of an unminified content.js loaded from `extDir`: collect and attribute extension CPU samples. */
  profileBundle?: string;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  // Samples attribute promise continuations and message callbacks (which name no script) to the extension.
  'disabled-by-default-v8.cpu_profiler',
];

const SEED_PATH = '/article/2025012482517';
const BIG_PATH = '/article/2026112900001';

interface LoadRun {
  page_ms: number | null;
  start_to_last_task_ms: number | null;
  /** Sum of the main-thread tasks that ran extension code (whole tasks). */
  ext_busy_ms: number;
  /** CPU samples inside extension code (the script's own share of those tasks). */
  ext_cpu_ms: number;
  ext_tasks: number;
  longest_ext_task_ms: number;
  /** Longest task on the main thread in the same window, whoever ran it (the page's own layout included). */
  longest_any_task_ms: number;
  walk_ms: number;
  walk_nodes: number;
  walk_chars: number;
  badge_count: number | null;
  badge_passes: number;
  page_world_highlights: number | null;
  highlight_names: string[];
  /** Wall time from navigation start to the content script's first evaluation (document_idle). */
  nav_to_start_ms: number | null;
  longest_ext_tasks: Array<TaskComposition & { at_ms: number; cpu_by_leaf: string[] }>;
  /** Content script start → the frame that first shows a highlight (the registry is polled from the page world). */
  first_highlight_ms: number | null;
  /** Every main-thread task with extension code: [ms after the content script's start, duration ms]. */
  ext_timeline: Array<[number, number]>;
  /** Total blocking time after DOMContentLoaded, every main-thread task (the page's own included). */
  tbt_ms: number | null;
}

interface Served {
  url: (path: string) => string;
  close: () => Promise<void>;
  port: number;
}

async function serve(routes: Map<string, string>, host: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = routes.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path) => `http://${host}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A host the extension's content_scripts match, preferring the seed's own site. */
export function pickHost(manifest: { content_scripts?: Array<{ matches?: string[] }> }): string {
  const patterns = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const hostOf = (p: string): string | null => {
    const m = /^[^:]+:\/\/([^/]+)\//.exec(p);
    return m ? (m[1] as string) : null;
  };
  const matches = (host: string) =>
    patterns.some((p) => {
      const h = hostOf(p);
      if (!h) return p === '<all_urls>';
      if (h === '*') return true;
      if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
      return host === h;
    });
  if (matches('www.hankyung.com')) return 'www.hankyung.com';
  for (const p of patterns) {
    const h = hostOf(p);
    if (h && h !== '*') return h.startsWith('*.') ? `www.${h.slice(2)}` : h;
  }
  return 'www.hankyung.com';
}

async function launch(port: number, host: string, extDir: string | null): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: [
      '--no-sandbox',
      `--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`,
      '--disable-features=HttpsUpgrades',
      '--window-size=1280,900',
    ],
    ...(extDir ? { enableExtensions: [extDir] } : {}),
  });
}

/** Records every bg:count the background receives, with a listener of our own (the product is not touched). */
class BadgeWatch {
  private worker: WebWorker | null = null;
  constructor(private readonly browser: Browser) {}

  async install(): Promise<boolean> {
    const target = await this.browser
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
        timeout: 10_000,
      })
      .catch(() => null);
    if (!target) return false;
    this.worker = await target.worker();
    if (!this.worker) return false;
    await this.worker.evaluate(() => {
      const g = globalThis as unknown as {
        __benchCounts?: Array<{ t: number; count: number; url: string }>;
        chrome: {
          runtime: {
            onMessage: { addListener: (f: (m: unknown, s: { tab?: { url?: string } }) => void) => void };
          };
        };
      };
      if (g.__benchCounts) return;
      g.__benchCounts = [];
      g.chrome.runtime.onMessage.addListener((m, sender) => {
        const msg = m as { type?: string; count?: number } | null;
        if (msg?.type === 'bg:count')
          g.__benchCounts?.push({ t: Date.now(), count: msg.count ?? -1, url: sender.tab?.url ?? '' });
      });
    });
    return true;
  }

  async since(t: number, url: string): Promise<Array<{ t: number; count: number }>> {
    if (!this.worker) return [];
    try {
      const all = await this.worker.evaluate(
        () =>
          (globalThis as unknown as { __benchCounts?: Array<{ t: number; count: number; url: string }> })
            .__benchCounts ?? null,
      );
      if (all === null) {
        await this.install();
        return [];
      }
      return all.filter((c) => c.t >= t && c.url === url);
    } catch {
      // The worker was stopped and restarted: listen again.
      await this.install().catch(() => false);
      return [];
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for the extension's badge report for this page, then for `quietMs` without a new one. */
async function settle(
  watch: BadgeWatch | null,
  since: number,
  url: string,
  timeoutMs: number,
  quietMs: number,
) {
  const t0 = Date.now();
  if (!watch) {
    await sleep(quietMs);
    return [];
  }
  let seen: Array<{ t: number; count: number }> = [];
  while (Date.now() - t0 < timeoutMs) {
    seen = await watch.since(since, url);
    const last = seen[seen.length - 1];
    if (last && Date.now() - last.t >= quietMs) break;
    await sleep(100);
  }
  return seen;
}

async function startTrace(page: Page): Promise<void> {
  await page.tracing.start({ categories: CATEGORIES });
}

async function stopTrace(page: Page): Promise<TraceEvent[]> {
  const buf = await page.tracing.stop();
  if (!buf) return [];
  const parsed = JSON.parse(Buffer.from(buf).toString('utf8')) as
    | TraceEvent[]
    | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** A bare TreeWalker pass over the page's text in a fresh isolated world (cold wrappers, like a content script). */
async function walkFloor(
  client: CDPSession,
  reps: number,
): Promise<{ ms: number; nodes: number; chars: number }> {
  const tree = (await client.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const frameId = tree.frameTree.frame.id;
  const times: number[] = [];
  let nodes = 0;
  let chars = 0;
  for (let i = 0; i < reps + 1; i++) {
    const world = await client.send('Page.createIsolatedWorld', {
      frameId,
      worldName: `claimlens-bench-walk-${Date.now()}-${i}`,
    });
    const res = await client.send('Runtime.evaluate', {
      contextId: world.executionContextId,
      returnByValue: true,
      expression: `(() => {
        const t0 = performance.now();
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let nodes = 0, chars = 0;
        for (let n = w.nextNode(); n; n = w.nextNode()) { nodes++; chars += n.data.length; }
        return { ms: performance.now() - t0, nodes, chars };
      })()`,
    });
    const v = res.result.value as { ms: number; nodes: number; chars: number };
    if (i > 0) times.push(v.ms); // the first world also pays one-time costs the content script's world paid at load
    nodes = v.nodes;
    chars = v.chars;
  }
  return { ms: median(times), nodes, chars };
}

async function heapUsedMb(client: CDPSession): Promise<number> {
  await client.send('HeapProfiler.enable');
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  await client.send('Performance.enable');
  const m = await client.send('Performance.getMetrics');
  const used = m.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return used / 1e6;
}

async function pageWorldHighlights(page: Page): Promise<{ total: number | null; names: string[] }> {
  return page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, { size: number }> } }).CSS
      .highlights;
    if (!reg) return { total: null, names: [] as string[] };
    let total = 0;
    const names: string[] = [];
    for (const [name, h] of reg) {
      if (!name.startsWith('claimlens')) continue;
      names.push(name);
      total += h.size;
    }
    return { total, names };
  });
}

interface Analysed {
  start: number | null;
  lastExt: number | null;
  painted: number | null;
  extTasks: Task[];
  allTasks: Task[];
  /** The longest extension tasks and what they were made of. */
  top: Array<TaskComposition & { at_ms: number; cpu_by_leaf: string[] }>;
  /** CPU samples in extension code between start and painted (ms). */
  cpu: number;
  /** The samples of that window (for --profile-page). */
  samples: Sample[];
  /** End of the frame painted after the page world first saw a ClaimLens highlight (µs), if it did. */
  firstHighlight: number | null;
}

function analyse(
  events: TraceEvent[],
  url: string,
  extPrefix: string,
  from?: number,
  mark?: string,
): Analysed | null {
  const main = (mark ? threadOfMark(events, mark) : null) ?? findMainThread(events, url);
  if (!main) return null;
  const start = contentScriptStart(events, main, extPrefix, 'content.js');
  const lo = from ?? start ?? Number.NEGATIVE_INFINITY;
  // After a bench action (the append), the task that did it is the bench's own: count what follows it.
  const allTasks = topLevelTasks(events, main).filter((t) =>
    from !== undefined ? t.start >= from : t.end >= lo,
  );
  const extTasks = extensionTasks(allTasks, extensionInstants(events, main, extPrefix));
  const last = extTasks[extTasks.length - 1];
  const lastExt = last ? last.end : null;
  const painted = lastExt !== null ? (paintedAfter(events, main, lastExt) ?? lastExt) : null;
  const all = cpuSamples(events, main);
  const top = [...extTasks]
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 3)
    .map((t) => ({
      ...composeTask(events, main, t, extPrefix),
      at_ms: Math.round((t.start - (start ?? lo)) / 1000),
      cpu_by_leaf: cpuByLeaf(all, t),
    }));
  const cpu = painted !== null ? extensionCpuMs(all, extPrefix, lo, painted) : 0;
  const samples = painted !== null ? all.filter((x) => x.t >= lo && x.t <= painted) : [];
  const seen = markTime(events, 'bench-first-highlight');
  const firstHighlight = seen !== null ? (paintedAfter(events, main, seen) ?? seen) : null;
  return { start, lastExt, painted, extTasks, allTasks, top, cpu, samples, firstHighlight };
}

/**
 * Where a long task's CPU went, by the leaf frame of each sample (native work shows as "(program)" or "(garbage
 * collector)"; a DOM call as the JS function making it): the top five, for telling what to slice next.
 */
function cpuByLeaf(samples: readonly Sample[], task: Task): string[] {
  const by = new Map<string, number>();
  for (const x of samples) {
    if (x.t < task.start || x.t > task.end) continue;
    const f = x.frames[0];
    const where = f
      ? `${f.functionName || '(anonymous)'}@${f.url.split('/').pop() ?? ''}:${f.lineNumber}`
      : '(idle)';
    by.set(where, (by.get(where) ?? 0) + x.ms);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`);
}

/** Scrolls the page frame by frame; returns the trace of it. */
async function scriptedScroll(page: Page, steps: number, px: number): Promise<void> {
  await page.evaluate(
    async (n: number, dy: number) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      performance.mark('bench-scroll-start');
      for (let i = 0; i < n; i++) {
        window.scrollBy(0, dy);
        await frame();
      }
      await frame();
      performance.mark('bench-scroll-end');
    },
    steps,
    px,
  );
}

function scrollWork(events: TraceEvent[], url: string, extPrefix: string) {
  const main = threadOfMark(events, 'bench-scroll-start') ?? findMainThread(events, url);
  const from = markTime(events, 'bench-scroll-start');
  const to = markTime(events, 'bench-scroll-end');
  if (!main || from === null || to === null) return null;
  const work = renderWork(events, main, from, to);
  const tasks = topLevelTasks(events, main).filter((t) => t.start >= from && t.end <= to);
  const ext = extensionTasks(tasks, extensionInstants(events, main, extPrefix));
  return {
    work,
    /** CPU samples in extension code: the script itself, not the frames its tasks share with rendering. */
    ext_cpu_ms: extensionCpuMs(cpuSamples(events, main), extPrefix, from, to),
    ext_tasks_ms: round(sumMs(ext), 1),
    longest_ext_task_ms: round(longest(ext), 1),
    longest_any_task_ms: round(longest(tasks), 1),
    window_ms: round((to - from) / 1000, 1),
    frames: frameCount(events, main, from, to),
    samples: cpuSamples(events, main).filter((x) => x.t >= from && x.t <= to),
  };
}

export interface PageResult {
  host: string;
  chromium: string;
  big: { bytes: number; paragraphs: number; runs: LoadRun[] };
  seed: { runs: LoadRun[] };
  page_ms: number | null;
  walk_ms: number;
  page_ratio: number | null;
  busy_ratio: number | null;
  seed_page_ms: number | null;
  seed_walk_ms: number;
  seed_page_ratio: number | null;
  /** Content script start → first frame with a highlight, 2 MB page and seed, and the ratio to the same walk. */
  first_highlight_ms: number | null;
  first_highlight_ratio: number | null;
  seed_first_highlight_ms: number | null;
  seed_first_highlight_ratio: number | null;
  /**
   * Where the seed page's time goes (medians): evaluating content.js (its first task), the other extension tasks,
   * and waiting — the main thread free while the settings and the analysis come back from the service worker.
   */
  seed_breakdown: { evaluate_ms: number; other_tasks_ms: number; waiting_ms: number };
  /** The 2 MB page: extension tasks on the main thread vs waiting for the worker's analysis. */
  big_breakdown: { busy_ms: number; waiting_ms: number; claims: number | null };
  longest_task_ms: number;
  longest_task_worst_ms: number;
  longest_task_by_scenario: Record<string, number>;
  /** The same scroll in the browser without the extension: its longest task, whoever ran it. */
  longest_task_scroll_without_ms: number;
  heap_mb: number;
  heap_with_mb: number;
  heap_without_mb: number;
  render_excess_ms: number | null;
  render: { with: unknown[]; without: unknown[] };
  incremental_ms: number | null;
  incremental: Record<string, unknown>;
  /** 200 paragraphs appended, then the reader jumps into them: ms to a highlight in view (null: none in 10 s). */
  appended_scrolled_ms: Array<number | null>;
  /** How many of those jumps showed a highlight within 1 s. */
  appended_scrolled_within_1s: string;
  /** Total blocking time after DOMContentLoaded on the 2 MB page (medians): with, without, and the difference. */
  tbt_with_ms: number | null;
  tbt_without_ms: number | null;
  tbt_added_ms: number | null;
  content_script_kb: number;
  content_script_gzip_kb: number;
  highlights_seen_from_page_world: boolean | null;
  /** --profile-page: extension CPU by module and function, per phase. */
  profile: string[] | null;
  notes: string[];
}

export async function runPageBench(opts: PageOptions): Promise<PageResult> {
  const notes: string[] = [];
  const manifest = JSON.parse(readFileSync(join(opts.extDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ matches?: string[] }>;
  };
  const host = pickHost(manifest);
  const big = bigArticlePage(20261129, opts.bigBytes);
  const seedHtml = readFileSync(join(opts.root, 'test/data/seed/hankyung-deepseek.html'), 'utf8');
  const routes = new Map([
    [SEED_PATH, seedHtml],
    [BIG_PATH, big.html],
  ]);
  const server = await serve(routes, host);
  const bigUrl = server.url(BIG_PATH);
  const seedUrl = server.url(SEED_PATH);
  log(
    `page: ${host} → 127.0.0.1:${server.port}; big page ${(big.bytes / 1e6).toFixed(2)} MB, ${big.paragraphs} paragraphs`,
  );

  const contentJs = readFileSync(join(opts.sizeDir ?? opts.extDir, 'content.js'));
  const content_script_kb = round(contentJs.length / 1024, 1);
  const content_script_gzip_kb = round(gzipSync(contentJs, { level: 9 }).length / 1024, 1);

  const withExt = await launch(server.port, host, opts.extDir);
  const without = await launch(server.port, host, null);
  try {
    const chromium = await withExt.version();
    const watch = new BadgeWatch(withExt);
    if (!(await watch.install())) notes.push('no extension service worker found: badge reports not observed');
    const swTarget = withExt.targets().find((t) => t.type() === 'service_worker');
    const extPrefix = swTarget
      ? `chrome-extension://${new URL(swTarget.url()).host}/`
      : 'chrome-extension://';

    let highlightsSeen: boolean | null = null;
    /** The trace stops after the badge report and a quiet second; extension work near its end means it was cut short. */
    const warnIfStillBusy = (events: TraceEvent[], a: Analysed | null, what: string): void => {
      let end = 0;
      for (const e of events) if (e.ph === 'X') end = Math.max(end, e.ts + (e.dur ?? 0));
      if (a?.lastExt != null && end - a.lastExt < 300_000) {
        notes.push(`${what}: extension still working when the trace stopped; its figures may be cut short`);
      }
    };
    const prof: Record<string, Sample[]> = {
      'seed page load': [],
      '2 MB page load': [],
      scroll: [],
      append: [],
    };

    async function loadRun(
      url: string,
      timeoutMs: number,
      keepOpen: boolean,
    ): Promise<{ run: LoadRun; page: Page; client: CDPSession; heap: number }> {
      const page = await withExt.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // When the reader first sees numbers marked: a page-world rAF poll of the highlight registry (shared by the
      // document's worlds) sets a user-timing mark the first frame a ClaimLens highlight holds a range, then stops.
      await page.evaluateOnNewDocument(() => {
        const tick = (): void => {
          const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, { size: number }> } }).CSS
            .highlights;
          if (reg)
            for (const [name, h] of reg)
              if (name.startsWith('claimlens-') && h.size > 0) {
                performance.mark('bench-first-highlight');
                return;
              }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const client = await page.createCDPSession();
      await startTrace(page);
      const navT = Date.now();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const counts = await settle(watch, navT, url, timeoutMs, 1000);
      const events = await stopTrace(page);
      const navUs = events.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? null;
      const a = analyse(events, url, extPrefix);
      warnIfStillBusy(events, a, url);
      const mainThread = findMainThread(events, url);
      const tbt = mainThread ? blockingAfterDcl(events, mainThread) : null;
      const walk = await walkFloor(client, 5);
      const hl = await pageWorldHighlights(page);
      const heap = await heapUsedMb(client);
      if (a?.start === null || !a) notes.push(`no content-script evaluation seen in the trace for ${url}`);
      const run: LoadRun = {
        page_ms: a?.start != null && a.painted != null ? round((a.painted - a.start) / 1000, 1) : null,
        start_to_last_task_ms:
          a?.start != null && a.lastExt != null ? round((a.lastExt - a.start) / 1000, 1) : null,
        ext_busy_ms: round(sumMs(a?.extTasks ?? []), 1),
        ext_cpu_ms: a?.cpu ?? 0,
        ext_tasks: a?.extTasks.length ?? 0,
        longest_ext_task_ms: round(longest(a?.extTasks ?? []), 1),
        longest_any_task_ms: round(longest(a?.allTasks ?? []), 1),
        walk_ms: round(walk.ms, 2),
        walk_nodes: walk.nodes,
        walk_chars: walk.chars,
        badge_count: counts.length ? (counts[counts.length - 1]?.count ?? null) : null,
        badge_passes: counts.length,
        page_world_highlights: hl.total,
        highlight_names: hl.names,
        nav_to_start_ms: a?.start != null && navUs !== null ? round((a.start - navUs) / 1000, 1) : null,
        longest_ext_tasks: a?.top ?? [],
        first_highlight_ms:
          a?.start != null && a.firstHighlight != null ? round((a.firstHighlight - a.start) / 1000, 1) : null,
        ext_timeline: (a?.extTasks ?? []).map((t) => [
          round((t.start - (a?.start ?? t.start)) / 1000, 1),
          round(t.dur, 1),
        ]),
        tbt_ms: tbt === null ? null : round(tbt, 1),
      };
      prof[url === bigUrl ? '2 MB page load' : 'seed page load']?.push(...(a?.samples ?? []));
      if (hl.names.length > 0) highlightsSeen = true;
      else if (highlightsSeen === null && hl.total !== null) highlightsSeen = false;
      if (!keepOpen) {
        await client.detach().catch(() => undefined);
        await page.close();
      }
      return { run, page, client, heap };
    }

    // --- seed page (small): warm-up, then runs ---
    log('page: seed fixture');
    await loadRun(seedUrl, 10_000, false);
    const seedRuns: LoadRun[] = [];
    for (let i = 0; i < opts.seedRuns; i++) seedRuns.push((await loadRun(seedUrl, 10_000, false)).run);

    // --- 2 MB page: load with the extension, then scroll; same page without the extension ---
    const bigRuns: LoadRun[] = [];
    const heapWith: number[] = [];
    const heapWithout: number[] = [];
    const renderWith: Array<NonNullable<ReturnType<typeof scrollWork>>> = [];
    const renderWithout: Array<NonNullable<ReturnType<typeof scrollWork>>> = [];
    const tbtWithout: number[] = [];
    let lastPage: { page: Page; client: CDPSession } | null = null;
    log('page: 2 MB article');
    await loadRun(bigUrl, 30_000, false); // warm-up (disk cache, JIT of the browser's own code)
    for (let i = 0; i < opts.runs; i++) {
      const keep = i === opts.runs - 1;
      const r = await loadRun(bigUrl, 30_000, true);
      bigRuns.push(r.run);
      heapWith.push(r.heap);
      await startTrace(r.page);
      await scriptedScroll(r.page, 90, 700);
      const sw = scrollWork(await stopTrace(r.page), bigUrl, extPrefix);
      if (sw) {
        prof.scroll?.push(...sw.samples);
        renderWith.push(sw);
      }
      if (keep) lastPage = { page: r.page, client: r.client };
      else {
        await r.client.detach().catch(() => undefined);
        await r.page.close();
      }

      const p = await without.newPage();
      await p.setViewport({ width: 1280, height: 900 });
      const c = await p.createCDPSession();
      await startTrace(p);
      await p.goto(bigUrl, { waitUntil: 'load', timeout: 60_000 });
      await sleep(1000);
      const loadEvents = await stopTrace(p);
      const mainWithout = findMainThread(loadEvents, bigUrl);
      const tbtNo = mainWithout ? blockingAfterDcl(loadEvents, mainWithout) : null;
      if (tbtNo !== null) tbtWithout.push(tbtNo);
      heapWithout.push(await heapUsedMb(c));
      await startTrace(p);
      await scriptedScroll(p, 90, 700);
      const sw0 = scrollWork(await stopTrace(p), bigUrl, extPrefix);
      if (sw0) renderWithout.push(sw0);
      await c.detach().catch(() => undefined);
      await p.close();
      log(`page: run ${i + 1}/${opts.runs}: page ${bigRuns[i]?.page_ms} ms, walk ${bigRuns[i]?.walk_ms} ms`);
    }

    // --- incremental: append 200 paragraphs to the annotated page, three times ---
    const incremental: Record<string, unknown> = {};
    const incTimes: number[] = [];
    const incBusy: number[] = [];
    const incLongest: number[] = [];
    const appendedScrolled: Array<number | null> = [];
    if (lastPage) {
      const { page, client } = lastPage;
      await page.evaluate(() => window.scrollTo(0, 0));
      for (let k = 0; k < 3; k++) {
        const paras = paragraphsHtml(9000 + k, 200);
        const before = await watch.since(0, bigUrl);
        await startTrace(page);
        const t = Date.now();
        await page.evaluate((html: string) => {
          const body = document.querySelector('#articletxt') ?? document.body;
          const tpl = document.createElement('template');
          tpl.innerHTML = html;
          performance.mark('bench-append');
          body.append(tpl.content);
        }, paras.join('\n'));
        const counts = await settle(watch, t, bigUrl, 15_000, 800);
        const events = await stopTrace(page);
        const mark = markTime(events, 'bench-append');
        const a = analyse(events, bigUrl, extPrefix, mark ?? undefined, 'bench-append');
        warnIfStillBusy(events, a, `${bigUrl} (append)`);
        if (a && mark !== null && a.painted !== null) incTimes.push((a.painted - mark) / 1000);
        incBusy.push(sumMs(a?.extTasks ?? []));
        prof.append?.push(...(a?.samples ?? []));
        incLongest.push(longest(a?.extTasks ?? []));
        // The appended-and-scrolled case: the reader jumps to the middle of the new text; how long until a ClaimLens
        // highlight shows there (page-world rAF poll, at most 10 s; null when none came).
        const seenMs = await page.evaluate(async (marker: number) => {
          const paras = [...document.querySelectorAll('#articletxt > p')].slice(-200);
          const target = paras[100];
          if (!target) return null;
          target.scrollIntoView({ block: 'center' });
          const t0 = performance.now();
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
              .highlights;
            for (const [name, h] of reg ?? []) {
              if (!name.startsWith('claimlens-')) continue;
              for (const r of h) {
                const p = r.startContainer.parentElement?.closest('p');
                if (p && paras.includes(p)) {
                  const b = r.getBoundingClientRect();
                  if (b.bottom > 0 && b.top < innerHeight) return performance.now() - t0;
                }
              }
            }
            if (performance.now() - t0 > marker) return null;
          }
        }, 10_000);
        appendedScrolled.push(seenMs === null ? null : round(seenMs, 1));
        incremental[`append_${k + 1}`] = {
          ms: a && mark !== null && a.painted !== null ? round((a.painted - mark) / 1000, 1) : null,
          longest_ext_tasks: a?.top ?? [],
          ext_busy_ms: round(sumMs(a?.extTasks ?? []), 1),
          ext_cpu_ms: a?.cpu ?? 0,
          badge_before: before[before.length - 1]?.count ?? null,
          badge_after: counts[counts.length - 1]?.count ?? null,
        };
      }
      await client.detach().catch(() => undefined);
      await page.close();
    }
    const initialBusy = median(bigRuns.map((r) => r.ext_busy_ms));
    incremental.initial_ext_busy_ms = round(initialBusy, 1);
    incremental.median_ext_busy_ms = round(median(incBusy), 1);
    incremental.busy_vs_initial = initialBusy > 0 ? round(median(incBusy) / initialBusy, 3) : null;
    incremental.longest_ext_task_ms = round(Math.max(0, ...incLongest), 1);
    incremental.appended_scrolled_ms = appendedScrolled;

    // --- the counting proof: the DOM layer's Annotator with a counting analyzer, in the extension-free browser ---
    if (opts.harnessJs) {
      try {
        const counting = await countingProof(without, bigUrl, opts.harnessJs);
        incremental.counting = counting;
        const share = Number(counting.appended_chars) / Number(counting.article_chars);
        if (share > 0 && typeof incremental.busy_vs_initial === 'number') {
          // 1.0 would mean the appended text costs what the same amount of text cost in the initial pass.
          incremental.text_share = round(share, 4);
          incremental.cost_per_char_vs_initial = round(incremental.busy_vs_initial / share, 1);
        }
      } catch (error) {
        incremental.counting = { error: String(error) };
        notes.push(`incremental counting harness failed: ${String(error)}`);
      }
    }

    const profile = opts.profileBundle
      ? Object.entries(prof).flatMap(([phase, xs]) =>
          extensionProfile(phase, xs, extPrefix, opts.profileBundle ?? ''),
        )
      : null;

    const pageMs = median(bigRuns.map((r) => r.page_ms).filter((x): x is number => x !== null));
    const walkMs = median(bigRuns.map((r) => r.walk_ms));
    const seedMs = median(seedRuns.map((r) => r.page_ms).filter((x): x is number => x !== null));
    const seedWalk = median(seedRuns.map((r) => r.walk_ms));
    const med = (xs: Array<number | null>): number | null => {
      const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
      return v.length ? round(median(v), 1) : null;
    };
    const firstBig = med(bigRuns.map((r) => r.first_highlight_ms));
    const firstSeed = med(seedRuns.map((r) => r.first_highlight_ms));
    const evalMs = med(seedRuns.map((r) => r.ext_timeline[0]?.[1] ?? null)) ?? 0;
    const seedBusy = med(seedRuns.map((r) => r.ext_busy_ms)) ?? 0;
    const bigBusy = med(bigRuns.map((r) => r.ext_busy_ms)) ?? 0;
    // Per scenario, the median over its runs of each run's longest extension task: one noisy run does not decide,
    // a long task that recurs in any scenario does.
    const byScenario = {
      seed_load: round(median(seedRuns.map((r) => r.longest_ext_task_ms)), 1),
      big_load: round(median(bigRuns.map((r) => r.longest_ext_task_ms)), 1),
      scroll: round(median(renderWith.map((x) => x.longest_ext_task_ms)), 1),
      append: incLongest.length ? round(median(incLongest), 1) : 0,
    };
    const worst = Math.max(
      0,
      ...[...bigRuns, ...seedRuns].map((r) => r.longest_ext_task_ms),
      ...renderWith.map((x) => x.longest_ext_task_ms),
      ...incLongest,
    );
    const tbtWith = med(bigRuns.map((r) => r.tbt_ms));
    const renderTotal = (xs: typeof renderWith) => median(xs.map((x) => x.work.total_ms));
    const rw = renderTotal(renderWith);
    const rwo = renderTotal(renderWithout);

    return {
      host,
      chromium,
      big: { bytes: big.bytes, paragraphs: big.paragraphs, runs: bigRuns },
      seed: { runs: seedRuns },
      page_ms: Number.isFinite(pageMs) ? round(pageMs, 1) : null,
      walk_ms: round(walkMs, 2),
      page_ratio: Number.isFinite(pageMs) && walkMs > 0 ? round(pageMs / walkMs, 1) : null,
      busy_ratio: walkMs > 0 ? round(median(bigRuns.map((r) => r.ext_busy_ms)) / walkMs, 1) : null,
      seed_page_ms: Number.isFinite(seedMs) ? round(seedMs, 1) : null,
      seed_walk_ms: round(seedWalk, 3),
      seed_page_ratio: Number.isFinite(seedMs) && seedWalk > 0 ? round(seedMs / seedWalk, 1) : null,
      first_highlight_ms: firstBig,
      first_highlight_ratio: firstBig !== null && walkMs > 0 ? round(firstBig / walkMs, 1) : null,
      seed_first_highlight_ms: firstSeed,
      seed_first_highlight_ratio: firstSeed !== null && seedWalk > 0 ? round(firstSeed / seedWalk, 1) : null,
      seed_breakdown: {
        evaluate_ms: evalMs,
        other_tasks_ms: round(seedBusy - evalMs, 1),
        waiting_ms: Number.isFinite(seedMs) ? round(seedMs - seedBusy, 1) : 0,
      },
      big_breakdown: {
        busy_ms: bigBusy,
        waiting_ms: Number.isFinite(pageMs) ? round(pageMs - bigBusy, 1) : 0,
        claims: bigRuns[0]?.badge_count ?? null,
      },
      longest_task_ms: Math.max(...Object.values(byScenario)),
      longest_task_by_scenario: byScenario,
      longest_task_worst_ms: round(worst, 1),
      longest_task_scroll_without_ms: round(median(renderWithout.map((x) => x.longest_any_task_ms)), 1),
      heap_mb: round(median(heapWith) - median(heapWithout), 2),
      heap_with_mb: round(median(heapWith), 2),
      heap_without_mb: round(median(heapWithout), 2),
      render_excess_ms: Number.isFinite(rw) && Number.isFinite(rwo) ? round(rw - rwo, 1) : null,
      render: {
        with: renderWith.map(({ samples: _s, ...rest }) => rest),
        without: renderWithout.map(({ samples: _s, ...rest }) => rest),
      },
      incremental_ms: incTimes.length ? round(median(incTimes), 1) : null,
      incremental,
      appended_scrolled_ms: appendedScrolled,
      appended_scrolled_within_1s: `${appendedScrolled.filter((x) => x !== null && x <= 1000).length}/${appendedScrolled.length}`,
      tbt_with_ms: tbtWith,
      tbt_without_ms: tbtWithout.length ? round(median(tbtWithout), 1) : null,
      tbt_added_ms: tbtWith !== null && tbtWithout.length ? round(tbtWith - median(tbtWithout), 1) : null,
      content_script_kb,
      content_script_gzip_kb,
      highlights_seen_from_page_world: highlightsSeen,
      profile,
      notes,
    };
  } finally {
    // Also on a failure midway: no browser may outlive the bench.
    await withExt.close().catch(() => undefined);
    await without.close().catch(() => undefined);
    await server.close();
  }
}

/** Loads the big page in the extension-free browser with the bench's Annotator and counts the text analyzed. */
async function countingProof(
  browser: Browser,
  url: string,
  harnessJs: string,
): Promise<Record<string, unknown>> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ content: harnessJs });
  type Api = {
    counters: { calls: number; chars: number; passes: number; claims: number };
    start: (quietMs: number, timeoutMs: number) => Promise<boolean>;
    reset: () => void;
    settle: (quietMs: number, timeoutMs: number) => Promise<boolean>;
    lastPassAt: () => number;
  };
  const initial = await page.evaluate(async () => {
    const api = (globalThis as unknown as { __claimlensBench: Api }).__claimlensBench;
    const t0 = performance.now();
    const ok = await api.start(700, 40_000);
    const text = document.querySelector('#articletxt')?.textContent ?? '';
    return { ok, ms: api.lastPassAt() - t0, ...api.counters, article_chars: text.length };
  });
  const paras = paragraphsHtml(9100, 200);
  const inc = await page.evaluate(async (html: string) => {
    const api = (globalThis as unknown as { __claimlensBench: Api }).__claimlensBench;
    api.reset();
    const body = document.querySelector('#articletxt') ?? document.body;
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    const added = tpl.content.textContent?.length ?? 0;
    const t0 = performance.now();
    body.append(tpl.content);
    const ok = await api.settle(700, 15_000);
    return { ok, ms: api.lastPassAt() - t0, ...api.counters, appended_chars: added };
  }, paras.join('\n'));
  await page.close();
  return {
    initial_chars_analyzed: initial.chars,
    initial_calls: initial.calls,
    initial_ms: round(initial.ms, 1),
    article_chars: initial.article_chars,
    claims_after_initial: initial.claims,
    appended_chars: inc.appended_chars,
    incremental_chars_analyzed: inc.chars,
    incremental_calls: inc.calls,
    incremental_passes: inc.passes - initial.passes,
    incremental_ms: round(inc.ms, 1),
    claims_after_append: inc.claims,
    // Old text re-scanned would put the increment near the initial figure; a clean increment stays near the new text.
    old_text_rescanned: inc.ok ? inc.chars > inc.appended_chars * 1.25 + 2000 : null,
    pass_completed: inc.ok && initial.ok,
  };
}

export function fileKb(path: string): number {
  return round(statSync(path).size / 1024, 1);
}
