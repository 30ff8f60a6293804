// Coordinates → claim: the caret under the pointer gives a text offset, the claim's own rects confirm the hit.

/** Text node and offset under a viewport point, from whichever caret API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const pos = d.caretPositionFromPoint(x, y);
      return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Some engines throw for points over replaced elements; that is simply "no text here".
  }
  return null;
}

/** A claim as hit-testing sees it: where it is in some scanned text and how to get its rects. */
export interface HitCandidate {
  id: string;
  rects(): ArrayLike<DOMRect>;
}

/** Looks up the claims whose text covers a (node, offset) position; the caller owns the offset maps. */
export type CandidatesAt = (node: Node, offset: number) => HitCandidate[];

/** Slack around a claim's rects, in CSS pixels: a click on the glyph's edge still counts. */
const SLACK = 2;

function inside(rects: ArrayLike<DOMRect>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK)
      return true;
  }
  return false;
}

/**
 * The id of the claim under viewport point (x, y), or null. The caret finds candidates cheaply; the rect check
 * rejects clicks past the end of a line or in the margin, where the caret snaps to the nearest text.
 */
export function hitTest(doc: Document, x: number, y: number, candidatesAt: CandidatesAt): string | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const c of candidatesAt(caret.node, caret.offset)) {
    if (inside(c.rects(), x, y)) return c.id;
  }
  return null;
}
