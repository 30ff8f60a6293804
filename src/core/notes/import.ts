// Notes in: reads a W3C Web Annotation JSON export (ours, or any with a TextQuoteSelector and ClaimLens' claim data),
// checks every field of every annotation and says what it skipped and why. A file that is not such an export at all
// yields an error and no notes. Pure.
import { ANNO_CONTEXT } from './export.js';
import type { Note } from './types.js';
import { checkNote, isRecord, isVerdict } from './validate.js';

/** Largest import read (a 10,000-note export is about 10 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_NOTES = 100_000;

export interface Skipped {
  /** 1-based place of the annotation in the file. */
  index: number;
  reason: string;
}

export type ImportParse = { ok: true; notes: Note[]; skipped: Skipped[] } | { ok: false; error: string };

function hasAnnoContext(v: unknown): boolean {
  if (v === ANNO_CONTEXT) return true;
  return Array.isArray(v) && v.includes(ANNO_CONTEXT);
}

/** The annotations of a collection, a page, an array, or a single annotation; null when it is none of these. */
function items(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) return null;
  if (doc.type === 'Annotation') return [doc];
  if (doc.type === 'AnnotationPage' && Array.isArray(doc.items)) return doc.items;
  if (doc.type === 'AnnotationCollection' && isRecord(doc.first) && Array.isArray(doc.first.items))
    return doc.first.items;
  return null;
}

function noteId(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const m = /^urn:(?:uuid|claimlens):(.+)$/.exec(id);
  return m ? m[1]! : null;
}

/** One W3C annotation to a note (then checked like any stored note). */
function fromAnnotation(a: unknown, inheritedContext: boolean): { note?: unknown; reason?: string } {
  if (!isRecord(a)) return { reason: 'not an object' };
  if (a.type !== 'Annotation') return { reason: 'type is not "Annotation"' };
  if (!inheritedContext && !hasAnnoContext(a['@context']))
    return { reason: `@context is not ${ANNO_CONTEXT}` };
  const id = noteId(a.id);
  if (!id) return { reason: 'id is not a urn:uuid: or urn:claimlens: identifier' };
  const target = Array.isArray(a.target) ? a.target[0] : a.target;
  if (!isRecord(target) || typeof target.source !== 'string') return { reason: 'target.source: missing' };
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quote = selectors.find((s) => isRecord(s) && s.type === 'TextQuoteSelector') as
    | Record<string, unknown>
    | undefined;
  const position = selectors.find((s) => isRecord(s) && s.type === 'TextPositionSelector') as
    | Record<string, unknown>
    | undefined;
  if (!quote) return { reason: 'target.selector: no TextQuoteSelector' };
  if (!position) return { reason: 'target.selector: no TextPositionSelector' };
  const bodies = (Array.isArray(a.body) ? a.body : a.body === undefined ? [] : [a.body]).filter(isRecord);
  const comment = bodies.filter((b) => b.purpose === 'commenting');
  const assessing = bodies.filter((b) => b.purpose === 'assessing');
  if (comment.length > 1 || assessing.length > 1) return { reason: 'body: more than one note or verdict' };
  const verdict = assessing[0]?.value ?? null;
  if (verdict !== null && !isVerdict(verdict))
    return { reason: 'body: the verdict is not one ClaimLens knows' };
  const extra = isRecord(a.claimlens) ? a.claimlens : {};
  return {
    note: {
      id,
      url: target.source,
      title: extra.title ?? '',
      quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: { start: position.start, end: position.end },
      claim: { kind: extra.kind, value: extra.value, unit: extra.unit, sentence: extra.sentence ?? '' },
      verdict,
      note: comment[0]?.value ?? '',
      created: a.created,
      modified: a.modified ?? a.created,
    },
  };
}

/** Parses an export's text. Never throws. */
export function parseImport(text: string): ImportParse {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'the file is too large' };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: 'the file is not JSON' };
  }
  const list = items(doc);
  if (!list) return { ok: false, error: 'the file is not a W3C Web Annotation export' };
  if (list.length > MAX_IMPORT_NOTES) return { ok: false, error: 'the file holds too many annotations' };
  // A collection or page names the context once for all its items.
  const inherited = isRecord(doc) && hasAnnoContext(doc['@context']);
  const notes: Note[] = [];
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const { note, reason } = fromAnnotation(item, inherited);
    if (reason) {
      skipped.push({ index: i + 1, reason });
      return;
    }
    const checked = checkNote(note);
    if (!checked.ok) skipped.push({ index: i + 1, reason: checked.reason });
    else if (ids.has(checked.value.id))
      skipped.push({ index: i + 1, reason: 'the same id twice in the file' });
    else {
      ids.add(checked.value.id);
      notes.push(checked.value);
    }
  });
  return { ok: true, notes, skipped };
}
