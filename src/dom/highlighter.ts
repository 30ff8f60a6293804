// Paints claims without touching the page's DOM (CSS Custom Highlight API), wrapper elements where it is missing;
// keeps only the ranges near the viewport registered (every registered range slows every later repaint), knowing
// what is near from IntersectionObserver records only (never a geometry read that could force a layout), and changes
// that set only when scrolling pauses or slows (churn while scrolling measured twice the render cost).
import { CLAIM_KINDS, type ClaimKind } from '../core/types.js';
import { MARK_TAG, unwrap, type Wrapped, wrapRange } from './wrap-marks.js';

/** What painting needs of a claim. */
export interface Paintable {
  id: string;
  kind: ClaimKind;
  caveats: readonly unknown[];
}

/**
 * A Range made only when needed (registered near the viewport, measured, hit): live Ranges are updated by the browser
 * on every DOM change of the page, so thousands of them made up front would tax the page for nothing.
 */
export interface LazyRange {
  /** The element holding the claim's start (the unit of viewport windowing). */
  group: Element;
  /** The Range, or null when the text is gone. */
  make: () => Range | null;
}

export type RangeLike = Range | LazyRange;

function isLazy(r: RangeLike): r is LazyRange {
  return typeof (r as LazyRange).make === 'function';
}

export interface Highlighter {
  readonly mode: 'highlight' | 'wrap';
  /** Adds claims (incrementally: earlier ones stay). `ranges` is parallel to `claims`; null entries are skipped. */
  paint(claims: readonly Paintable[], ranges: readonly (RangeLike | null)[]): void;
  /** Stops painting these claims (their text left the page). */
  remove(ids: Iterable<string>): void;
  /** The claim whose card is open, painted more strongly; null for none. */
  setActive(id: string | null): void;
  /** Client rects of a painted claim (for the card's anchor), empty when unknown. */
  rects(id: string): DOMRect[];
  /** A Range over a painted claim's text as it is now, or null. */
  rangeOf(id: string): Range | null;
  /** Removes every claim's paint. */
  clear(): void;
  /** clear() plus unregistering the highlights and observers; the highlighter is unusable afterwards. */
  destroy(): void;
}

export const HIGHLIGHT_PREFIX = 'claimlens-';
export const CAVEAT_HIGHLIGHT = 'claimlens-caveat';
export const ACTIVE_HIGHLIGHT = 'claimlens-active';
/** An element holding more claims than this is windowed claim by claim, not as a whole. */
const LARGE_GROUP = 48;
/** Registering (and making the Ranges of) a band of claims is spread over frames, this much work per frame. */
const REGISTER_MS = 4;
/** A scroll that paused this long has stopped (a jump, the end of a fling): the registry follows it then. */
const SCROLL_QUIET_MS = 60;
/**
 * While a scroll goes on without a pause, the registry follows it this rarely: a fling or a scripted scroll changes it
 * at most once a second and a half (each change repaints), while a reading scroll, which pauses, is followed at once;
 * the registered band (one screen above and below) covers a slow scroll in between.
 */
const SCROLL_SYNC_MS = 1500;

