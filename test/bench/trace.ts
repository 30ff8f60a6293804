// Reads a Chromium performance trace: which main-thread tasks ran extension code, when its content script started,
// when the frame after its last task was painted, and how much style/layout/paint/GC work a window holds.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  id?: string;
  args?: Record<string, unknown>;
}

export interface Task {
  start: number;
  end: number;
  /** ms */
  dur: number;
}

export interface MainThread {
  pid: number;
  tid: number;
}

const RENDER_GROUPS: Record<string, readonly string[]> = {
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage', 'Decode Image'],
  // Top-level GC events only: the V8.GC_* phases nest inside them.
  gc: ['MinorGC', 'MajorGC'],
};

function dataOf(e: TraceEvent): Record<string, unknown> | undefined {
  const d = e.args?.data ?? e.args?.beginData;
  return d && typeof d === 'object' ? (d as Record<string, unknown>) : undefined;
}

function urlOf(e: TraceEvent): string | undefined {
  const d = dataOf(e);
  const u = d?.url ?? e.args?.fileName;
  return typeof u === 'string' ? u : undefined;
}

/** The renderer main thread that parsed `pageUrl` (the tab's renderer, not the extension's own process). */
export function findMainThread(events: readonly TraceEvent[], pageUrl: string): MainThread | null {
  const score = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'ParseHTML' && urlOf(e) === pageUrl) {
      const k = `${e.pid}:${e.tid}`;
      score.set(k, (score.get(k) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [k, n] of score) if (best === null || n > (score.get(best) ?? 0)) best = k;
  if (!best) return null;
  const [pid, tid] = best.split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** The thread that emitted a user-timing mark (the page's main thread, for a trace started after load). */
export function threadOfMark(events: readonly TraceEvent[], name: string): MainThread | null {
  for (const e of events) {
    if (e.name === name && (e.cat ?? '').includes('blink.user_timing')) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

export interface TaskComposition {
  dur_ms: number;
  /** What ran inside the task, ms per event kind (nested kinds overlap: FunctionCall includes its GC). */
  inside: Record<string, number>;
  /** Extension functions seen inside (FunctionCall names), most expensive first. */
  functions: string[];
}

const KINDS = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'RunMicrotasks',
  'FireIdleCallback',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'Layout',
  'UpdateLayoutTree',
  'PrePaint',
  'Paint',
  'MinorGC',
  'MajorGC',
  'HitTest',
  'ParseHTML',
]);

/** What a task was made of, for telling the owners of a long task where its time went. */
export function composeTask(
  events: readonly TraceEvent[],
  main: MainThread,
  task: Task,
  extPrefix: string,
): TaskComposition {
  const inside: Record<string, number> = {};
  const fns = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.dur === undefined) continue;
    if (e.ts < task.start || e.ts > task.end || !KINDS.has(e.name)) continue;
    inside[e.name] = Math.round(((inside[e.name] ?? 0) + e.dur / 1000) * 10) / 10;
    if (e.name === 'FunctionCall' && urlOf(e)?.startsWith(extPrefix)) {
      const d = dataOf(e);
      const key = `${String(d?.functionName || '(anonymous)')}@${String(d?.lineNumber ?? '?')}:${String(d?.columnNumber ?? '?')}`;
      fns.set(key, (fns.get(key) ?? 0) + e.dur / 1000);
    }
  }
  return {
    dur_ms: Math.round(task.dur * 10) / 10,
    inside,
    functions: [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`),
  };
}

/** Top-level tasks of a thread, in time order. */
export function topLevelTasks(events: readonly TraceEvent[], main: MainThread): Task[] {
  const out: Task[] = [];
  for (const e of events) {
    if (
      e.pid !== main.pid ||
      e.tid !== main.tid ||
      e.ph !== 'X' ||
      e.name !== 'RunTask' ||
      e.dur === undefined
    )
      continue;
    out.push({ start: e.ts, end: e.ts + e.dur, dur: e.dur / 1000 });
  }
  out.sort((a, b) => a.start - b.start);
  // Nested RunTask (a nested run loop) would double count: keep outermost only.
  const flat: Task[] = [];
  for (const t of out) {
    const last = flat[flat.length - 1];
    if (last && t.start < last.end) continue;
    flat.push(t);
  }
  return flat;
}

export interface Frame {
  url: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

export interface Sample {
  /** µs, trace clock */
  t: number;
  /** ms this sample stands for (the gap since the previous one, capped: the profiler idles between tasks) */
  ms: number;
  /** The stack, leaf first. */
  frames: Frame[];
}

/** The main thread's CPU profiler samples (category disabled-by-default-v8.cpu_profiler), with their stacks. */
export function cpuSamples(events: readonly TraceEvent[], main: MainThread): Sample[] {
  // A 'Profile' event on the main thread names the id its 'ProfileChunk's carry.
  const profiles = new Map<string, { t: number; nodes: Map<number, { parent?: number; frame: Frame }> }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid && e.id) {
      const st = dataOf(e)?.startTime;
      profiles.set(e.id, { t: typeof st === 'number' ? st : e.ts, nodes: new Map() });
    }
  }
  const out: Sample[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || !e.id) continue;
    const prof = profiles.get(e.id);
    if (!prof) continue;
    const d = dataOf(e) as
      | {
          cpuProfile?: {
            nodes?: Array<{ id: number; parent?: number; callFrame?: Partial<Frame> }>;
            samples?: number[];
          };
          timeDeltas?: number[];
        }
      | undefined;
    for (const n of d?.cpuProfile?.nodes ?? []) {
      const cf = n.callFrame ?? {};
      prof.nodes.set(n.id, {
        parent: n.parent,
        frame: {
          url: cf.url ?? '',
          functionName: cf.functionName ?? '',
          lineNumber: cf.lineNumber ?? -1,
          columnNumber: cf.columnNumber ?? -1,
        },
      });
    }
    const samples = d?.cpuProfile?.samples ?? [];
    const deltas = d?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i] ?? 0;
      prof.t += dt;
      const frames: Frame[] = [];
      let id: number | undefined = samples[i];
      for (let depth = 0; id !== undefined && depth < 400; depth++) {
        const node = prof.nodes.get(id);
        if (!node) break;
        frames.push(node.frame);
        id = node.parent;
      }
      out.push({ t: prof.t, ms: Math.min(Math.max(dt, 0), 2000) / 1000, frames });
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

/** The extension frame nearest the leaf, or null when the sample ran no extension code. */
export function extensionFrame(sample: Sample, extPrefix: string): Frame | null {
  for (const f of sample.frames) if (f.url.startsWith(extPrefix)) return f;
  return null;
}

/** CPU time (ms) the samples attribute to extension code inside [from, to] µs. */
export function extensionCpuMs(
  samples: readonly Sample[],
  extPrefix: string,
  from: number,
  to: number,
): number {
  let ms = 0;
  for (const s of samples) if (s.t >= from && s.t <= to && extensionFrame(s, extPrefix)) ms += s.ms;
  return Math.round(ms * 10) / 10;
}

/**
 * Instants (µs) at which extension code was seen running on the main thread: trace events that name a script
 * under `extPrefix`, and CPU profiler samples whose stack holds a frame of such a script.
 */
export function extensionInstants(
  events: readonly TraceEvent[],
  main: MainThread,
  extPrefix: string,
): number[] {
  const out: number[] = [];
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid) continue;
    const u = urlOf(e);
    if (u?.startsWith(extPrefix)) {
      out.push(e.ts);
      if (e.dur) out.push(e.ts + e.dur / 2);
    }
  }
  for (const s of cpuSamples(events, main)) if (extensionFrame(s, extPrefix)) out.push(s.t);
  return out.sort((a, b) => a - b);
}

/** Tasks that contain at least one instant of extension code. */
export function extensionTasks(tasks: readonly Task[], instants: readonly number[]): Task[] {
  const out: Task[] = [];
  let i = 0;
  for (const t of tasks) {
    while (i < instants.length && (instants[i] as number) < t.start) i++;
    if (i < instants.length && (instants[i] as number) <= t.end) out.push(t);
  }
  return out;
}

/** Start (µs) of the first evaluation of a script under `extPrefix` named `file` (the content script's start). */
export function contentScriptStart(
  events: readonly TraceEvent[],
  main: MainThread,
  extPrefix: string,
  file: string,
): number | null {
  let best: number | null = null;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.name !== 'EvaluateScript') continue;
    const u = urlOf(e);
    if (u?.startsWith(extPrefix) && u.endsWith(`/${file}`) && (best === null || e.ts < best)) best = e.ts;
  }
  return best;
}

/** End (µs) of the first frame painted after `after`: the main thread's Commit (else Paint) that follows it. */
export function paintedAfter(events: readonly TraceEvent[], main: MainThread, after: number): number | null {
  let commit: number | null = null;
  let paint: number | null = null;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.ts < after) continue;
    const end = e.ts + (e.dur ?? 0);
    if (e.name === 'Commit' && (commit === null || end < commit)) commit = end;
    if (e.name === 'Paint' && (paint === null || end < paint)) paint = end;
  }
  return commit ?? paint;
}

/** First user-timing mark named `name` (µs), e.g. the bench's own "append" mark. */
export function markTime(events: readonly TraceEvent[], name: string): number | null {
  for (const e of events) if (e.name === name && (e.cat ?? '').includes('blink.user_timing')) return e.ts;
  return null;
}

export interface RenderWork {
  style_ms: number;
  layout_ms: number;
  paint_ms: number;
  gc_ms: number;
  raster_ms: number;
  /** style + layout + paint + gc on the main thread, plus raster on the renderer's raster workers. */
  total_ms: number;
}

/** Rendering work of the tab's renderer inside [from, to] (µs). */
export function renderWork(
  events: readonly TraceEvent[],
  main: MainThread,
  from: number,
  to: number,
): RenderWork {
  const sums: Record<string, number> = { style: 0, layout: 0, paint: 0, gc: 0, raster: 0 };
  const group = new Map<string, string>();
  for (const [g, names] of Object.entries(RENDER_GROUPS)) for (const n of names) group.set(n, g);
  for (const e of events) {
    if (e.pid !== main.pid || e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts > to) continue;
    if (e.tid === main.tid) {
      const g = group.get(e.name);
      if (g) sums[g] = (sums[g] ?? 0) + e.dur / 1000;
    } else if (e.name === 'RasterTask') {
      sums.raster = (sums.raster ?? 0) + e.dur / 1000;
    }
  }
  const r = (k: string): number => Math.round((sums[k] ?? 0) * 10) / 10;
  return {
    style_ms: r('style'),
    layout_ms: r('layout'),
    paint_ms: r('paint'),
    gc_ms: r('gc'),
    raster_ms: r('raster'),
    total_ms:
      Math.round(
        ((sums.style ?? 0) + (sums.layout ?? 0) + (sums.paint ?? 0) + (sums.gc ?? 0) + (sums.raster ?? 0)) *
          10,
      ) / 10,
  };
}

/** Frames the renderer committed inside [from, to] µs. */
export function frameCount(
  events: readonly TraceEvent[],
  main: MainThread,
  from: number,
  to: number,
): number {
  let n = 0;
  for (const e of events) {
    if (
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.name === 'Commit' &&
      e.ph === 'X' &&
      e.ts >= from &&
      e.ts <= to
    )
      n++;
  }
  return n;
}

export function sumMs(tasks: readonly Task[]): number {
  let s = 0;
  for (const t of tasks) s += t.dur;
  return s;
}

export function longest(tasks: readonly Task[]): number {
  let m = 0;
  for (const t of tasks) m = Math.max(m, t.dur);
  return m;
}

/**
 * Total blocking time after DOMContentLoaded on the page's main thread: Σ max(0, task − 50 ms) over every top-level
 * task that started after the MarkDOMContent event (whoever ran it). Null when the trace holds no such mark.
 */
export function blockingAfterDcl(events: readonly TraceEvent[], main: MainThread): number | null {
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.pid === main.pid)?.ts;
  if (dcl === undefined) return null;
  return topLevelTasks(events, main)
    .filter((t) => t.start >= dcl)
    .reduce((n, t) => n + Math.max(0, t.dur - 50), 0);
}
