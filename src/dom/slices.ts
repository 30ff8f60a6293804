// Time-boxed work: run a resumable step in short slices and yield between them, so no task blocks the page.

export type Deadline = () => boolean;

/** Yields to the event loop: idle time when the browser offers it (with a timeout so work still finishes). */
export function yieldToPage(
  win: (Window & typeof globalThis) | undefined = globalThis.window,
): Promise<void> {
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
