// The page's annotation, composed: extract (time-sliced) → analyze (injectable) → ranges → paint, kept in step with
// a changing page by the observer, and answering hit-tests. No extension API here; the content entry wires that.
import { analyze as coreAnalyze } from '../core/index.js';
import type { AnalyzeOptions, Claim, Lang, UiLang } from '../core/types.js';
import { findArticleRoot } from './article-root.js';
import {
  type Extraction,
  indexSegments,
  positionToOffset,
  type Segment,
  segmentIndexAt,
  TextCollector,
} from './extract.js';
import { createHighlighter, type Highlighter, type HighlighterOptions, markIdAt } from './highlighter.js';
import { hitTest } from './hit-test.js';
import { type MutationBatch, PageObserver } from './observe.js';
import { rangeFor } from './ranges.js';
import { isExcluded } from './skip.js';
import { runSliced } from './slices.js';
import { OWN_NODES } from './wrap-marks.js';

export type Analyzer = (text: string, opts: AnalyzeOptions) => { lang: Lang; claims: Claim[] };

export interface AnnotatorOptions {
  doc?: Document;
  analyze?: Analyzer;
  wholePage?: boolean;
  uiLang?: UiLang;
  publishedAt?: string;
  signal: AbortSignal;
  /** Called after each annotation pass with the page's totals (the badge). */
  onPass?: (stats: { count: number; warn: number }) => void;
  /** Called for an exception in one block or batch; the rest carries on. */
  onError?: (where: string, error: unknown) => void;
  highlighter?: HighlighterOptions['mode'];
  /** Time slice for the initial pass, in ms. */
  sliceMs?: number;
  /** Watch for text added or changed after load (default true). */
  observe?: boolean;
}

/** One extraction and the claims found in it; offsets of its claims are into its text. */
interface Pass {
  extraction: Extraction;
  index: Map<Text, Segment>;
  claims: Claim[];
}

