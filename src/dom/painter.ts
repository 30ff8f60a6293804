// Painter: turns a chunk's claims into what the highlighter paints (lazy ranges, made only near the viewport) in
// slices, and orders a pass's chunks nearest the viewport first from IntersectionObserver records (no layout read).
import type { Claim } from '../core/types.js';
import type { Extraction } from './extract.js';
import type { Highlighter, RangeLike } from './highlighter.js';
import type { Pass } from './pass-store.js';
import { mappedStart, rangeFor } from './ranges.js';
import { type Deadline, measureOnce } from './scheduler.js';

/**
 * What the highlighter needs to paint a claim, or null when its text no longer maps. Ranges are made lazily (only
 * for claims near the viewport) except for wrapping, which needs them before it splits nodes.
 */
export function rangeLike(
  doc: Document,
  highlighter: Highlighter,
  pass: Pass,
  claim: Claim,
): RangeLike | null {
  const { extraction } = pass;
  if (highlighter.mode === 'wrap') return rangeFor(doc, extraction, claim.start, claim.end, claim.text);
  const start = mappedStart(extraction, claim.start, claim.end, claim.text);
  if (!start) return null;
  const group = start.parentElement ?? doc.documentElement;
  return { group, make: () => rangeFor(doc, extraction, claim.start, claim.end, claim.text) };
}

/**
 * Paints `claims` a few dozen at a time between deadline checks, pausing (a new task) when the deadline passes.
 * Claims whose text could not be mapped (the page changed under us) are handed to `lost`.
 */
export async function paintSliced(
  doc: Document,
  highlighter: Highlighter,
  pass: Pass,
  claims: readonly Claim[],
  opts: {
    deadline: () => Deadline;
    pause: () => Promise<void>;
    lost: (id: string) => void;
    signal: AbortSignal;
  },
): Promise<void> {
  let i = 0;
  while (i < claims.length && !opts.signal.aborted) {
    const deadline = opts.deadline();
    const painted: Claim[] = [];
    const ranges: RangeLike[] = [];
    for (; i < claims.length; ) {
      const claim = claims[i++]!;
      const range = rangeLike(doc, highlighter, pass, claim);
      if (range) {
        painted.push(claim);
        ranges.push(range);
      } else {
        opts.lost(claim.id);
      }
      if ((i & 15) === 0 && deadline()) break;
    }
    highlighter.paint(painted, ranges);
    if (i < claims.length) await opts.pause();
  }
}

function blockAt(blocks: Extraction['blocks'], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Chunk indices nearest the viewport first (then in document order), with each chunk's distance in viewports (0 =
 * on screen or within one screen of it). Measured by a one-shot IntersectionObserver on each chunk's first block,
 * so the browser reports positions after its own layout; document order when nothing was reported (a hidden tab).
 * Wrapping (the fallback) splits text nodes, so it keeps document order, as the offsets of later chunks expect.
 */
export async function viewportOrder(
  doc: Document,
  highlighter: Highlighter,
  extraction: Extraction,
  bounds: ReadonlyArray<[number, number]>,
): Promise<{ order: number[]; near: (k: number) => boolean }> {
  const order = bounds.map((_, i) => i);
  const everywhere = { order, near: () => true };
  if (bounds.length < 2 || highlighter.mode === 'wrap') return everywhere;
  const { blocks } = extraction;
  const firsts = bounds.map(([a]) => blocks[blockAt(blocks, a)]?.element);
  const lasts = bounds.map(([a, b]) => blocks[blockAt(blocks, Math.max(a, b - 1))]?.element);
  const elements = [...firsts, ...lasts].filter((e): e is Element => Boolean(e));
  const measured = await measureOnce(doc.defaultView as Window & typeof globalThis, elements);
  if (!measured) return everywhere;
  const vh = measured.viewport || 800;
  const distance = bounds.map((_, k) => {
    const top = firsts[k] && measured.rects.get(firsts[k]!);
    const bottom = lasts[k] && measured.rects.get(lasts[k]!);
    if (!top || !bottom) return Number.POSITIVE_INFINITY;
    if (top.top === 0 && bottom.bottom === 0 && top.height === 0) return Number.POSITIVE_INFINITY;
    const d = top.top > vh ? top.top - vh : bottom.bottom < 0 ? -bottom.bottom : 0;
    return d / vh;
  });
  order.sort((x, y) => distance[x]! - distance[y]! || x - y);
  return { order, near: (k) => distance[k]! <= 1 };
}
