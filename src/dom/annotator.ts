// The page's annotation, composed: extract (sliced) → analyze (injectable, may be asynchronous: the content script's
// runs in the background) → paint, what the reader sees first and the rest in idle time, kept in step with a changing
// page by the observer (from the start), answering hit-tests. Jobs live in pass-store, painter, pieces, scheduler.
import type { AnalyzeOptions, Claim, Lang, UiLang } from '../core/types.js';
import { findArticleRoot } from './article-root.js';
import { indexSegment, positionToOffset, TextCollector } from './extract.js';
import { createHighlighter, type Highlighter, type HighlighterOptions, markIdAt } from './highlighter.js';
import { hitTest } from './hit-test.js';
import { type MutationBatch, PageObserver } from './observe.js';
import { paintSliced, viewportOrder } from './painter.js';
import { type Pass, PassStore, passClaims, staleByNodes } from './pass-store.js';
import { CHUNK, chunkBounds, FIRST_CHARS, mergeExtractions } from './pieces.js';
import { rangeFor } from './ranges.js';
import { type Deadline, deadlineIn, type Priority, runSliced, yieldTo } from './scheduler.js';
import { isExcluded } from './skip.js';
import { OWN_NODES } from './wrap-marks.js';

export { chunkBounds, firstScreens, mergeExtractions } from './pieces.js';

