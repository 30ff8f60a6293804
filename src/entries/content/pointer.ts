// Pointer and hover: a click on a claim opens its card (drags, selections, modified clicks and links are left alone);
// resting on a claim inside a link offers the "explain" button; Escape closes a card opened by mouse.
//
// A click on a link always follows the link (we never preventDefault or stop the page's events). The card for a
// claim inside a link opens from a small "Explain this number" button that appears above the claim when the pointer
// rests on it (in our shadow root, so it takes no click from the page), from the popup's list (cs:open), or from the
// keyboard shortcut (cs:step), which steps through every claim, links included.
import { anchorOf, cardHost, loadUi, openCard, withUi } from './cards.js';
import type { Session } from './session.js';

/** Pointer travel (CSS px) beyond which a press-and-release is a drag, not a click. */
const CLICK_SLOP = 5;
/** How long the pointer rests on a claim inside a link before the "explain" button shows, and lingers after. */
const HINT_DELAY = 350;
const HINT_LINGER = 900;

function insideLink(event: Event): boolean {
  for (const t of event.composedPath()) {
    const el = t as Element;
    if (el.nodeType === 1 && el.localName === 'a' && el.hasAttribute('href')) return true;
  }
  return false;
}

/** Listens on the window (capture, passive) until the session ends. */
export function attachPointer(s: Session): void {
  const { win, signal } = s;
  let down: { x: number; y: number } | null = null;
  const onPointerDown = s.guard('pointerdown', (e: PointerEvent) => {
    down = e.isPrimary ? { x: e.clientX, y: e.clientY } : null;
    // The first press on a claim starts loading the card UI, so it is there by the click (one hit test per press).
    if (!s.ui && !s.uiLoad && down && s.annotator?.hitTest(e.clientX, e.clientY, e.target))
      loadUi(s).catch(() => undefined);
  });
  const onClick = s.guard('click', (e: MouseEvent) => {
    const a = s.annotator;
    if (!a || s.card?.contains(e)) return;
    const moved = down !== null && Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP;
    down = null;
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || moved) return;
    const sel = win.getSelection();
    if (sel && !sel.isCollapsed) return;
    const id = insideLink(e) ? null : a.hitTest(e.clientX, e.clientY, e.target);
    if (id && id !== s.card?.openId) openCard(s, id, false);
    else if (!id) s.card?.close();
  });

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
    hintTimer = win.setTimeout(s.guard('hint', fn), ms);
  };
  const onHover = s.guard('pointermove', () => {
    hoverFrame = 0;
    const e = lastMove;
    const a = s.annotator;
    if (!e || !a) return;
    if (e.overUs) {
      win.clearTimeout(hintTimer);
      return;
    }
    const card = s.card;
    const id = e.inLink ? a.hitTest(e.x, e.y, e.target) : null;
    if (id && id === card?.hintId) {
      win.clearTimeout(hintTimer);
    } else if (id && id !== card?.openId) {
      setHintTimer(() => {
        const annotator = s.annotator;
        if (!annotator) return;
        withUi(s, 'hint', (ui) => {
          if (s.annotator !== annotator || !annotator.get(id)) return;
          cardHost(s, ui).showHint(
            id,
            () => anchorOf(annotator.rects(id)),
            s.guard('hint-open', () => openCard(s, id, true)),
          );
        });
      }, HINT_DELAY);
    } else if (card?.hintId) {
      setHintTimer(() => s.card?.hideHint(), HINT_LINGER);
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
      overUs: s.card?.contains(e) ?? false,
    };
    if (!hoverFrame && !signal.aborted) hoverFrame = win.requestAnimationFrame(() => onHover());
  };
  signal.addEventListener('abort', () => {
    win.clearTimeout(hintTimer);
    if (hoverFrame) win.cancelAnimationFrame(hoverFrame);
  });
  const onKeyDown = s.guard('keydown', (e: KeyboardEvent) => {
    // Escape inside the card is handled by the card; here it closes a card opened by mouse (focus on the page).
    if (e.key === 'Escape' && s.card?.openId && !s.card.contains(e)) s.card.close();
  });

  const listen = { capture: true, passive: true, signal };
  win.addEventListener('pointerdown', onPointerDown as EventListener, listen);
  win.addEventListener('click', onClick as EventListener, listen);
  win.addEventListener('keydown', onKeyDown as EventListener, listen);
  win.addEventListener('pointermove', onPointerMove as EventListener, listen);
}