interface HighlightRegistryLike {
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
}
interface HighlightLike {
  add(r: Range): unknown;
  delete(r: Range): boolean;
  clear(): void;
  priority: number;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

export interface HighlighterOptions {
  mode?: 'auto' | 'highlight' | 'wrap';
  /** How far beyond the viewport ranges stay registered (an IntersectionObserver rootMargin). */
  margin?: string;
  signal?: AbortSignal;
}

function highlightApi(win: Window): { registry: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  const registry = w.CSS?.highlights;
  return registry && typeof w.Highlight === 'function' ? { registry, Ctor: w.Highlight } : null;
}

export function createHighlighter(doc: Document = document, opts: HighlighterOptions = {}): Highlighter {
  const win = doc.defaultView!;
  const api = opts.mode === 'wrap' ? null : highlightApi(win);
  if (api) return new RangeHighlighter(doc, api.registry, api.Ctor, opts);
  if (opts.mode === 'highlight') throw new Error('CSS Custom Highlight API is not available');
  return new WrapHighlighter(doc);
}

interface Entry {
  id: string;
  kind: ClaimKind;
  caveat: boolean;
  /** Made on first need (see LazyRange); null until then, or when it could not be made (`failed`). */
  range: Range | null;
  make: (() => Range | null) | null;
  failed: boolean;
  group: Element;
  registered: boolean;
}

/** The entry's Range, made now if it was lazy; null when its text is gone. */
function ensure(e: Entry): Range | null {
  if (!e.range && !e.failed && e.make) {
    e.range = e.make();
    e.failed = e.range === null;
    e.make = null;
  }
  return e.range;
}

class RangeHighlighter implements Highlighter {
  readonly mode = 'highlight' as const;
  private readonly highlights = new Map<string, HighlightLike>();
  private readonly entries = new Map<string, Entry>();
  private readonly groups = new Map<Element, Entry[]>();
  /** Groups the observer last reported within its margin of the viewport. */
  private readonly near = new Set<Element>();
  /** For large groups near the viewport: the entries within the band, measured when the observer reported. */
  private readonly windows = new Map<Element, Set<Entry>>();
  private readonly registered = new Set<Entry>();
  private readonly io: IntersectionObserver | null;
  /** Watches large groups at many thresholds, so their window moves with the scroll (see onLargeIntersect). */
  private readonly largeIo: IntersectionObserver | null;
  private activeId: string | null = null;
  private frame = 0;
  private timer = 0;
  private lastScrollAt = Number.NEGATIVE_INFINITY;
  private lastSyncAt = Number.NEGATIVE_INFINITY;
  /** Wanted but not yet registered (registration continues frame by frame). */
  private queue: Entry[] = [];
  private drainFrame = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistryLike,
    Ctor: HighlightCtor,
    opts: HighlighterOptions,
  ) {
    const names = [...CLAIM_KINDS.map((k) => HIGHLIGHT_PREFIX + k), CAVEAT_HIGHLIGHT, ACTIVE_HIGHLIGHT];
    for (const name of names) {
      const h = new Ctor();
      // Later layers paint over earlier ones: kind tint, then the caveat underline, then the open claim.
      h.priority = name === ACTIVE_HIGHLIGHT ? 3 : name === CAVEAT_HIGHLIGHT ? 2 : 1;
      this.highlights.set(name, h);
      registry.set(name, h);
    }
    const win = doc.defaultView!;
    opts.signal?.addEventListener('abort', () => this.destroy(), { once: true });
    if (typeof win.IntersectionObserver === 'function') {
      const rootMargin = opts.margin ?? '100% 0px 100% 0px';
      // Visibility comes only from the observers' records, computed by the browser after its own layout: this class
      // never reads geometry in a frame callback, where a read after the page changed its DOM forces a layout.
      this.io = new win.IntersectionObserver((records) => this.onIntersect(records), { rootMargin });
      const thresholds = Array.from({ length: 21 }, (_, i) => i / 20);
      this.largeIo = new win.IntersectionObserver((records) => this.onLargeIntersect(records), {
        rootMargin,
        threshold: thresholds,
      });
      // Capture: scroll containers count too. Only a timestamp here: the registry changes once the scroll settles.
      win.addEventListener('scroll', () => this.onScroll(), {
        passive: true,
        capture: true,
        signal: this.abort.signal,
      });
    } else {
      this.io = null;
      this.largeIo = null;
    }
  }

