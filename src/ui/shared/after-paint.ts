// Runs work once the screen had a chance to paint, so the first screen is not held back by what can come a moment later.

/** Calls `fn` after the next frame (or after `fallbackMs` where frames do not come, as in a hidden tab); returns a cancel. */
export function afterPaint(fn: () => void, fallbackMs = 100): () => void {
  let done = false;
  let timer = 0;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    timer = window.setTimeout(fn, 0);
  };
  const frame = requestAnimationFrame(run);
  const fallback = window.setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
}
