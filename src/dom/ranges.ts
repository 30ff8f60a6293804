// Offsets ↔ DOM Ranges through an extraction's segment map; safe against nodes the page removed or rewrote since.
import { type Extraction, offsetToPosition, segmentIndexAt } from './extract.js';

/** The text a Range covers, as extraction saw it (whitespace runs as spaces, separators as "\n"). */
export function textOf(extraction: Pick<Extraction, 'segments'>, start: number, end: number): string {
  const { segments } = extraction;
  let i = segmentIndexAt(segments, start);
  if (i < 0) return '';
  let out = '';
  let pos = start;
  for (; i < segments.length && pos < end; i++) {
    const s = segments[i]!;
    if (s.start > pos) {
      out += '\n';
      pos = s.start;
      if (pos >= end) break;
    }
    const from = s.nodeOffset + (pos - s.start);
    const to = s.nodeOffset + (Math.min(end, s.end) - s.start);
    out += s.node.data.slice(from, to).replace(/[\t\n\r\f]/g, ' ');
    pos = Math.min(end, s.end);
  }
  return out;
}

/**
 * Whether text[start, end) still maps onto live text reading `quote`: the Text node holding its start, else null.
 * The check rangeFor makes, without creating a Range (every live Range costs the page on each DOM change).
 */
export function mappedStart(
  extraction: Pick<Extraction, 'segments'>,
  start: number,
  end: number,
  quote: string,
): Text | null {
  try {
    const a = offsetToPosition(extraction, start);
    const b = offsetToPosition(extraction, end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    if (a.offset > a.node.data.length || b.offset > b.node.data.length) return null;
    if (normalize(textOf(extraction, start, end)) !== normalize(quote)) return null;
    return a.node;
  } catch {
    return null;
  }
}

/**
 * A live Range for text[start, end), or null when its nodes left the document or their text changed so the
 * range no longer reads `quote` (pass the claim's text). Never throws.
 */
export function rangeFor(
  doc: Document,
  extraction: Pick<Extraction, 'segments'>,
  start: number,
  end: number,
  quote?: string,
): Range | null {
  try {
    const a = offsetToPosition(extraction, start);
    const b = offsetToPosition(extraction, end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    if (a.offset > a.node.data.length || b.offset > b.node.data.length) return null;
    if (quote !== undefined && normalize(textOf(extraction, start, end)) !== normalize(quote)) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  } catch {
    return null;
  }
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