export interface AnalyzerResult {
  lang: Lang;
  claims: Claim[];
  /** The piece is in a language ClaimLens does not read yet (ISO 639-1). */
  unsupported?: string;
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
  /** 'basic': the reader asked to read a page in a language ClaimLens does not read yet (digits with a currency or %). */
  reading?: 'basic';
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

const NUMERIC = /\d|[일이삼사오육칠팔구십백천만억조]/;
/** Slices while the reader reads (later batches, the stale check): shorter than the initial pass's. */
const LIVE_SLICE_MS = 4;
/** With no article found (the body stands in), look for one again after changes at most this often. */
const REFIND_MS = 2000;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export class Annotator {
  readonly doc: Document;
  readonly highlighter: Highlighter;
  private readonly analyze: Analyzer;
  private readonly store = new PassStore();
  private root: Element | null = null;
  private busy = 0;
  private lang: Lang | undefined;
  /** The first language met that ClaimLens does not read yet (the popup offers to read the page anyway). */
  unsupportedLang: string | undefined;
  private refoundAt = Number.NEGATIVE_INFINITY;
  private idleWaiters: Array<() => void> = [];
  /** Resolves once the initial pass has read all its text: mutation batches wait for it (they skip what it read). */
  private readonly initialRead = deferred();

  constructor(private readonly opts: AnnotatorOptions) {
    this.doc = opts.doc ?? document;
    this.analyze = opts.analyze;
    this.highlighter = createHighlighter(this.doc, { mode: opts.highlighter ?? 'auto', signal: opts.signal });
    opts.signal.addEventListener('abort', () => this.highlighter.destroy(), { once: true });
  }

  private get win(): (Window & typeof globalThis) | undefined {
    return (this.doc.defaultView ?? undefined) as (Window & typeof globalThis) | undefined;
  }

  /** True while a pass is still running (the popup shows "scanning…"). */
  get pending(): boolean {
    return this.busy > 0;
  }

  /** Resolves when no pass is running (at once when none is). */
  idle(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** How many passes are kept (a page that updates forever must keep this flat). */
  passCount(): number {
    return this.store.size;
  }

  /** Initial pass over the article (or the whole page), watching for later changes from the start. */
  async start(): Promise<void> {
    const given = this.opts.root;
    const root = this.opts.wholePage
      ? (this.doc.body ?? this.doc.documentElement)
      : given?.isConnected
        ? given
        : findArticleRoot(this.doc);
    this.root = root;
    if (this.opts.observe !== false && !this.opts.signal.aborted && this.win) {
      // Observing before the first pass: text appended while a long page is still being read is never missed.
      // A batch waits until the initial pass has read its text, then reads only what that pass did not.
      new PageObserver(
        this.doc.body ?? this.doc.documentElement,
        {
          signal: this.opts.signal,
          onBatch: async (b) => {
            await this.initialRead.promise;
            await this.onBatch(b);
          },
        },
        this.win,
      );
    }
    // Head first: the first screens are extracted, sent and painted while the rest of a long article is extracted.
    const headRead = deferred();
    let truncated = false;
    const head = this.annotate([root], 'initial', {
      stopAfterChars: this.opts.firstChars ?? FIRST_CHARS,
      onExtracted: (t) => {
        truncated = t;
        headRead.resolve();
      },
      priority: 'visible',
    });
    const rest = headRead.promise.then(() =>
      truncated && !this.opts.signal.aborted
        ? this.annotate([root], 'initial', {
            onExtracted: () => this.initialRead.resolve(),
            priority: 'background',
          })
        : this.initialRead.resolve(),
    );
    try {
      await Promise.all([head, rest]);
    } finally {
      this.initialRead.resolve();
    }
  }

  /** Every live claim, in document order. */
  claims(): Claim[] {
    return this.store.claims();
  }

  /**
   * The texts read so far, in the order they were read (the article's head, its rest, then text added later), each
   * with its claims (offsets into that text): what the reader's notes are anchored in.
   */
  textParts(): Array<{ text: string; claims: readonly Claim[] }> {
    return this.store.texts();
  }

  get(id: string): { claim: Claim; text: string; claims: Claim[] } | undefined {
    const entry = this.store.entry(id);
    return entry
      ? { claim: entry.claim, text: entry.pass.extraction.text, claims: passClaims(entry.pass) }
      : undefined;
  }

  /**
   * The piece of text a claim was analyzed in and the options it was analyzed with, so the same analysis can be asked
   * again in full (an analyzer may answer with summaries first; see `complete`).
   */
  private pieceOptions(): AnalyzeOptions {
    const opts: AnalyzeOptions = {
      lang: this.lang ?? 'auto',
      uiLang: this.opts.uiLang,
      publishedAt: this.opts.publishedAt,
    };
    if (this.opts.reading) opts.reading = this.opts.reading;
    return opts;
  }

  sourceOf(id: string): { text: string; offset: number; opts: AnalyzeOptions } | undefined {
    const entry = this.store.entry(id);
    const b = entry?.pass.bounds?.[entry.part];
    if (!entry || !b) return undefined;
    return {
      text: entry.pass.extraction.text.slice(b[0], b[1]),
      offset: b[0],
      opts: this.pieceOptions(),
    };
  }

  /**
   * Fills a claim in with the same piece's analysis in full (offsets relative to the piece at `offset`): its
   * caveats, context and precomputed facts replace the summary; a comparison points at the page's id of the other
   * claim. `full` may hold only this claim and the one it is compared with. False when it no longer holds this claim.
   */
  complete(id: string, full: readonly Claim[], offset: number): boolean {
    const entry = this.store.entry(id);
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
    const entry = this.store.entry(id);
    if (!entry) return null;
    const { claim, pass } = entry;
    if (this.highlighter.mode === 'wrap') {
      // After wrapping, the segment map points at split nodes; the marks are the truth.
      const range = this.highlighter.rangeOf(id);
      return range && squash(range.toString()) === squash(claim.text) ? range : null;
    }
    return rangeFor(this.doc, pass.extraction, claim.start, claim.end, claim.text);
  }

  /** The claim's client rects (for placing the card and for hit-testing: called on the reader's action only). */
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
      const pass = this.store.passOf(node as Text);
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
    return this.store.stats();
  }

  /**
   * Extracts `roots` (skipping text already annotated) under one shared deadline, as one text, then analyzes it piece
   * by piece, nearest the viewport first, and paints each piece as its claims arrive; every step time-sliced.
   */
  private async annotate(
    roots: Element[],
    where: string,
    opts: { stopAfterChars?: number; onExtracted?: (truncated: boolean) => void; priority?: Priority } = {},
  ): Promise<void> {
    this.busy++;
    let truncated = false;
    try {
      const { annotated } = this.store;
      // Split-off pieces of wrapped text (fallback painting) belong to text already annotated.
      const skipText = { has: (t: Text) => annotated.has(t) || OWN_NODES.has(t) };
      const collectors = roots.map(
        (root) => new TextCollector(root, { skipText, stopAfterChars: opts.stopAfterChars }),
      );
      const sliceMs = where === 'observe' ? LIVE_SLICE_MS : (this.opts.sliceMs ?? 8);
      const priority = opts.priority ?? 'visible';
      let c = 0;
      const finished = await runSliced(
        (deadline) => {
          for (; c < collectors.length; c++) if (!collectors[c]!.step(deadline)) return false;
          return true;
        },
        { sliceMs, signal: this.opts.signal, yieldFn: () => yieldTo(this.win, priority) },
      );
      if (!finished) return;
      truncated = collectors.some((x) => x.truncated);
      const extraction = mergeExtractions(collectors.map((x) => x.result()));
      if (extraction.text.trim() === '') return;
      const pass: Pass = { extraction, roots, index: new Map(), parts: [], flat: null, analyzed: false };
      // The node index and the store's claim on every node, in slices too (a 2 MB article: ~16,000 nodes, tens of ms).
      this.store.open(pass);
      const { segments } = extraction;
      let i = 0;
      const indexed = await runSliced(
        (deadline) => {
          for (; i < segments.length; i++) {
            if ((i & 127) === 0 && i > 0 && deadline()) return false;
            const seg = segments[i]!;
            indexSegment(pass.index, seg);
            this.store.claimNode(seg.node, pass);
          }
          return true;
        },
        { sliceMs, signal: this.opts.signal, yieldFn: () => yieldTo(this.win, priority) },
      );
      if (!indexed) return;
      // The text is claimed (annotated): a following collector can start on the rest while this one is analyzed.
      opts.onExtracted?.(truncated);
      await this.analyzePass(pass, where, sliceMs);
      pass.analyzed = true;
      // A pass that found nothing (a paragraph without a number, a counter's old text) is not kept.
      this.store.prune();
      this.opts.onPass?.(this.stats(), true);
    } finally {
      // Called once whatever happened (a second call does nothing): a waiting follower must never hang.
      opts.onExtracted?.(truncated);
      this.busy--;
      if (this.busy === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /**
   * Analyzes a pass chunk by chunk (up to `concurrency` pending at once) and paints each chunk in slices: chunks on
   * or near the screen at user-visible priority, the rest of a long page in the background (idle time).
   */
  private async analyzePass(pass: Pass, where: string, sliceMs: number): Promise<void> {
    const { text } = pass.extraction;
    const bounds = chunkBounds(text, this.opts.chunkChars ?? CHUNK);
    pass.parts = bounds.map(() => []);
    pass.bounds = bounds;
    const { order, near } = await viewportOrder(this.doc, this.highlighter, pass.extraction, bounds);
    const signal = this.opts.signal;
    // One deadline shared by everything done in the current task; renewed after each wait (a new task).
    let deadline: Deadline = deadlineIn(sliceMs);
    let priority: Priority = 'visible';
    const pause = async (): Promise<void> => {
      await yieldTo(this.win, priority);
      deadline = deadlineIn(sliceMs);
    };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < order.length && !signal.aborted) {
        const k = order[next++]!;
        const [a, b] = bounds[k]!;
        const piece = text.slice(a, b);
        if (!NUMERIC.test(piece)) continue;
        priority = near(k) ? 'visible' : 'background';
        if (deadline()) await pause();
        let claims: Claim[];
        try {
          const pending = this.analyze(piece, this.pieceOptions());
          let result: AnalyzerResult;
          if (pending instanceof Promise) {
            result = await pending;
            deadline = deadlineIn(sliceMs);
          } else {
            result = pending;
          }
          if (signal.aborted) return;
          // A piece in a language ClaimLens does not read keeps the page on 'auto': each piece is judged by itself
          // (an English quote in a French story still reads), and the popup can say why the page is empty.
          if (result.unsupported) this.unsupportedLang ??= result.unsupported;
          else this.lang ??= result.lang;
          claims = this.adopt(result.claims, a);
        } catch (error) {
          // One bad chunk (a grammar bug on odd text, a lost message) must not stop the rest of the page.
          this.opts.onError?.(`${where}:analyze`, error);
          continue;
        }
        this.store.register(pass, k, claims);
        await paintSliced(this.doc, this.highlighter, pass, claims, {
          deadline: () => deadline,
          pause,
          // Claims whose text could not be mapped (the page changed under us) are not offered.
          lost: (id) => this.store.forget(id, pass),
          signal,
        });
        if (claims.length > 0) this.opts.onPass?.(this.stats(), false);
      }
    };
    const n = Math.max(1, this.opts.concurrency ?? 1);
    await Promise.all(Array.from({ length: Math.min(n, order.length) }, worker));
  }

  /** Shifts a chunk's claims to pass offsets and makes their ids unique on the page (remapping comparedWith). */
  private adopt(claims: Claim[], shift: number): Claim[] {
    const rename = new Map<string, string>();
    for (const c of claims) {
      let id = c.id;
      for (let n = 2; this.store.has(id) || rename.has(id); n++) id = `${c.id}~${n}`;
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

  /**
   * Later changes: claims whose text left or changed are dropped (only in the passes the batch can touch), new
   * subtrees in scope and edited text get one pass for the whole batch; a huge batch re-reads the article root once.
   */
  private async onBatch(batch: MutationBatch): Promise<void> {
    try {
      const changed = new Set(batch.changedText);
      const check = new Set<Pass>(batch.reread ? this.store.all() : []);
      if (batch.removed) for (const p of this.store.passesTouchedBy(batch.removedFrom)) check.add(p);
      if (changed.size > 0) for (const p of this.store.passesHolding(changed)) check.add(p);
      if (check.size > 0) await this.dropStale([...check], changed);
      const roots = this.scopeRoots(batch);
      for (const t of batch.changedText) {
        // Edited text: forget it was annotated and look at it again with its paragraph.
        this.store.annotated.delete(t);
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
      if (unique.length === 0 && (batch.removed || batch.changedText.length > 0))
        this.opts.onPass?.(this.stats(), true);
    } catch (error) {
      this.opts.onError?.('observe', error);
    }
  }

  /** The roots to annotate for a batch: added subtrees inside the article, or a newly (re)rendered article. */
  private scopeRoots(batch: MutationBatch): Element[] {
    const out: Element[] = [];
    const body = this.doc.body ?? this.doc.documentElement;
    if (!this.opts.wholePage && (!this.root?.isConnected || this.root === body)) {
      // The article re-rendered (SPA) or arrived late: look for it again (it reads the page's text: not every batch).
      const now = this.win?.performance.now() ?? 0;
      if (!this.root?.isConnected || now - this.refoundAt >= REFIND_MS) {
        this.refoundAt = now;
        const found = findArticleRoot(this.doc);
        if (found !== this.root) {
          this.root = found;
          out.push(found);
          return out;
        }
      }
    }
    if (batch.reread) {
      if (this.root) out.push(this.root);
      return out;
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

  /** Drops claims whose text nodes left the document or were edited (those are annotated again), in slices. */
  private async dropStale(passes: Pass[], changed: ReadonlySet<Text>): Promise<void> {
    const wrap = this.highlighter.mode === 'wrap';
    const step = this.store.staleChecker(passes, (c, pass) =>
      wrap ? !this.rangeOf(c.id) : staleByNodes(c, pass, changed),
    );
    const gone: string[] = [];
    await runSliced((deadline) => step(deadline, gone), {
      sliceMs: LIVE_SLICE_MS,
      signal: this.opts.signal,
      yieldFn: () => yieldTo(this.win, 'visible'),
    });
    if (gone.length > 0) this.highlighter.remove(gone);
    this.store.prune();
  }

  destroy(): void {
    this.highlighter.destroy();
    this.store.clear();
  }
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

function dedupe(roots: Element[]): Element[] {
  return roots.filter(
    (r, i) => roots.indexOf(r) === i && !roots.some((o, j) => j !== i && o !== r && o.contains(r)),
  );
}
