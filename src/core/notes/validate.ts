// Checks a note field by field (stored, sent by a content script, or imported): a note is either wholly valid or
// rejected with the reason. Pure.
import type { ClaimKind } from '../types.js';
import {
  CLAIM_KINDS,
  type ClaimInfo,
  MAX_NOTE,
  MAX_QUOTE,
  MAX_SENTENCE,
  MAX_TITLE,
  type Note,
  VERDICTS,
  type Verdict,
} from './types.js';
import { cleanUrl } from './url.js';

/** Context is 32 characters when we write it; other tools may keep more. */
const MAX_CONTEXT = 256;
const MAX_UNIT = 40;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

const CANONICAL_TIME = /^\d{4}-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.\d{3}Z$/;

/** An ISO 8601 time the Date parser reads, normalized to toISOString(); null otherwise. */
export function isoTime(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 40 || !/^\d{4}-\d\d-\d\dT/.test(v)) return null;
  // Already in toISOString's form (every time we store): range-check the fields instead of a parse and a format.
  const m = CANONICAL_TIME.exec(v);
  if (m) {
    const [month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as number[];
    if (month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31 && hour! < 24 && minute! < 60 && second! < 60)
      return v;
    return null;
  }
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

export function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

export function checkClaim(raw: unknown): Checked<ClaimInfo> {
  if (!isRecord(raw)) return fail('claim: missing');
  if (typeof raw.kind !== 'string' || !(CLAIM_KINDS as readonly string[]).includes(raw.kind))
    return fail(`claim.kind: unknown kind ${JSON.stringify(String(raw.kind)).slice(0, 40)}`);
  if (typeof raw.value !== 'number' || !Number.isFinite(raw.value))
    return fail('claim.value: not a finite number');
  if (raw.unit !== null && !str(raw.unit, MAX_UNIT)) return fail('claim.unit: not a short string or null');
  const sentence = raw.sentence ?? '';
  if (!str(sentence, MAX_SENTENCE)) return fail(`claim.sentence: not a string of at most ${MAX_SENTENCE}`);
  return { ok: true, value: { kind: raw.kind as ClaimKind, value: raw.value, unit: raw.unit, sentence } };
}

/** A whole note, or the first reason it is not one. */
export function checkNote(raw: unknown): Checked<Note> {
  if (!isRecord(raw)) return fail('not an object');
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) return fail('id: missing or malformed');
  const url = typeof raw.url === 'string' ? cleanUrl(raw.url) : null;
  if (!url) return fail('url: not an http(s) address');
  const title = raw.title ?? '';
  if (!str(title, MAX_TITLE)) return fail(`title: not a string of at most ${MAX_TITLE}`);
  const quote = raw.quote;
  if (!isRecord(quote)) return fail('quote: missing');
  if (!str(quote.exact, MAX_QUOTE) || quote.exact.trim() === '')
    return fail('quote.exact: empty or too long');
  if (!str(quote.prefix, MAX_CONTEXT)) return fail('quote.prefix: not a string');
  if (!str(quote.suffix, MAX_CONTEXT)) return fail('quote.suffix: not a string');
  const position = raw.position;
  if (!isRecord(position)) return fail('position: missing');
  const { start, end } = position;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (end as number) < (start as number)
  )
    return fail('position: start and end must be integers, 0 ≤ start ≤ end');
  const claim = checkClaim(raw.claim);
  if (!claim.ok) return claim;
  const verdict = raw.verdict ?? null;
  if (verdict !== null && !isVerdict(verdict))
    return fail('verdict: not one of checked, disputed, misleading, needs-source');
  if (!str(raw.note, MAX_NOTE)) return fail(`note: not a string of at most ${MAX_NOTE} characters`);
  if (verdict === null && raw.note.trim() === '') return fail('neither a verdict nor a note');
  const created = isoTime(raw.created);
  const modified = isoTime(raw.modified);
  if (!created) return fail('created: not an ISO time');
  if (!modified) return fail('modified: not an ISO time');
  const note: Note = {
    id: raw.id,
    url,
    title,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { start: start as number, end: end as number },
    claim: claim.value,
    verdict,
    note: raw.note,
    created,
    modified,
  };
  const anchor = raw.anchor;
  if (isRecord(anchor) && typeof anchor.found === 'boolean') {
    const at = isoTime(anchor.at);
    if (at) note.anchor = { found: anchor.found, at };
  }
  return { ok: true, value: note };
}
