// The page's annotation, composed: extract (time-sliced) → analyze (injectable, may be asynchronous: the content
// script's runs in the background) → ranges → paint, nearest the viewport first, kept in step with a changing page by
// the observer, and answering hit-tests. No extension API here; the content entry wires that.
import type { AnalyzeOptions, Claim, Lang, UiLang } from '../core/types.js';
import { findArticleRoot } from './article-root.js';
import {
  type Extraction,
  indexSegments,
  positionToOffset,
  type Segment,
  type SegmentIndex,
  segmentIndexAt,
  TextCollector,
} from './extract.js';
import {
  createHighlighter,
  type Highlighter,
  type HighlighterOptions,
  markIdAt,
  type RangeLike,
} from './highlighter.js';
import { hitTest } from './hit-test.js';
import { type MutationBatch, PageObserver } from './observe.js';
import { mappedStart, rangeFor } from './ranges.js';
import { isExcluded } from './skip.js';
import { type Deadline, deadlineIn, runSliced, yieldToPage } from './slices.js';
import { OWN_NODES } from './wrap-marks.js';

export interface AnalyzerResult {
  lang: Lang;
  claims: Claim[];
}
/**
 * The engine: synchronous (tests, CLI-like uses) or asynchronous (the content script's, answered by the background).
 * Its claims must be fresh objects: the annotator shifts and renames them in place.
 */
export type Analyzer = (text: string, opts: AnalyzeOptions) => AnalyzerResult | Promise<AnalyzerResult>;

export interface AnnotatorOptions {
  doc?: Document;
  analyze: Analyzer;
  wholePage?: boolean;
  uiLang?: UiLang;
  publishedAt?: string;
  signal: AbortSignal;
  /** Called with the page's running totals as each piece is painted and after each pass (the badge; throttle it). */
  onPass?: (stats: { count: number; warn: number }, final: boolean) => void;
  /** Called for an exception in one block or batch; the rest carries on. */
  onError?: (where: string, error: unknown) => void;
  highlighter?: HighlighterOptions['mode'];
  /** Time slice for the initial pass, in ms. */
  sliceMs?: number;
  /** Watch for text added or changed after load (default true). */
  observe?: boolean;
  /** Characters per analyze() call (one message to the background for the content script). */
  chunkChars?: number;
  /** How many analyze() calls may be pending at once (an asynchronous engine works while the page paints). */
  concurrency?: number;
  /**
   * The initial pass paints the article's first this-many characters (its first screens) before the rest is even
   * extracted, so a long page shows its first highlights as soon as a short one does (default 8,000).
   */
  firstChars?: number;
  /** The article root when the caller already found it (findArticleRoot reads the whole page's text). */
  root?: Element;
}

/** One extraction (of one or more roots) and the claims found in it; offsets of its claims are into its text. */
interface Pass {
  extraction: Extraction;
  roots: Element[];
  index: SegmentIndex;
  /** Claims per analyzed chunk, each in text order (chunks arrive in any order: nearest the viewport first). */
  parts: Claim[][];
  /** parts flattened, in text order; null when it must be rebuilt. */
  flat: Claim[] | null;
  /** The pass whose text this one's continues in document order (the initial pass's head and rest). */
  follows?: Pass;
  /** [start, end) of each analyzed chunk in the pass's text (parts[k] came from bounds[k]). */
  bounds?: Array<[number, number]>;
}

function passClaims(pass: Pass): Claim[] {
  pass.flat ??= pass.parts.flat();
  return pass.flat;
}

const NUMERIC = /\d|[일이삼사오육칠팔구십백천만억조]/;
const hasWarn = (c: Claim): boolean => c.caveats.some((v) => v.severity === 'warn');

/** A chunk of text is analyzed at once: a whole typical article, bounded so one call stays short on huge pages. */
const CHUNK = 8000;
/** The initial pass's head: about the first screens of an article. */
const FIRST_CHARS = 8000;

/**
 * The text the initial pass sends first (the article's first screens), read within `deadline`, or null when it
 * could not be read in time. The content script sends it ahead of its settings request; the annotator's head pass
 * reads the same text, so its first piece is that very request.
 */
