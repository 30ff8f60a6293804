// Extraction: finds a page's article and turns its visible text into one string with an offset map back to Text nodes.
// Runs in the content script and, for the CLI, in node on a linkedom document: standard DOM only, no layout.
import { findArticleRoot } from './article-root.js';
import { isBlockElement, isExcluded } from './skip.js';

/** text[start, end) is node.data[nodeOffset, nodeOffset + (end - start)): one UTF-16 unit per unit. */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

/** A run of text whose nearest block-level ancestor is `element` (the unit for viewport windowing and batching). */
export interface Block {
  element: Element;
  start: number;
  end: number;
}

export interface Extraction {
  text: string;
  /** Sorted by start, non-overlapping. */
  segments: Segment[];
  blocks: Block[];
  root: Element;
}

export interface ExtractOptions {
  /** Annotate the whole page (body) instead of the detected article. */
  wholePage?: boolean;
  /** Text nodes to leave out (already annotated by an earlier pass). */
  skipText?: { has(node: Text): boolean };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
// Whitespace that layout collapses becomes a plain space, one unit for one unit, so offsets stay 1:1 with the DOM.
const WS = /[\t\n\r\f]/g;
/** Parts joined at a time (see TextCollector.flush). */
const PARTS_PER_CHUNK = 512;

/**
 * Walks a subtree in document order and collects its visible text. Resumable: `step(deadline)` does a bounded
 * amount of work, so the content script can time-box a 2 MB page while the CLI simply runs it to the end.
 */
export class TextCollector {
  readonly root: Element;
  /** Text so far: joined chunks, then the parts since the last join. */
  private chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;
  private lastChar = '\n';
  readonly segments: Segment[] = [];
  readonly blocks: Block[] = [];
  /**
   * The open elements from the root down to the current node's parent, each with the block its children belong to
   * and whether leaving it ends a block. The walk moves by firstChild/nextSibling (not TreeWalker: linkedom's is
   * incomplete), touching each node once when it is reached: in a content script the first touch of a node makes its
   * wrapper, and pushing all 5,000 children of a long article at once cost tens of ms in one slice.
   */
  private frames: Array<{ el: Element; block: Element; exit: boolean }> = [];
  /** The next node to visit; null when done. */
  private next: Node | null;
  private currentBlock: Block | null = null;
  private readonly win: (Window & typeof globalThis) | null;
  private readonly skipText: { has(node: Text): boolean } | undefined;
  private readonly stopAfter: number;
  done = false;
  /** True when the collector stopped at `stopAfterChars` with text left (a later collector picks up the rest). */
  truncated = false;

  constructor(
    root: Element,
    opts: {
      skipText?: { has(node: Text): boolean };
      checkVisibility?: boolean;
      /** Stop at the first block boundary after this many characters (the page's first screens, painted first). */
      stopAfterChars?: number;
    } = {},
  ) {
    this.root = root;
    this.skipText = opts.skipText;
    this.stopAfter = opts.stopAfterChars ?? Number.POSITIVE_INFINITY;
    this.win = opts.checkVisibility === false ? null : realBrowserWindow(root);
    this.next = root;
  }

  /** Processes nodes until done or `deadline()` says stop (checked every 16 nodes). Returns true when finished. */
  step(deadline: () => boolean = () => false): boolean {
    let n = 0;
    while (this.next !== null) {
      // Every 16 nodes: before the JIT warms up (a page's first slice) 64 nodes can take several ms.
      if ((++n & 15) === 0 && deadline()) return false;
      const node = this.next;
      if (!this.visit(node)) this.advance(node);
    }
    this.done = true;
    return true;
  }

