// Content script: composes extraction, analysis, painting, hit-testing and the claim card on a news page, and answers
// the popup's and background's messages (cs:list, cs:open, cs:step, cs:disable).
//
// Claims inside links: a click on a link always follows the link (we never preventDefault or stop the page's
// events). The card for a claim inside a link opens from a small "Explain this number" button that appears above
// the claim when the pointer rests on it (in our shadow root, so it takes no click from the page), from the
// popup's list (cs:open), or from the keyboard shortcut (cs:step), which steps through every claim, links included.
//
// The engine does not run here: text goes to the background (bg:analyze, the extension's own service worker or
// event page, so no page text leaves the browser), which returns claims with what their cards need precomputed.
import type { AnalyzeOptions, Claim, Source } from '../core/types.js';
import { type Analyzer, type AnalyzerResult, Annotator, firstScreens } from '../dom/annotator.js';
import { findArticleRoot } from '../dom/article-root.js';
import { findPublishedAt } from '../dom/published-at.js';
import { deadlineIn } from '../dom/slices.js';
import { isContextValid, onContentMessage, sendToBackground, t } from '../platform/content.js';
import {
  type AnalyzedClaim,
  type AnalyzeReply,
  type ClaimSummary,
  DEFAULT_SETTINGS,
  type ListReply,
  type Settings,
  type ToBackground,
  type ToContent,
} from '../shared/messages.js';
import { CardHost } from '../ui/card/host.js';
import type { Box } from '../ui/card/position.js';
import { type CardFacts, modelFrom } from '../ui/card/view-model.js';

/** The slice of src/platform the content script uses (a seam for tests that run without an extension). */
export interface ContentPlatform {
  onContentMessage(handler: (msg: ToContent) => unknown): () => void;
  sendToBackground(msg: ToBackground): Promise<unknown>;
  t(key: string, substitutions?: string | string[]): string;
  isContextValid(): boolean;
}

const realPlatform: ContentPlatform = { onContentMessage, sendToBackground, t, isContextValid };

export interface ContentInstance {
  /** Removes highlights, the card, listeners and observers; the page is as before. */
  destroy(): void;
  /** Resolves when the initial pass is done (or was skipped). */
  ready: Promise<void>;
  /** False once torn down or once its extension context is gone (the extension was updated or reloaded). */
  alive(): boolean;
}

/**
 * Dispatched on the document by every content script as it starts. A script left behind by an extension update
 * or reload hears it (content scripts share the DOM even across worlds), finds its context dead and cleans up,
 * so the reader never sees stale highlights beside the new ones. A page dispatching it changes nothing: a live
 * script ignores it.
 */
const HANDOVER = 'claimlens:handover';

const INSTANCE = Symbol.for('claimlens.content');
/** Pointer travel (CSS px) beyond which a press-and-release is a drag, not a click. */
const CLICK_SLOP = 5;
const SNIPPET = 140;
/** How long the pointer rests on a claim inside a link before the "explain" button shows, and lingers after. */
const HINT_DELAY = 350;
const HINT_LINGER = 900;
/** Characters per bg:analyze message: a few ms of engine time each, and replies small enough to paint in slices. */
const MESSAGE_CHARS = 16_000;
/** How long the content script's first task may spend reading the article's first screens before it gives up. */
const HEAD_SLICE_MS = 8;
/** Messages in flight: the background analyzes the next piece while the page paints the last one. */
const IN_FLIGHT = 2;
/** The badge is told at most this often while a long page is being painted (and once at the end). */
const COUNT_EVERY_MS = 250;
/** Waits before asking again when the background did not answer (an MV3 service worker restarting). */
const RETRY_MS = [100, 500];

/** Claims from a reply, their caveats' sources resolved (one shared object per source for the whole page). */
function fromWire(reply: AnalyzeReply, shared: Map<string, Source>): AnalyzerResult {
  const table = reply.sources.map((s) => {
    const key = `${s.url} ${s.title}`;
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, s);
    return s;
  });
  const claims = reply.claims.map((c): AnalyzedClaim => {
    const claim = c as unknown as AnalyzedClaim;
    claim.caveats = c.caveats.map((v) => ({ ...v, sources: v.sources.flatMap((i) => table[i] ?? []) }));
    return claim;
  });
  return { lang: reply.lang, claims };
}