export function firstScreens(root: Element, deadline: Deadline): string | null {
  const head = new TextCollector(root, { stopAfterChars: FIRST_CHARS });
  return head.step(deadline) ? mergeExtractions([head.result()]).text : null;
}

/** Chunk ends at block or line breaks, so sentences stay whole and context (currency pairs) stays together. */
export function chunkBounds(text: string, max = CHUNK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = start + max;
    if (end >= text.length) {
      end = text.length;
    } else {
      const nl = text.lastIndexOf('\n', end);
      const dot = text.lastIndexOf('. ', end);
      const sp = text.lastIndexOf(' ', end);
      if (nl > start + max / 4) end = nl + 1;
      else if (dot > start + max / 4) end = dot + 2;
      else if (sp > start + max / 4) end = sp + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

export class Annotator {
  readonly doc: Document;
  readonly highlighter: Highlighter;
  private readonly analyze: Analyzer;
  private readonly passes: Pass[] = [];
  private readonly byId = new Map<string, { claim: Claim; pass: Pass; part: number }>();
  private readonly nodePass = new WeakMap<Text, Pass>();
  private readonly annotated = new WeakSet<Text>();
  private root: Element | null = null;
  private busy = 0;
  private lang: Lang | undefined;
  /** Running totals (the badge), kept as claims come and go instead of recounting every claim per pass. */
  private total = 0;
  private warnTotal = 0;

  constructor(private readonly opts: AnnotatorOptions) {
    this.doc = opts.doc ?? document;
    this.analyze = opts.analyze;
    this.highlighter = createHighlighter(this.doc, { mode: opts.highlighter ?? 'auto', signal: opts.signal });
    opts.signal.addEventListener('abort', () => this.highlighter.destroy(), { once: true });
  }

  /** True while a pass is still running (the popup shows "scanning…"). */
  get pending(): boolean {
    return this.busy > 0;
  }

  /** Initial pass over the article (or the whole page), then observation of later changes. */
  async start(): Promise<void> {
    const given = this.opts.root;
    const root = this.opts.wholePage
      ? (this.doc.body ?? this.doc.documentElement)
      : given?.isConnected
        ? given
        : findArticleRoot(this.doc);
    this.root = root;
    // Head first: the first screens are extracted, sent and painted while the rest of a long article is extracted.
    let headDone: (truncated: boolean) => void = () => {};
    const extracted = new Promise<boolean>((resolve) => {
      headDone = resolve;
    });
    const head = this.annotate([root], 'initial', {
      stopAfterChars: this.opts.firstChars ?? FIRST_CHARS,
      onExtracted: (truncated) => headDone(truncated),
    });
    const rest = extracted.then((truncated) =>
      truncated && !this.opts.signal.aborted
        ? this.annotate([root], 'initial', { follows: true })
        : undefined,
    );
    await Promise.all([head, rest]);
    if (this.opts.observe !== false && !this.opts.signal.aborted) {
      const win = this.doc.defaultView as Window & typeof globalThis;
      // Lives as long as the page: the abort signal disconnects it.
      new PageObserver(
        this.doc.body ?? this.doc.documentElement,
        { signal: this.opts.signal, onBatch: (b) => this.onBatch(b) },
        win,
      );
    }
  }

  /** Every live claim, in document order. */
  claims(): Claim[] {
    // One pass (the usual article), or passes that continue one another, are already in document order.
    if (this.passes.every((p, i) => i === 0 || p.follows === this.passes[i - 1]))
      return this.passes.flatMap((p) => passClaims(p));
    const all: Array<{ claim: Claim; range: Range | null }> = [];
    for (const pass of this.passes)
      for (const claim of passClaims(pass)) all.push({ claim, range: this.rangeOf(claim.id) });
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    const START = win?.Range?.START_TO_START ?? 0;
    all.sort((a, b) => {
      if (!a.range || !b.range) return 0;
      try {
        return a.range.compareBoundaryPoints(START, b.range);
      } catch {
        return 0;
      }
    });
    return all.map((x) => x.claim);
  }

  get(id: string): { claim: Claim; text: string; claims: Claim[] } | undefined {
    const entry = this.byId.get(id);
    return entry
      ? { claim: entry.claim, text: entry.pass.extraction.text, claims: passClaims(entry.pass) }
      : undefined;
  }

  /**
   * The piece of text a claim was analyzed in and the options it was analyzed with, so the same analysis can be asked
   * again in full (an analyzer may answer with summaries first; see `complete`).
   */
  sourceOf(id: string): { text: string; offset: number; opts: AnalyzeOptions } | undefined {
    const entry = this.byId.get(id);
    const b = entry?.pass.bounds?.[entry.part];
    if (!entry || !b) return undefined;
    return {
      text: entry.pass.extraction.text.slice(b[0], b[1]),
      offset: b[0],
      opts: { lang: this.lang ?? 'auto', uiLang: this.opts.uiLang, publishedAt: this.opts.publishedAt },
    };
  }

  /**
   * Fills a claim in with the same piece's analysis in full (offsets relative to the piece at `offset`): its
   * caveats, context and precomputed facts replace the summary; a comparison points at the page's id of the other
   * claim. False when the analysis no longer holds this claim.
   */
  complete(id: string, full: readonly Claim[], offset: number): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    const { claim, pass } = entry;
    const match = full.find((c) => c.start + offset === claim.start && c.end + offset === claim.end);
    if (!match) return false;
    const { id: _id, start: _s, end: _e, sentence: _sn, comparedWith, ...rest } = match;
    const target = claim as Claim & { summary?: true };
    delete target.summary;
    Object.assign(target, rest);
    delete target.comparedWith;
    const other = comparedWith ? full.find((c) => c.id === comparedWith) : undefined;
    if (other) {
      const mine = passClaims(pass).find(
        (c) => c.start === other.start + offset && c.end === other.end + offset,
      );
      if (mine) target.comparedWith = mine.id;
    }
    return true;
  }

  /** A fresh Range for a claim, or null when its text left the page. */
  rangeOf(id: string): Range | null {
    const entry = this.byId.get(id);
    if (!entry) return null;
    const { claim, pass } = entry;
    if (this.highlighter.mode === 'wrap') {
      // After wrapping, the segment map points at split nodes; the marks are the truth.
      const range = this.highlighter.rangeOf(id);
      return range && squash(range.toString()) === squash(claim.text) ? range : null;
    }
    return rangeFor(this.doc, pass.extraction, claim.start, claim.end, claim.text);
  }

  /** The claim's client rects (for placing the card and for hit-testing). */
  rects(id: string): DOMRect[] {
    const painted = this.highlighter.rects(id);
    if (painted.length > 0) return painted;
    const range = this.rangeOf(id);
    return range ? Array.from(range.getClientRects()) : [];
  }

  /** The claim under a viewport point (or an event target in wrap mode), else null. */
  hitTest(x: number, y: number, target?: EventTarget | null): string | null {
    if (this.highlighter.mode === 'wrap') {
      const id = markIdAt(target ?? this.doc.elementFromPoint(x, y));
      if (id) return id;
    }
    return hitTest(this.doc, x, y, (node, offset) => {
      const pass = this.nodePass.get(node as Text);
      if (!pass) return [];
      const at = positionToOffset(pass.index, node, offset);
      if (at < 0) return [];
      return passClaims(pass)
        .filter((c) => c.start <= at && at <= c.end)
        .map((c) => ({ id: c.id, rects: () => this.rects(c.id) }));
    });
  }

  setActive(id: string | null): void {
    this.highlighter.setActive(id);
  }

  stats(): { count: number; warn: number } {
    return { count: this.total, warn: this.warnTotal };
  }

  /**
   * Extracts `roots` (skipping text already annotated) under one shared deadline, as one text, then analyzes it piece
   * by piece, nearest the viewport first, and paints each piece as its claims arrive; every step time-sliced.
   */
  private async annotate(
    roots: Element[],
    where: string,
    opts: { stopAfterChars?: number; onExtracted?: (truncated: boolean) => void; follows?: boolean } = {},
  ): Promise<void> {
    this.busy++;
    let truncated = false;
    try {
      // Split-off pieces of wrapped text (fallback painting) belong to text already annotated.
      const skipText = { has: (t: Text) => this.annotated.has(t) || OWN_NODES.has(t) };
      const collectors = roots.map(
        (root) => new TextCollector(root, { skipText, stopAfterChars: opts.stopAfterChars }),
      );
      // Later batches run while the reader is reading: shorter slices than the initial pass.
      const sliceMs = where === 'observe' ? 4 : (this.opts.sliceMs ?? 8);
      let c = 0;
      const finished = await runSliced(
        (deadline) => {
          for (; c < collectors.length; c++) if (!collectors[c]!.step(deadline)) return false;
          return true;
        },
        { sliceMs, signal: this.opts.signal },
      );
      if (!finished) return;
      truncated = collectors.some((x) => x.truncated);
      const extraction = mergeExtractions(collectors.map((x) => x.result()));
      if (extraction.text.trim() === '') return;
      const pass: Pass = {
        extraction,
        roots,
        index: indexSegments(extraction.segments),
        parts: [],
        flat: null,
      };
      if (opts.follows && this.passes.length > 0) pass.follows = this.passes[this.passes.length - 1];
      for (const s of extraction.segments) {
        this.annotated.add(s.node);
        this.nodePass.set(s.node, pass);
      }
      this.passes.push(pass);
      // The text is claimed (annotated): a following collector can start on the rest while this one is analyzed.
      opts.onExtracted?.(truncated);
      await this.analyzePass(pass, where, sliceMs);
      this.opts.onPass?.(this.stats(), true);
    } finally {
      // Called once whatever happened (a second call does nothing): a waiting follower must never hang.
      opts.onExtracted?.(truncated);
      this.busy--;
    }
  }

  /** Analyzes a pass chunk by chunk (up to `concurrency` pending at once) and paints each chunk in slices. */
  private async analyzePass(pass: Pass, where: string, sliceMs: number): Promise<void> {
    const { text } = pass.extraction;
    const bounds = chunkBounds(text, this.opts.chunkChars ?? CHUNK);
    pass.parts = bounds.map(() => []);
    pass.bounds = bounds;
    const order = this.byDistance(pass.extraction, bounds);
    const win = this.doc.defaultView as (Window & typeof globalThis) | undefined;
    const signal = this.opts.signal;
    // One deadline shared by everything done in the current task; renewed after each wait (a new task).
    let deadline: Deadline = deadlineIn(sliceMs);
    const pause = async (): Promise<void> => {
      await yieldToPage(win);
      deadline = deadlineIn(sliceMs);
    };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < order.length && !signal.aborted) {
        const k = order[next++]!;
        const [a, b] = bounds[k]!;
        const piece = text.slice(a, b);
        if (!NUMERIC.test(piece)) continue;
        if (deadline()) await pause();
        let result: AnalyzerResult;
        try {
          const pending = this.analyze(piece, {
            lang: this.lang ?? 'auto',
            uiLang: this.opts.uiLang,
            publishedAt: this.opts.publishedAt,
          });
          if (pending instanceof Promise) {
            result = await pending;
            deadline = deadlineIn(sliceMs);
          } else {
            result = pending;
          }
        } catch (error) {
          // One bad chunk (a grammar bug on odd text, a lost message) must not stop the rest of the page.
          this.opts.onError?.(`${where}:analyze`, error);
          continue;
        }
        if (signal.aborted) return;
        this.lang ??= result.lang;
        const claims = this.adopt(result.claims, a);
        pass.parts[k] = claims.slice();
        pass.flat = null;
        this.register(pass, k, claims);
        // Offsets → ranges and paint, a few dozen claims at a time between deadline checks.
        let i = 0;
        while (i < claims.length && !signal.aborted) {
          const painted: Claim[] = [];
          const ranges: RangeLike[] = [];
          const lost: string[] = [];
          for (; i < claims.length; ) {
            const claim = claims[i++]!;
            const range = this.rangeLike(pass, claim);
            if (range) {
              painted.push(claim);
              ranges.push(range);
            } else {
              lost.push(claim.id);
            }
            if ((i & 15) === 0 && deadline()) break;
          }
          this.highlighter.paint(painted, ranges);
          // Claims whose text could not be mapped (the page changed under us) are not offered.
          for (const id of lost) this.forget(id, pass);
          if (i < claims.length) await pause();
        }
        if (claims.length > 0) this.opts.onPass?.(this.stats(), false);
      }
    };
    const n = Math.max(1, this.opts.concurrency ?? 1);
    await Promise.all(Array.from({ length: Math.min(n, order.length) }, worker));
  }

  /**
   * What the highlighter needs to paint a claim, or null when its text no longer maps. Ranges are made lazily (only
   * for claims near the viewport) except for wrapping, which needs them before it splits nodes.
   */
  private rangeLike(pass: Pass, claim: Claim): RangeLike | null {
    const { extraction } = pass;
    if (this.highlighter.mode === 'wrap')
      return rangeFor(this.doc, extraction, claim.start, claim.end, claim.text);
    const start = mappedStart(extraction, claim.start, claim.end, claim.text);
    if (!start) return null;
    const group = start.parentElement ?? this.doc.documentElement;
    return { group, make: () => rangeFor(this.doc, extraction, claim.start, claim.end, claim.text) };
  }

  /**
   * Chunk indices, nearest the viewport first (then in document order), so what the reader sees is painted first.
   * Wrapping (the fallback) splits text nodes, so it keeps document order, as the offsets of later chunks expect.
   */
  private byDistance(extraction: Extraction, bounds: Array<[number, number]>): number[] {
    const order = bounds.map((_, i) => i);
    if (bounds.length < 2 || this.highlighter.mode === 'wrap') return order;
    const win = this.doc.defaultView;
    const vh = win?.innerHeight ?? 0;
    if (!vh) return order;
    const { blocks } = extraction;
    const blockAt = (offset: number): number => {
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
    };
    try {
      const distance = bounds.map(([a, b]) => {
        const first = blocks[blockAt(a)];
        const last = blocks[blockAt(Math.max(a, b - 1))];
        if (!first || !last) return Number.POSITIVE_INFINITY;
        const top = first.element.getBoundingClientRect().top;
        const bottom = last.element.getBoundingClientRect().bottom;
        if (top === 0 && bottom === 0) return Number.POSITIVE_INFINITY;
        return top > vh ? top - vh : bottom < 0 ? -bottom : 0;
      });
      return order.sort((x, y) => distance[x]! - distance[y]! || x - y);
    } catch {
      return order;
    }
  }

  /** Shifts a chunk's claims to pass offsets and makes their ids unique on the page (remapping comparedWith). */
  private adopt(claims: Claim[], shift: number): Claim[] {
    const rename = new Map<string, string>();
    for (const c of claims) {
      let id = c.id;
      for (let n = 2; this.byId.has(id) || rename.has(id); n++) id = `${c.id}~${n}`;
      rename.set(c.id, id);
    }
    // In place: the claims are the engine's fresh objects (a deserialized reply), so no copy is needed.
    for (const c of claims) {
      c.id = rename.get(c.id) ?? c.id;
      c.start += shift;
      c.end += shift;
      c.sentence = { start: c.sentence.start + shift, end: c.sentence.end + shift };
      if (c.comparedWith) c.comparedWith = rename.get(c.comparedWith) ?? c.comparedWith;
    }
    return claims;
  }

  private register(pass: Pass, part: number, claims: Claim[]): void {
    for (const c of claims) {
      this.byId.set(c.id, { claim: c, pass, part });
      this.total++;
      if (hasWarn(c)) this.warnTotal++;
    }
  }

  private forget(id: string, pass: Pass): void {
    const entry = this.byId.get(id);
    if (!entry || entry.pass !== pass) return;
    const list = pass.parts[entry.part];
    const i = list ? list.indexOf(entry.claim) : -1;
    if (list && i >= 0) list.splice(i, 1);
    pass.flat = null;
    this.byId.delete(id);
    this.total--;
    if (hasWarn(entry.claim)) this.warnTotal--;
  }

  /** Later changes: new subtrees in scope get their own pass; claims whose text left or changed are dropped. */
  private async onBatch(batch: MutationBatch): Promise<void> {
    try {
      const changed = new Set(batch.changedText);
      const touched =
        (batch.removed && this.touchesPasses(batch.removedFrom)) ||
        (changed.size > 0 && batch.changedText.some((t) => this.nodePass.has(t)));
      if (touched) this.dropStale(changed);
      const roots = this.scopeRoots(batch);
      for (const t of batch.changedText) {
        // Edited text: forget it was annotated and look at it again with its paragraph.
        this.annotated.delete(t);
        const block = t.parentElement;
        if (block && this.inScope(block)) roots.push(block);
      }
      // One extraction, one shared deadline and one analysis for the whole batch (200 appended paragraphs included).
      const unique = dedupe(roots);
      if (unique.length > 0) {
        try {
          await this.annotate(unique, 'observe');
        } catch (error) {
          this.opts.onError?.('observe:annotate', error);
        }
      }
      if (roots.length === 0 && (batch.removed || batch.changedText.length > 0))
        this.opts.onPass?.(this.stats(), true);
    } catch (error) {
      this.opts.onError?.('observe', error);
    }
  }

  /** The roots to annotate for a batch: added subtrees inside the article, or a newly (re)rendered article. */
  private scopeRoots(batch: MutationBatch): Element[] {
    const out: Element[] = [];
    const body = this.doc.body ?? this.doc.documentElement;
    const fallback = !this.root || this.root === body || !this.root.isConnected;
    if (fallback && !this.opts.wholePage) {
      // The article re-rendered (SPA) or arrived late: look for it again.
      const found = findArticleRoot(this.doc);
      if (found !== this.root) {
        this.root = found;
        out.push(found);
        return out;
      }
    }
    for (const node of batch.added) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (el && this.inScope(el)) out.push(el);
    }
    return out;
  }

  /** Inside the annotated root and not inside a skipped subtree (comments loaded later, an ad slot). */
  private inScope(el: Element): boolean {
    const root = this.root;
    if (!root?.contains(el)) return false;
    for (let p: Element | null = el; p && p !== root; p = p.parentElement)
      if (isExcluded(p, null)) return false;
    return true;
  }

  /** Whether a removal or edit under `node` can touch annotated text (a ticker in the header cannot). */
  private touchesPasses(nodes: readonly Node[]): boolean {
    for (const node of nodes) {
      for (const pass of this.passes) {
        for (const root of pass.roots)
          if (!root.isConnected || root === node || root.contains(node) || node.contains(root)) return true;
      }
    }
    return false;
  }

  /**
   * Drops claims whose text nodes left the document or were edited (those are annotated again).
   * Cheap per claim (two lookups and isConnected), so a page that keeps mutating does not cost a rescan.
   */
  private dropStale(changed: ReadonlySet<Text>): void {
    const gone: string[] = [];
    for (const pass of this.passes) {
      const { segments } = pass.extraction;
      for (const c of [...passClaims(pass)]) {
        let stale: boolean;
        if (this.highlighter.mode === 'wrap') {
          stale = !this.rangeOf(c.id);
        } else {
          const a = segments[segmentIndexAt(segments, c.start)]?.node;
          const b = segments[segmentIndexAt(segments, c.end, true)]?.node;
          stale = !a || !b || !a.isConnected || !b.isConnected;
          // An edited node is annotated again as a whole (see onBatch): its old claims give way to the new ones.
          if (!stale && (changed.has(a!) || changed.has(b!))) stale = true;
        }
        if (stale) {
          gone.push(c.id);
          this.forget(c.id, pass);
        }
      }
    }
    if (gone.length > 0) this.highlighter.remove(gone);
    for (let i = this.passes.length - 1; i >= 0; i--) {
      const pass = this.passes[i]!;
      if (passClaims(pass).length === 0 && !pass.roots.some((r) => r.isConnected)) this.passes.splice(i, 1);
    }
  }

  destroy(): void {
    this.highlighter.destroy();
    this.passes.length = 0;
    this.byId.clear();
    this.total = 0;
    this.warnTotal = 0;
  }
}

/** Several roots' extractions as one text (a "\n" between them), so a mutation batch is analyzed once. */
export function mergeExtractions(list: Extraction[]): Extraction {
  if (list.length === 1) return list[0]!;
  let text = '';
  const segments: Segment[] = [];
  const blocks: Extraction['blocks'] = [];
  for (const x of list) {
    if (x.text === '') continue;
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    const shift = text.length;
    for (const s of x.segments) segments.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const b of x.blocks) blocks.push({ ...b, start: b.start + shift, end: b.end + shift });
    text += x.text;
  }
  return { text, segments, blocks, root: list[0]!.root };
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

function dedupe(roots: Element[]): Element[] {
  return roots.filter(
    (r, i) => roots.indexOf(r) === i && !roots.some((o, j) => j !== i && o !== r && o.contains(r)),
  );
}
