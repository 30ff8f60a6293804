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
}

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
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - size.height;
  const visible = anchor.bottom > 0 && anchor.top < viewport.height;
  if (visible) top = Math.max(margin, Math.min(top, viewport.height - size.height - margin));
  const maxLeft = Math.max(margin, viewport.width - size.width - margin);
  const left = Math.max(margin, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top), side };
}