/**
 * The analyzer the content script uses: one bg:analyze message per piece. A lost reply (the worker was stopped
 * mid-way) is retried twice; a dead extension context is not retried (the caller tears down). `summary` asks for
 * what painting and the popup need; a card asks for its piece again in full.
 */
function remoteAnalyzer(platform: ContentPlatform, summary: boolean): Analyzer {
  const shared = new Map<string, Source>();
  return async (text: string, opts: AnalyzeOptions): Promise<AnalyzerResult> => {
    const msg: ToBackground = {
      type: 'bg:analyze',
      text,
      lang: opts.lang ?? 'auto',
      // The caveats' language: the content script's UI locale when given, else the background's own.
      ...(opts.uiLang === undefined ? {} : { uiLang: opts.uiLang }),
      ...(opts.publishedAt === undefined ? {} : { publishedAt: opts.publishedAt }),
      ...(summary ? { summary: true } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = (await platform.sendToBackground(msg)) as AnalyzeReply | undefined;
        if (reply && Array.isArray(reply.claims) && Array.isArray(reply.sources))
          return fromWire(reply, shared);
        throw new Error('the background sent no analysis');
      } catch (error) {
        const wait = RETRY_MS[attempt];
        if (wait === undefined || !platform.isContextValid()) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
}

function snippet(text: string, claim: Claim): string {
  const { start, end } = claim.sentence;
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length <= SNIPPET) return s;
  const at = Math.max(0, claim.start - start - 50);
  s = s.slice(at, at + SNIPPET);
  return `${at > 0 ? '…' : ''}${s}…`;
}

function anchorOf(rects: DOMRect[]): Box | null {
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return null;
  return { left: first.left, top: first.top, right: last.right, bottom: last.bottom };
}

function insideLink(event: Event): boolean {
  for (const t of event.composedPath()) {
    const el = t as Element;
    if (el.nodeType === 1 && el.localName === 'a' && el.hasAttribute('href')) return true;
  }
  return false;
}

/**
 * Starts ClaimLens on `doc`. The analyzer and platform are parameters so tests can run the real composition with a
 * fake analyzer and no extension around it. A second call on the same page returns the first instance.
 */
export function startContent(
  doc: Document = document,
  analyzer?: Analyzer,
  platform: ContentPlatform = realPlatform,
): ContentInstance {
  const analyze = analyzer ?? remoteAnalyzer(platform, true);
  /** Requests sent before the settings came back, by text: the annotator's first piece is one of them. */
  const early = new Map<string, ReturnType<Analyzer>>();
  const headFirst: Analyzer = (text, opts) => {
    const sent = early.get(text);
    early.delete(text);
    if (
      sent &&
      (opts.lang ?? 'auto') === 'auto' &&
      opts.uiLang === undefined &&
      opts.publishedAt === publishedAt
    )
      return sent;
    return analyze(text, opts);
  };
  // Only summaries come from the background in bulk; an injected analyzer (tests) answers in full at once.
  const details = analyzer ? null : remoteAnalyzer(platform, false);
  const win = doc.defaultView as Window & typeof globalThis;
  const g = win as unknown as Record<symbol, ContentInstance | undefined>;
  const existing = g[INSTANCE];
  if (existing?.alive()) return existing;
  // An instance from before an update in this same world: its context is dead, so it goes first.
  existing?.destroy();
  doc.dispatchEvent(new CustomEvent(HANDOVER));

  const ac = new AbortController();
  const { signal } = ac;
  let annotator: Annotator | null = null;
  let card: CardHost | null = null;
  let publishedAt: string | undefined;
  /** True until the settings said whether this site is annotated (the popup shows "scanning…" meanwhile). */
  let starting = true;
  const reported = new Set<string>();
  let countTimer = 0;
  let countSentAt = 0;
  let lastCount: { count: number; warn: number } | null = null;

  const teardown = (): void => {
    if (signal.aborted) return;
    ac.abort();
    win.clearTimeout(countTimer);
    try {
      card?.destroy();
      annotator?.destroy();
    } finally {
      card = null;
      annotator = null;
      if (g[INSTANCE] === instance) delete g[INSTANCE];
    }
  };

  /** Sends to the background; a dead extension context means we were reloaded: clean up, do not throw. */
  const send = (msg: ToBackground): void => {
    if (!platform.isContextValid()) {
      teardown();
      return;
    }
    platform.sendToBackground(msg).catch((e: unknown) => {
      if (/context invalidated/i.test(String(e))) teardown();
    });
  };

  /** Errors go to the background once each (never to the page's console). */
  const report = (where: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    const key = `${where}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    send({ type: 'bg:error', where, message });
  };

  /** Wraps a handler: contained errors, and a no-op (plus cleanup) once the extension context is gone. */
  const guard =
    <A extends unknown[], R>(where: string, fn: (...args: A) => R) =>
    (...args: A): R | undefined => {
      if (signal.aborted) return undefined;
      if (!platform.isContextValid()) {
        teardown();
        return undefined;
      }
      try {
        return fn(...args);
      } catch (error) {
        report(where, error);
        return undefined;
      }
    };

  /** The claim whose card was asked for last: a slower, earlier request must not open over it. */
  let wanted: string | null = null;

  const openCard = (id: string, focus: boolean): boolean => {
    const a = annotator;
    const entry = a?.get(id);
    if (!a || !entry) return false;
    wanted = id;
    const source = details && (entry.claim as AnalyzedClaim).summary ? a.sourceOf(id) : undefined;
    if (source && details) {
      // Summaries carry no card texts: analyze the claim's piece again in full (a few ms in the worker), then open.
      a.setActive(id);
      Promise.resolve(details(source.text, source.opts))
        .then(
          (full) => {
            if (annotator === a) a.complete(id, full.claims, source.offset);
          },
          (error: unknown) => report('card:details', error),
        )
        .finally(
          guard('card:open', () => {
            if (wanted === id && annotator === a) showCard(a, id, focus);
          }),
        );
      return true;
    }
    return showCard(a, id, focus);
  };

  const showCard = (a: Annotator, id: string, focus: boolean): boolean => {
    const entry = a.get(id);
    if (!entry) return false;
    card ??= new CardHost(doc, platform.t, () => annotator?.setActive(null));
    // The background computed the formatted parts with the claim (an analyzer without them shows the raw text).
    const claim = entry.claim as AnalyzedClaim;
    const facts: CardFacts = claim.facts ?? { value: claim.text };
    // Details that could not be fetched: the card shows what is known, never a summary's empty caveat stubs.
    const model = modelFrom(
      claim.summary ? { ...claim, caveats: [] } : claim,
      entry.text,
      entry.claims,
      facts,
    );
    a.setActive(id);
    card.open(model, { focus, anchor: () => anchorOf(a.rects(id)) });
    return true;
  };

  /** Brings a claim on screen (instantly when the reader prefers reduced motion) and opens its card. */
  const reveal = (id: string, focus: boolean): boolean => {
    const range = annotator?.rangeOf(id);
    if (!range) return false;
    const vh = win.innerHeight;
    const offscreen = () => {
      const r = range.getBoundingClientRect();
      return r.top < 0 || r.bottom > vh;
    };
    if (offscreen()) {
      // Instant scrolling: the card is placed right after, and "smooth" would leave the claim moving under it.
      const el =
        range.startContainer.nodeType === 1
          ? (range.startContainer as Element)
          : range.startContainer.parentElement;
      // "nearest" brings the claim's element into view inside any scroll container on the way;
      // when that element is taller than the viewport (a whole article body), the window finishes the job.
      el?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      if (offscreen()) {
        const r = range.getBoundingClientRect();
        win.scrollBy({ top: r.top - vh / 3, behavior: 'instant' });
      }
    }
    return openCard(id, focus);
  };

  const step = (direction: 1 | -1): boolean => {
    const claims = annotator?.claims() ?? [];
    if (claims.length === 0) return false;
    const current = card?.openId ? claims.findIndex((c) => c.id === card?.openId) : -1;
    let next: number;
    if (current >= 0) {
      next = (current + direction + claims.length) % claims.length;
    } else {
      // Nothing open: start from the first claim at or below the top of the viewport (or the last above it).
      // Claims are in document order, so their tops grow: a binary search measures a handful, not thousands.
      const top = (i: number) => annotator?.rects(claims[i]!.id)[0]?.top ?? Number.NEGATIVE_INFINITY;
      let lo = 0;
      let hi = claims.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (top(mid) >= 0) hi = mid;
        else lo = mid + 1;
      }
      next = direction === 1 ? lo : lo - 1;
      if (next < 0 || next >= claims.length) next = direction === 1 ? 0 : claims.length - 1;
    }
    return reveal(claims[next]!.id, true);
  };

  const list = (): ListReply => {
    const claims: ClaimSummary[] = [];
    for (const c of annotator?.claims() ?? []) {
      const entry = annotator!.get(c.id)!;
      claims.push({
        id: c.id,
        text: c.text,
        kind: c.kind,
        value: c.value,
        unit: c.unit,
        snippet: snippet(entry.text, c),
        caveatCount: c.caveats.length,
        warnCount: c.caveats.filter((v) => v.severity === 'warn').length,
        ...(c.status ? { status: c.status } : {}),
      });
    }
    return { url: win.location.href, claims, pending: starting || (annotator?.pending ?? false) };
  };

  /** The badge's count: at most every COUNT_EVERY_MS while painting, and at once when a pass is done. */
  const reportCount = (stats: { count: number; warn: number }, final: boolean): void => {
    // A pass cut short by cs:disable must not set the badge again.
    if (signal.aborted) return;
    lastCount = { ...stats };
    if (final) {
      win.clearTimeout(countTimer);
      countTimer = 0;
      countSentAt = Date.now();
      lastCount = null;
      send({ type: 'bg:count', count: stats.count, warn: stats.warn });
      return;
    }
    if (countTimer) return;
    const due = Math.max(0, countSentAt + COUNT_EVERY_MS - Date.now());
    countTimer = win.setTimeout(() => {
      countTimer = 0;
      if (signal.aborted || !lastCount) return;
      countSentAt = Date.now();
      const { count, warn } = lastCount;
      lastCount = null;
      send({ type: 'bg:count', count, warn });
    }, due);
  };

  const onMessage = (msg: ToContent): unknown => {
    switch (msg.type) {
      case 'cs:list':
        return list();
      case 'cs:open':
        return { ok: reveal(msg.id, true) };
      case 'cs:step':
        return { ok: step(msg.direction) };
      case 'cs:disable':
        teardown();
        return { ok: true };
      default:
        return undefined;
    }
  };

  // ---- pointer: a click on a claim opens its card; drags, selections, modified clicks and links are left alone ----
  let down: { x: number; y: number } | null = null;
  const onPointerDown = guard('pointerdown', (e: PointerEvent) => {
    down = e.isPrimary ? { x: e.clientX, y: e.clientY } : null;
  });
  const onClick = guard('click', (e: MouseEvent) => {
    if (!annotator || card?.contains(e)) return;
    const moved = down !== null && Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP;
    down = null;
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || moved) return;
    const sel = win.getSelection();
    if (sel && !sel.isCollapsed) return;
    const id = insideLink(e) ? null : annotator.hitTest(e.clientX, e.clientY, e.target);
    if (id && id !== card?.openId) openCard(id, false);
    else if (!id) card?.close();
  });
  // ---- hover over a claim inside a link: offer the "explain" button (the link keeps its click) ----
  let hintTimer = 0;
  let hoverFrame = 0;
  // composedPath() is empty once dispatch ends, so the handler snapshots what the next frame needs.
  let lastMove: {
    x: number;
    y: number;
    target: EventTarget | null;
    inLink: boolean;
    overUs: boolean;
  } | null = null;
  const setHintTimer = (fn: () => void, ms: number) => {
    win.clearTimeout(hintTimer);
    hintTimer = win.setTimeout(guard('hint', fn), ms);
  };
  const onHover = guard('pointermove', () => {
    hoverFrame = 0;
    const e = lastMove;
    if (!e || !annotator) return;
    if (e.overUs) {
      win.clearTimeout(hintTimer);
      return;
    }
    const id = e.inLink ? annotator.hitTest(e.x, e.y, e.target) : null;
    if (id && id === card?.hintId) {
      win.clearTimeout(hintTimer);
    } else if (id && id !== card?.openId) {
      setHintTimer(() => {
        card ??= new CardHost(doc, platform.t, () => annotator?.setActive(null));
        const a = annotator;
        if (a)
          card.showHint(
            id,
            () => anchorOf(a.rects(id)),
            guard('hint-open', () => openCard(id, true)),
          );
      }, HINT_DELAY);
    } else if (card?.hintId) {
      setHintTimer(() => card?.hideHint(), HINT_LINGER);
    } else {
      win.clearTimeout(hintTimer);
    }
  });
  const onPointerMove = (e: PointerEvent): void => {
    // Little work in the event itself: a path walk; hit-testing waits for the next frame.
    if (e.pointerType === 'touch') return;
    lastMove = {
      x: e.clientX,
      y: e.clientY,
      target: e.target,
      inLink: insideLink(e),
      overUs: card?.contains(e) ?? false,
    };
    if (!hoverFrame && !signal.aborted) hoverFrame = win.requestAnimationFrame(() => onHover());
  };
  signal.addEventListener('abort', () => {
    win.clearTimeout(hintTimer);
    if (hoverFrame) win.cancelAnimationFrame(hoverFrame);
  });

  const onKeyDown = guard('keydown', (e: KeyboardEvent) => {
    // Escape inside the card is handled by the card; here it closes a card opened by mouse (focus on the page).
    if (e.key === 'Escape' && card?.openId && !card.contains(e)) card.close();
  });

  // Another content script started (an updated extension's): if ours is the orphan, clean up now.
  doc.addEventListener(
    HANDOVER,
    () => {
      if (!platform.isContextValid()) teardown();
    },
    { signal },
  );

  const instance: ContentInstance = {
    destroy: teardown,
    alive: () => !signal.aborted && platform.isContextValid(),
    ready: (async () => {
      // Listen first: the popup gets an answer (an empty list) even on a switched-off site.
      const unsubscribe = platform.onContentMessage((msg) => guard(`message:${msg.type}`, onMessage)(msg));
      signal.addEventListener('abort', unsubscribe, { once: true });
      publishedAt = findPublishedAt(doc);
      // The article's first screens go to the engine while the settings are on their way, so a page waits for one
      // round trip, not two. Nothing is painted (no highlighter even exists) until the settings say this site is on;
      // on a switched-off site the answer is dropped unused.
      let root: Element | undefined;
      if (!analyzer) {
        root = findArticleRoot(doc);
        // At most one short slice: a page whose first block is huge is left to the annotator's sliced reading.
        // Sent only when it fits in one message: then it is exactly the annotator's first piece.
        const text = firstScreens(root, deadlineIn(HEAD_SLICE_MS));
        if (text?.trim() && text.length <= MESSAGE_CHARS) {
          const sent = analyze(text, { lang: 'auto', publishedAt });
          // Handled here too: a request dropped unused (a switched-off site) must not surface as an unhandled error.
          Promise.resolve(sent).catch(() => undefined);
          early.set(text, sent);
        }
      }
      let settings: Settings = DEFAULT_SETTINGS;
      try {
        const reply = (await platform.sendToBackground({ type: 'bg:get-settings' })) as Settings | undefined;
        if (reply && Array.isArray(reply.disabledOrigins)) settings = reply;
      } catch (error) {
        if (/context invalidated/i.test(String(error))) {
          starting = false;
          teardown();
          return;
        }
      }
      starting = false;
      if (signal.aborted || settings.disabledOrigins.includes(win.location.origin)) {
        early.clear();
        return;
      }
      const listen = { capture: true, passive: true, signal };
      win.addEventListener('pointerdown', onPointerDown as EventListener, listen);
      win.addEventListener('click', onClick as EventListener, listen);
      win.addEventListener('keydown', onKeyDown as EventListener, listen);
      win.addEventListener('pointermove', onPointerMove as EventListener, listen);
      annotator = new Annotator({
        doc,
        analyze: headFirst,
        // Caveats in the language the card's own labels are shown in, read from those very strings: the background
        // reads them from the same bundle (content_ui_lang) when the request names none; an injected analyzer
        // (tests) is told here.
        uiLang: analyzer ? (platform.t('content_ui_lang') === 'ko' ? 'ko' : 'en') : undefined,
        wholePage: settings.wholePage,
        root,
        publishedAt,
        signal,
        onPass: reportCount,
        onError: report,
        chunkChars: MESSAGE_CHARS,
        concurrency: IN_FLIGHT,
      });
      try {
        await annotator.start();
      } catch (error) {
        report('start', error);
      } finally {
        // An early answer the annotator did not ask for (the whole page was wanted, or the page changed) is dropped.
        early.clear();
      }
    })(),
  };
  g[INSTANCE] = instance;
  return instance;
}

// Runs when injected as the extension's content script (the build bundles this file as content.js).
if (typeof document !== 'undefined' && realPlatform.isContextValid()) startContent();
