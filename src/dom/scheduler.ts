// Scheduler: time-boxed work in slices (≤ 8 ms) that yield to the page, at two priorities — what the reader sees
// (user-visible) and the rest of a long page (background: idle time), with fallbacks where an API is missing.

export type Deadline = () => boolean;
export type Priority = 'visible' | 'background';

interface PostTaskScheduler {
  postTask(
    cb: () => void,
    opts: { priority: 'user-blocking' | 'user-visible' | 'background' },
  ): Promise<unknown>;
}

type Win = (Window & typeof globalThis) | undefined;

/**
 * Yields to the event loop. `visible`: a new task soon (scheduler.postTask user-visible, else a 0 ms timeout);
 * `background`: when the page is idle (postTask background, else requestIdleCallback, else a timeout), bounded so a
 * long page still finishes while the reader keeps the main thread busy.
 */
export function yieldTo(win: Win, priority: Priority): Promise<void> {
  const w = (win ?? globalThis) as Window & typeof globalThis & { scheduler?: PostTaskScheduler };
  return new Promise((resolve) => {
    const done = () => resolve();
    try {
      if (w.scheduler && typeof w.scheduler.postTask === 'function') {
        w.scheduler
          .postTask(done, { priority: priority === 'visible' ? 'user-visible' : 'background' })
          .catch(done);
        return;
      }
      if (priority === 'background' && typeof w.requestIdleCallback === 'function') {
        w.requestIdleCallback(done, { timeout: 500 });
        return;
      }
    } catch {
      // A page that replaced these globals with something odd: fall back to a timer.
    }
    setTimeout(done, 0);
  });
}

/** Yields to the event loop: idle time when the browser offers it (with a timeout so work still finishes). */
export function yieldToPage(win: Win = globalThis.window): Promise<void> {
  return new Promise((resolve) => {
    if (win && typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });
}

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** A deadline `ms` from now. */
export function deadlineIn(ms: number): Deadline {
  const end = now() + ms;
  return () => now() >= end;
}

/**
 * Calls `step(deadline)` in slices of `sliceMs` until it returns true (done) or `signal` aborts.
 * Resolves true when the work finished, false when it was aborted.
 */
export async function runSliced(
  step: (deadline: Deadline) => boolean,
  opts: { sliceMs?: number; signal?: AbortSignal; yieldFn?: () => Promise<void> } = {},
): Promise<boolean> {
  const sliceMs = opts.sliceMs ?? 8;
  const yieldFn = opts.yieldFn ?? (() => yieldToPage());
  for (;;) {
    if (opts.signal?.aborted) return false;
    if (step(deadlineIn(sliceMs))) return true;
    await yieldFn();
  }
}

/**
 * Maps `items` with `fn` in slices that yield (a popup's list of 20,000 claims must not be one long task).
 * Resolves null when aborted.
 */
export async function mapSliced<T, R>(
  items: readonly T[],
  fn: (item: T) => R,
  opts: { sliceMs?: number; signal?: AbortSignal; win?: Win; priority?: Priority } = {},
): Promise<R[] | null> {
  const out: R[] = [];
  let i = 0;
  const ok = await runSliced(
    (deadline) => {
      for (; i < items.length; ) {
        out.push(fn(items[i++]!));
        if ((i & 63) === 0 && deadline()) return false;
      }
      return true;
    },
    {
      sliceMs: opts.sliceMs ?? 8,
      signal: opts.signal,
      yieldFn: () => yieldTo(opts.win, opts.priority ?? 'visible'),
    },
  );
  return ok ? out : null;
}

/**
 * The top of each element relative to the viewport (and the viewport's height), measured by a one-shot
 * IntersectionObserver: the browser computes it after its own layout, so reading it never forces one. Resolves
 * null when no report came in time (a hidden tab renders no frames) or the API is missing.
 */
export function measureOnce(
  win: Win,
  elements: readonly Element[],
  timeoutMs = 300,
): Promise<{ rects: Map<Element, DOMRectReadOnly>; viewport: number } | null> {
  return new Promise((resolve) => {
    if (!win || typeof win.IntersectionObserver !== 'function' || elements.length === 0) {
      resolve(null);
      return;
    }
    const rects = new Map<Element, DOMRectReadOnly>();
    const unique = new Set(elements);
    let viewport = 0;
    let settled = false;
    const io = new win.IntersectionObserver((records) => {
      for (const r of records) {
        rects.set(r.target, r.boundingClientRect);
        if (r.rootBounds) viewport = r.rootBounds.height;
      }
      if (rects.size >= unique.size) finish(true);
    });
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      io.disconnect();
      win.clearTimeout(timer);
      resolve(ok || rects.size > 0 ? { rects, viewport: viewport || win.innerHeight } : null);
    };
    const timer = win.setTimeout(() => finish(false), timeoutMs);
    for (const el of unique) io.observe(el);
  });
}
