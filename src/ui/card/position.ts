// Where the card goes: below the claim, or above when there is no room, always inside the viewport.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when the card fits on neither side: cap its height (it scrolls) rather than cover the claim. */
  maxHeight?: number;
}

/** Below this (CSS px) a capped card is too short to read; it may then overlap the claim instead. */
const MIN_HEIGHT = 160;

/**
 * Viewport coordinates for a card of `size` next to `anchor` (the claim's rect). When the claim is on screen the
 * card is clamped into the viewport (`margin` from each edge); when it scrolled away, the card follows it.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const roomBelow = viewport.height - anchor.bottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  let side: Placement['side'] = 'below';
  if (size.height > roomBelow && (roomAbove >= size.height || roomAbove > roomBelow)) side = 'above';
  let height = size.height;
  let maxHeight: number | undefined;
  const room = side === 'below' ? roomBelow : roomAbove;
  if (height > room && room >= MIN_HEIGHT) {
    maxHeight = Math.floor(room);
    height = maxHeight;
  }
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const visible = anchor.bottom > 0 && anchor.top < viewport.height;
  if (visible) top = Math.max(margin, Math.min(top, viewport.height - height - margin));
  const maxLeft = Math.max(margin, viewport.width - size.width - margin);
  const left = Math.max(margin, Math.min(anchor.left, maxLeft));
  const placement: Placement = { left: Math.round(left), top: Math.round(top), side };
  if (maxHeight !== undefined) placement.maxHeight = maxHeight;
  return placement;
}
