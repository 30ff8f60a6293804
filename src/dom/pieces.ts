// Pieces: how a pass's text is cut into analyze() calls (whole sentences, bounded size), how several roots become one
// text, and the article's first screens the content script sends ahead of its settings request.
import { type Extraction, type Segment, TextCollector } from './extract.js';
import type { Deadline } from './scheduler.js';

/** A chunk of text is analyzed at once: a whole typical article, bounded so one call stays short on huge pages. */
export const CHUNK = 8000;
/** The initial pass's head: about the first screens of an article. */
export const FIRST_CHARS = 8000;

/**
 * The text the initial pass sends first (the article's first screens), read within `deadline`, or null when it
 * could not be read in time. The content script sends it ahead of its settings request; the annotator's head pass
 * reads the same text, so its first piece is that very request.
 */
export function firstScreens(root: Element, deadline: Deadline): string | null {
  const head = new TextCollector(root, { stopAfterChars: FIRST_CHARS });
  return head.step(deadline) ? mergeExtractions([head.result()]).text : null;
}

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

/** Several roots' extractions as one text (a "\n" between them), so a mutation batch is analyzed once. */
export function mergeExtractions(list: Extraction[]): Extraction {
  if (list.length === 1) return list[0]!;
  let text = '';
  const segments: Segment[] = [];
  const blocks: Extraction['blocks'] = [];
  for (const x of list) {
    if (x.text === '') continue;
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    const shift = text.length;
    for (const s of x.segments) segments.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const b of x.blocks) blocks.push({ ...b, start: b.start + shift, end: b.end + shift });
    text += x.text;
  }
  return { text, segments, blocks, root: list[0]!.root };
}
