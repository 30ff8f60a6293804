// Cards: opening a claim's card (asking the background for that one claim in full first), bringing a claim on screen,
// and stepping through claims from the keyboard shortcut.
import type { Annotator } from '../../dom/annotator.js';
import type { AnalyzedClaim } from '../../shared/messages.js';
import type { CardHost } from '../../ui/card/host.js';
import type { CardUi } from '../../ui/card/index.js';
import type { Box } from '../../ui/card/position.js';
import type { CardFacts } from '../../ui/card/view-model.js';
import type { Session } from './session.js';

export function anchorOf(rects: DOMRect[]): Box | null {
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return null;
  return { left: first.left, top: first.top, right: last.right, bottom: last.bottom };
}

/** Starts loading the card UI (card.js) if it is not loaded or loading: a press on a claim asks before its click. */
export function loadUi(s: Session): Promise<CardUi> {
  if (s.ui) return Promise.resolve(s.ui);
  s.uiLoad ??= s.platform.loadCardUi().then(
    (ui) => {
      s.ui = ui;
      return ui;
    },
    (error: unknown) => {
      s.uiLoad = null;
      throw error;
    },
  );
  return s.uiLoad;
}

/** Runs `fn` with the card UI: at once when it is loaded, else once it is (errors reported, never thrown). */
export function withUi(s: Session, where: string, fn: (ui: CardUi) => void): void {
  if (s.ui) {
    fn(s.ui);
    return;
  }
  loadUi(s).then(s.guard(where, fn), (error: unknown) => s.report(where, error));
}

/** The card host, made on first need. */
export function cardHost(s: Session, ui: CardUi): CardHost {
  s.card ??= new ui.CardHost(s.doc, s.platform.t, () => s.annotator?.setActive(null));
  return s.card;
}

function showCard(s: Session, ui: CardUi, a: Annotator, id: string, focus: boolean): boolean {
  const entry = a.get(id);
  if (!entry) return false;
  const card = cardHost(s, ui);
  // The background computed the formatted parts with the claim (an analyzer without them shows the raw text).
  const claim = entry.claim as AnalyzedClaim;
  let facts: CardFacts = claim.facts ?? { value: claim.text };
  if (!s.showPerspectives && facts.perspectives) {
    const { perspectives: _off, ...rest } = facts;
    facts = rest;
  }
  // Details that could not be fetched: the card shows what is known, never a summary's empty caveat stubs.
  const model = ui.modelFrom(
    claim.summary ? { ...claim, caveats: [] } : claim,
    entry.text,
    entry.claims,
    facts,
  );
  a.setActive(id);
  const panel = s.notes?.panelFor(id);
  card.open(model, { focus, anchor: () => anchorOf(a.rects(id)), extra: panel ? ui.notePanel(panel) : null });
  return true;
}

/** Shows the card once the UI is loaded, unless another card was asked for meanwhile. */
function showWhenReady(s: Session, a: Annotator, id: string, focus: boolean): void {
  withUi(s, 'card:open', (ui) => {
    if (s.wanted === id && s.annotator === a) showCard(s, ui, a, id, focus);
  });
}

export function openCard(s: Session, id: string, focus: boolean): boolean {
  const a = s.annotator;
  const entry = a?.get(id);
  if (!a || !entry) return false;
  s.wanted = id;
  const source = s.details && (entry.claim as AnalyzedClaim).summary ? a.sourceOf(id) : undefined;
  if (source && s.details) {
    // Summaries carry no card texts: the background fills this one claim in (from its cached analysis of the piece).
    a.setActive(id);
    loadUi(s).catch(() => undefined); // in parallel with the details
    const at = { start: entry.claim.start - source.offset, end: entry.claim.end - source.offset };
    Promise.resolve(s.details(source.text, source.opts, at))
      .then(
        (full) => {
          if (s.annotator === a) a.complete(id, full.claims, source.offset);
        },
        (error: unknown) => s.report('card:details', error),
      )
      .finally(() => showWhenReady(s, a, id, focus));
    return true;
  }
  showWhenReady(s, a, id, focus);
  return true;
}

/** Brings a claim on screen (instantly: the card is placed right after) and opens its card. */
export function reveal(s: Session, id: string, focus: boolean): boolean {
  const range = s.annotator?.rangeOf(id);
  if (!range) return false;
  const vh = s.win.innerHeight;
  const offscreen = () => {
    const r = range.getBoundingClientRect();
    return r.top < 0 || r.bottom > vh;
  };
  if (offscreen()) {
    // Instant scrolling: "smooth" would leave the claim moving under the card.
    const el =
      range.startContainer.nodeType === 1
        ? (range.startContainer as Element)
        : range.startContainer.parentElement;
    // "nearest" brings the claim's element into view inside any scroll container on the way;
    // when that element is taller than the viewport (a whole article body), the window finishes the job.
    el?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    if (offscreen()) {
      const r = range.getBoundingClientRect();
      s.win.scrollBy({ top: r.top - vh / 3, behavior: 'instant' });
    }
  }
  return openCard(s, id, focus);
}

/** The keyboard shortcut: the next or previous claim from the open card, or from the top of the viewport. */
export function step(s: Session, direction: 1 | -1): boolean {
  const claims = s.annotator?.claims() ?? [];
  if (claims.length === 0) return false;
  const card = s.card;
  const current = card?.openId ? claims.findIndex((c) => c.id === card.openId) : -1;
  let next: number;
  if (current >= 0) {
    next = (current + direction + claims.length) % claims.length;
  } else {
    // Nothing open: start from the first claim at or below the top of the viewport (or the last above it).
    // Claims are in document order, so their tops grow: a binary search measures a handful, not thousands.
    const top = (i: number) => s.annotator?.rects(claims[i]!.id)[0]?.top ?? Number.NEGATIVE_INFINITY;
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
  return reveal(s, claims[next]!.id, true);
}