  paint(claims: readonly Paintable[], ranges: readonly (RangeLike | null)[]): void {
    const grown = new Set<Element>();
    claims.forEach((claim, i) => {
      const given = ranges[i];
      if (!given || this.entries.has(claim.id)) return;
      const lazy = isLazy(given);
      let group: Element;
      if (lazy) {
        group = given.group;
      } else {
        const start = given.startContainer;
        group = (start.nodeType === 1 ? (start as Element) : start.parentElement) ?? this.doc.documentElement;
      }
      const entry: Entry = {
        id: claim.id,
        kind: claim.kind,
        caveat: claim.caveats.length > 0,
        range: lazy ? null : given,
        make: lazy ? given.make : null,
        failed: false,
        group,
        registered: false,
      };
      this.entries.set(claim.id, entry);
      let list = this.groups.get(group);
      if (!list) {
        list = [];
        this.groups.set(group, list);
        if (this.io) this.io.observe(group);
        else this.near.add(group);
      }
      list.push(entry);
      if (list.length > LARGE_GROUP) grown.add(group);
    });
    // A large group's window is measured when the observer reports it: observing again asks for a fresh report
    // (the first report after observe() always comes), taken after the browser's next layout.
    for (const group of grown) {
      this.largeIo?.unobserve(group);
      this.largeIo?.observe(group);
    }
    this.schedule();
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      this.unregister(entry);
      this.entries.delete(id);
      this.windows.get(entry.group)?.delete(entry);
      const list = this.groups.get(entry.group);
      if (list) {
        list.splice(list.indexOf(entry), 1);
        if (list.length === 0) {
          this.groups.delete(entry.group);
          this.near.delete(entry.group);
          this.windows.delete(entry.group);
          this.io?.unobserve(entry.group);
          this.largeIo?.unobserve(entry.group);
        }
      }
      if (this.activeId === id) this.setActive(null);
    }
  }

  setActive(id: string | null): void {
    const active = this.highlights.get(ACTIVE_HIGHLIGHT)!;
    active.clear();
    this.activeId = id;
    const entry = id ? this.entries.get(id) : undefined;
    const range = entry ? ensure(entry) : null;
    if (range) active.add(range);
  }

  rects(id: string): DOMRect[] {
    const entry = this.entries.get(id);
    const range = entry ? ensure(entry) : null;
    return range ? Array.from(range.getClientRects()) : [];
  }

  rangeOf(id: string): Range | null {
    const entry = this.entries.get(id);
    return (entry && ensure(entry)?.cloneRange()) ?? null;
  }

  /** How many ranges are registered right now (for tests and the performance budget). */
  registeredCount(): number {
    return this.registered.size;
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.registered.clear();
    this.entries.clear();
    this.groups.clear();
    this.near.clear();
    this.windows.clear();
    this.io?.disconnect();
    this.largeIo?.disconnect();
    this.activeId = null;
  }

  destroy(): void {
    this.clear();
    this.abort.abort();
    const win = this.doc.defaultView;
    if (this.frame) win?.cancelAnimationFrame(this.frame);
    if (this.drainFrame) win?.cancelAnimationFrame(this.drainFrame);
    if (this.timer) win?.clearTimeout(this.timer);
    this.queue = [];
    for (const [name, h] of this.highlights) if (this.registry.get(name) === h) this.registry.delete(name);
  }

  private onIntersect(records: IntersectionObserverEntry[]): void {
    for (const r of records) {
      if (r.isIntersecting) this.near.add(r.target);
      else this.near.delete(r.target);
    }
    this.schedule();
  }

  /**
   * A large group moved past a threshold: its window is measured here, in the observer's task, which runs right
   * after the browser's layout and before we change anything: reads only, then the registry (no DOM) changes later.
   */
  private onLargeIntersect(records: IntersectionObserverEntry[]): void {
    for (const r of records) {
      const list = this.groups.get(r.target);
      if (!list) continue;
      if (!r.isIntersecting) {
        this.windows.delete(r.target);
        continue;
      }
      const vh = r.rootBounds?.height || this.doc.defaultView?.innerHeight || 800;
      this.windows.set(r.target, new Set(windowOf(list, -vh, 2 * vh)));
    }
    this.schedule();
  }

  private onScroll(): void {
    this.lastScrollAt = this.doc.defaultView?.performance.now() ?? 0;
  }

  /**
   * Syncs on the next frame, unless a scroll is under way: every change to the registry repaints, so a fling or a
   * jump changes it once, when the scroll pauses (SCROLL_QUIET_MS), and an unbroken scroll every SCROLL_SYNC_MS.
   */
  private schedule(): void {
    if (this.frame || this.timer || this.abort.signal.aborted) return;
    const win = this.doc.defaultView!;
    const t = win.performance.now();
    if (t - this.lastScrollAt < SCROLL_QUIET_MS && t - this.lastSyncAt < SCROLL_SYNC_MS) {
      this.timer = win.setTimeout(() => {
        this.timer = 0;
        this.schedule();
      }, SCROLL_QUIET_MS);
      return;
    }
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.sync();
    });
  }

  /** Registers exactly the ranges near the viewport: whole small groups, and the window of each large one. No reads. */
  private sync(): void {
    this.lastSyncAt = this.doc.defaultView?.performance.now() ?? 0;
    const want = new Set<Entry>();
    const all = !this.io;
    for (const group of all ? this.groups.keys() : this.near) {
      const list = this.groups.get(group);
      if (!list) continue;
      const window = list.length > LARGE_GROUP && !all ? this.windows.get(group) : null;
      if (window) for (const e of window) want.add(e);
      else if (list.length <= LARGE_GROUP || all) for (const e of list) want.add(e);
    }
    for (const e of [...this.registered]) if (!want.has(e)) this.unregister(e);
    this.queue = [];
    for (const e of want) if (!e.registered) this.queue.push(e);
    this.drain();
  }

  /** Registers queued entries for at most REGISTER_MS, then continues on the next frame. */
  private drain(): void {
    this.drainFrame = 0;
    const win = this.doc.defaultView!;
    const end = win.performance.now() + REGISTER_MS;
    let i = 0;
    while (i < this.queue.length) {
      const e = this.queue[i++]!;
      // An entry removed meanwhile is no longer in `entries`.
      if (!e.registered && this.entries.get(e.id) === e) this.register(e);
      if ((i & 7) === 0 && win.performance.now() >= end) break;
    }
    this.queue = i < this.queue.length ? this.queue.slice(i) : [];
    if (this.queue.length > 0 && !this.abort.signal.aborted)
      this.drainFrame = win.requestAnimationFrame(() => this.drain());
  }

  private register(e: Entry): void {
    const range = ensure(e);
    if (!range) return;
    this.highlights.get(HIGHLIGHT_PREFIX + e.kind)?.add(range);
    if (e.caveat) this.highlights.get(CAVEAT_HIGHLIGHT)!.add(range);
    e.registered = true;
    this.registered.add(e);
  }

  private unregister(e: Entry): void {
    if (!e.registered || !e.range) return;
    this.highlights.get(HIGHLIGHT_PREFIX + e.kind)?.delete(e.range);
    if (e.caveat) this.highlights.get(CAVEAT_HIGHLIGHT)!.delete(e.range);
    e.registered = false;
    this.registered.delete(e);
  }
}