  /** Reads one node; true when it descended into the node's children (the walk goes on from its first child). */
  private visit(node: Node): boolean {
    const parent = this.frames[this.frames.length - 1];
    const outer = parent ? parent.block : this.root;
    if (node.nodeType === TEXT_NODE) {
      this.addText(node as Text, outer);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    if (el !== this.root && isExcluded(el, this.win)) return false;
    if (el.localName === 'br') {
      this.separate();
      return false;
    }
    const block = isBlockElement(el) ? el : outer;
    const exit = block === el && el !== this.root;
    if (exit) this.separate();
    const first = el.firstChild;
    if (first) {
      this.frames.push({ el, block, exit });
      this.next = first;
      return true;
    }
    if (exit) this.leave(el);
    return false;
  }

  /** Moves past `node` (whose subtree is done): its next sibling, or up out of every parent it was the last child of. */
  private advance(node: Node): void {
    let at = node;
    for (;;) {
      if (at === this.root || this.next === null) {
        this.next = null;
        return;
      }
      const sibling = at.nextSibling;
      if (sibling) {
        this.next = sibling;
        return;
      }
      const frame = this.frames.pop();
      if (!frame) {
        this.next = null;
        return;
      }
      if (frame.exit) this.leave(frame.el);
      at = frame.el;
    }
  }

  /** Leaving a block: a separator; past `stopAfterChars` with more to read, the walk stops here (only between blocks). */
  private leave(el: Element): void {
    this.separate();
    if (this.length >= this.stopAfter && this.moreAfter(el)) {
      this.next = null;
      this.frames.length = 0;
      this.truncated = true;
    }
  }

  /** Whether anything is left to visit or leave after `el`'s subtree (its frame already closed). */
  private moreAfter(el: Element): boolean {
    for (const f of this.frames) if (f.exit) return true;
    for (let n: Node | null = el; n && n !== this.root; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  }

  result(): Extraction {
    this.flush();
    const text = this.chunks.join('');
    this.chunks = [text];
    return { text, segments: this.segments, blocks: this.blocks, root: this.root };
  }

  private addText(node: Text, block: Element): void {
    const data = node.data;
    if (data.length === 0 || this.skipText?.has(node)) return;
    const value = data.replace(WS, ' ');
    let i = 0;
    // Spaces after a space or a line break render as nothing (white-space: normal collapses them, across inline
    // elements too); leaving them out keeps paragraphs clean and lets "just\n      over 40 percent" read as one phrase.
    if (this.lastChar === '\n' || this.lastChar === ' ') while (value.charCodeAt(i) === 32) i++;
    while (i < value.length) {
      // A run of spaces inside the node keeps its first space: the node gives one segment per piece between runs.
      const run = value.indexOf('  ', i);
      const end = run < 0 ? value.length : run + 1;
      this.push(node, block, value.slice(i, end), i);
      if (run < 0) break;
      i = end;
      while (value.charCodeAt(i) === 32) i++;
    }
  }

  private push(node: Text, block: Element, value: string, nodeOffset: number): void {
    const start = this.length;
    if (this.parts.push(value) >= PARTS_PER_CHUNK) this.flush();
    this.length += value.length;
    this.lastChar = value[value.length - 1]!;
    this.segments.push({ start, end: this.length, node, nodeOffset });
    if (this.currentBlock && this.currentBlock.element === block && this.currentBlock.end === start) {
      this.currentBlock.end = this.length;
    } else {
      this.currentBlock = { element: block, start, end: this.length };
      this.blocks.push(this.currentBlock);
    }
  }

  /**
   * Joins the parts read so far into one chunk: done as the walk goes, so the final join is a few dozen strings and
   * not one long task over every segment of a 2 MB article.
   */
  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(this.parts.join(''));
    this.parts = [];
  }

  /** A block boundary or <br>: one "\n" (never two in a row), so paragraphs don't run together. */
  private separate(): void {
    if (this.lastChar === '\n' || this.length === 0) return;
    this.parts.push('\n');
    this.length += 1;
    this.lastChar = '\n';
    this.currentBlock = null;
  }
}

/** The window when running in a real browser with layout (getComputedStyle is meaningful), else null. */
function realBrowserWindow(node: Node): (Window & typeof globalThis) | null {
  const win = node.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!win || typeof win.getComputedStyle !== 'function') return null;
  // happy-dom and jsdom have getComputedStyle but no layout; a real browser reports a non-zero viewport.
  const nav = win.navigator?.userAgent ?? '';
  if (/HappyDOM|jsdom/i.test(nav)) return null;
  return win;
}

/** The article's text with its offset map. Synchronous (the CLI's path); see TextCollector for the sliced one. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): Extraction {
  const root = opts.wholePage ? (doc.body ?? doc.documentElement) : findArticleRoot(doc);
  const collector = new TextCollector(root, { skipText: opts.skipText });
  collector.step();
  return collector.result();
}

/**
 * Index of the segment holding text offset `offset`, or -1 (the offset is a separator or outside the text).
 * At a boundary between two adjacent segments a range start belongs to the later one, a range end (`preferEnd`)
 * to the earlier one, so a Range never starts at the very end of a node.
 */
export function segmentIndexAt(segments: Segment[], offset: number, preferEnd = false): number {
  // Last segment with start <= offset.
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return -1;
  const s = segments[found]!;
  if (preferEnd && offset === s.start && found > 0 && segments[found - 1]!.end === offset) return found - 1;
  if (offset < s.end) return found;
  if (offset === s.end) return found;
  return -1;
}

/** Text offset → (Text node, offset in node). `preferEnd` picks the earlier node at a boundary (for range ends). */
export function offsetToPosition(
  extraction: Pick<Extraction, 'segments'>,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | null {
  const i = segmentIndexAt(extraction.segments, offset, preferEnd);
  if (i < 0) return null;
  const s = extraction.segments[i]!;
  return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
}

/** Text node → its segments in node order (several when the node held collapsed runs of spaces). */
export type SegmentIndex = Map<Text, Segment | Segment[]>;

/** Index from Text node to its segments, built once per extraction for hit-testing. */
export function indexSegments(segments: Segment[]): SegmentIndex {
  const map: SegmentIndex = new Map();
  for (const s of segments) indexSegment(map, s);
  return map;
}

/** Adds one segment to an index (segments in text order), for building it in slices. */
export function indexSegment(map: SegmentIndex, s: Segment): void {
  const had = map.get(s.node);
  if (!had) map.set(s.node, s);
  else if (Array.isArray(had)) had.push(s);
  else map.set(s.node, [had, s]);
}

/** (Text node, offset in node) → text offset, or -1 when the node is not part of the extraction. */
export function positionToOffset(index: SegmentIndex, node: Node, offset: number): number {
  const had = index.get(node as Text);
  if (!had) return -1;
  let s = Array.isArray(had) ? had[0]! : had;
  // The last piece starting at or before the offset; an offset inside a collapsed run maps to that piece's end.
  if (Array.isArray(had)) for (const p of had) if (p.nodeOffset <= offset) s = p;
  const rel = Math.min(Math.max(offset - s.nodeOffset, 0), s.end - s.start);
  return s.start + rel;
}