/** A chunk of text is analyzed at once: a whole typical article, bounded so one call stays short on huge pages. */
const CHUNK = 8000;

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
  private readonly byId = new Map<string, { claim: Claim; pass: Pass }>();
  private readonly nodePass = new WeakMap<Text, Pass>();
  private readonly annotated = new WeakSet<Text>();
  private root: Element | null = null;
  private busy = 0;
  private lang: Lang | undefined;

  constructor(private readonly opts: AnnotatorOptions) {
    this.doc = opts.doc ?? document;
    this.analyze = opts.analyze ?? coreAnalyze;
    this.highlighter = createHighlighter(this.doc, { mode: opts.highlighter ?? 'auto', signal: opts.signal });
    opts.signal.addEventListener('abort', () => this.highlighter.destroy(), { once: true });
  }

  /** True while a pass is still running (the popup shows "scanning…"). */
  get pending(): boolean {
    return this.busy > 0;
  }

  /** Initial pass over the article (or the whole page), then observation of later changes. */
  async start(): Promise<void> {
    const root = this.opts.wholePage
      ? (this.doc.body ?? this.doc.documentElement)
      : findArticleRoot(this.doc);
    this.root = root;
    await this.annotate(root, 'initial');
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
    // One pass (the usual article) is already in document order.
    if (this.passes.length === 1) return [...this.passes[0]!.claims];
    const all: Array<{ claim: Claim; range: Range | null }> = [];
    for (const pass of this.passes)
      for (const claim of pass.claims) all.push({ claim, range: this.rangeOf(claim.id) });
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
      ? { claim: entry.claim, text: entry.pass.extraction.text, claims: entry.pass.claims }
      : undefined;
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
      return pass.claims
        .filter((c) => c.start <= at && at <= c.end)
        .map((c) => ({ id: c.id, rects: () => this.rects(c.id) }));
    });
  }

  setActive(id: string | null): void {
    this.highlighter.setActive(id);
  }

  stats(): { count: number; warn: number } {
    let count = 0;
    let warn = 0;
    for (const pass of this.passes) {
      for (const c of pass.claims) {
        count++;
        if (c.caveats.some((v) => v.severity === 'warn')) warn++;
      }
    }
    return { count, warn };
  }

  /** Extracts `root` (skipping text already annotated), analyzes it chunk by chunk and paints, in time slices. */
  private async annotate(root: Element, where: string): Promise<void> {
    this.busy++;
    try {
      // Split-off pieces of wrapped text (fallback painting) belong to text already annotated.
      const skipText = { has: (t: Text) => this.annotated.has(t) || OWN_NODES.has(t) };
      const collector = new TextCollector(root, { skipText });
      // Later batches run while the reader is reading: shorter slices than the initial pass.
      const sliceMs = where === 'observe' ? 4 : (this.opts.sliceMs ?? 8);
      const finished = await runSliced((deadline) => collector.step(deadline), {
        sliceMs,
        signal: this.opts.signal,
      });
      if (!finished) return;
      const extraction = collector.result();
      if (extraction.text.trim() === '') return;
      const pass: Pass = { extraction, index: indexSegments(extraction.segments), claims: [] };
      for (const s of extraction.segments) {
        this.annotated.add(s.node);
        this.nodePass.set(s.node, pass);
      }
      this.passes.push(pass);
      const chunks = chunkBounds(extraction.text);
      let i = 0;
      await runSliced(
        (deadline) => {
          while (i < chunks.length) {
            const [a, b] = chunks[i++]!;
            try {
              this.analyzeChunk(pass, a, b);
            } catch (error) {
              // One bad chunk (a grammar bug on odd text) must not stop the rest of the page.
              this.opts.onError?.(`${where}:analyze`, error);
            }
            if (deadline()) return i >= chunks.length;
          }
          return true;
        },
        { sliceMs, signal: this.opts.signal },
      );
      this.opts.onPass?.(this.stats());
    } finally {
      this.busy--;
    }
  }

  private analyzeChunk(pass: Pass, a: number, b: number): void {
    const text = pass.extraction.text.slice(a, b);
    if (!/\d|[일이삼사오육칠팔구십백천만억조]/.test(text)) return;
    const result = this.analyze(text, {
      lang: this.lang ?? 'auto',
      uiLang: this.opts.uiLang,
      publishedAt: this.opts.publishedAt,
    });
    this.lang ??= result.lang;
    const claims = this.adopt(result.claims, a);
    this.register(pass, claims);
    pass.claims.push(...claims);
    pass.claims.sort((x, y) => x.start - y.start);
    const ranges = claims.map((c) => rangeFor(this.doc, pass.extraction, c.start, c.end, c.text));
    const painted = claims.filter((_, k) => ranges[k] !== null);
    this.highlighter.paint(
      painted,
      ranges.filter((r) => r !== null),
    );
    // Claims whose text could not be mapped (the page changed under us) are not offered.
    for (let k = 0; k < claims.length; k++) if (ranges[k] === null) this.forget(claims[k]!.id, pass);
  }

  /** Shifts a chunk's claims to pass offsets and makes their ids unique on the page (remapping comparedWith). */
  private adopt(claims: Claim[], shift: number): Claim[] {
    const rename = new Map<string, string>();
    for (const c of claims) {
      let id = c.id;
      for (let n = 2; this.byId.has(id) || rename.has(id); n++) id = `${c.id}~${n}`;
      rename.set(c.id, id);
    }
    return claims.map((c) => {
      const claim: Claim = {
        ...c,
        id: rename.get(c.id) ?? c.id,
        start: c.start + shift,
        end: c.end + shift,
        sentence: { start: c.sentence.start + shift, end: c.sentence.end + shift },
      };
      if (c.comparedWith) claim.comparedWith = rename.get(c.comparedWith) ?? c.comparedWith;
      return claim;
    });
  }

  private register(pass: Pass, claims: Claim[]): void {
    for (const c of claims) this.byId.set(c.id, { claim: c, pass });
  }

  private forget(id: string, pass: Pass): void {
    const i = pass.claims.findIndex((c) => c.id === id);
    if (i >= 0) pass.claims.splice(i, 1);
    this.byId.delete(id);
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
      for (const root of dedupe(roots)) {
        try {
          await this.annotate(root, 'observe');
        } catch (error) {
          this.opts.onError?.('observe:annotate', error);
        }
      }
      if (roots.length === 0 && (batch.removed || batch.changedText.length > 0))
        this.opts.onPass?.(this.stats());
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
        const root = pass.extraction.root;
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
      for (const c of [...pass.claims]) {
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
      if (pass.claims.length === 0 && !pass.extraction.root.isConnected) this.passes.splice(i, 1);
    }
  }

  destroy(): void {
    this.highlighter.destroy();
    this.passes.length = 0;
    this.byId.clear();
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