/**
 * The entries of a large group whose rects fall within [top, bottom] of the viewport: ranges in one element are in
 * document order, so their tops only grow; a binary search finds the first, then we walk until past the bottom.
 * Reads geometry: call it only where layout is fresh (an IntersectionObserver callback) and before any write.
 */
function windowOf(list: Entry[], top: number, bottom: number): Entry[] {
  // A range that cannot be made reads as a point at the top of the viewport: kept out of the window's way.
  const rect = (e: Entry) => ensure(e)?.getBoundingClientRect() ?? { top: 0, bottom: 0 };
  let lo = 0;
  let hi = list.length - 1;
  let first = list.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rect(list[mid]!).bottom >= top) {
      first = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  const out: Entry[] = [];
  for (let i = first; i < list.length; i++) {
    const r = rect(list[i]!);
    if (r.top > bottom) break;
    out.push(list[i]!);
  }
  return out;
}

class WrapHighlighter implements Highlighter {
  readonly mode = 'wrap' as const;
  private readonly wrapped = new Map<string, Wrapped>();

  constructor(private readonly doc: Document) {}

  paint(claims: readonly Paintable[], ranges: readonly (RangeLike | null)[]): void {
    claims.forEach((claim, i) => {
      const given = ranges[i];
      // Wrapping splits text nodes: a lazy range is made now, before later wraps move the offsets.
      const range = given && isLazy(given) ? given.make() : given;
      if (!range || this.wrapped.has(claim.id)) return;
      const attrs: Record<string, string> = { 'data-id': claim.id, 'data-kind': claim.kind };
      if (claim.caveats.length > 0) attrs['data-caveat'] = '';
      this.wrapped.set(claim.id, wrapRange(this.doc, range, attrs));
    });
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const w = this.wrapped.get(id);
      if (!w) continue;
      unwrap(w);
      this.wrapped.delete(id);
    }
  }

  setActive(id: string | null): void {
    for (const w of this.wrapped.values()) for (const m of w.marks) m.removeAttribute('data-active');
    if (id) for (const m of this.wrapped.get(id)?.marks ?? []) m.setAttribute('data-active', '');
  }

  rects(id: string): DOMRect[] {
    return (this.wrapped.get(id)?.marks ?? []).flatMap((m) => Array.from(m.getClientRects()));
  }

  rangeOf(id: string): Range | null {
    const marks = (this.wrapped.get(id)?.marks ?? []).filter((m) => m.isConnected);
    if (marks.length === 0) return null;
    const range = this.doc.createRange();
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
    return range;
  }

  clear(): void {
    // Unwrap in reverse paint order so nested splits merge back in the order they were made.
    for (const w of Array.from(this.wrapped.values()).reverse()) unwrap(w);
    this.wrapped.clear();
  }

  destroy(): void {
    this.clear();
  }
}

/** The claim id of a wrapper mark at or above an event target (wrap mode's hit-test). */
export function markIdAt(target: EventTarget | null): string | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  return el.closest(MARK_TAG)?.getAttribute('data-id') ?? null;
}
