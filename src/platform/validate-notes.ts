// Checks the notes messages to the background by shape (every note field by field) and by sender. Pure.

import type { Note } from '../core/notes/types.js';
import { checkNote } from '../core/notes/validate.js';
import { MAX_NOTES_PER_MESSAGE, type NotesToBackground } from '../shared/notes-messages.js';

const MAX_URL = 2048;
const url = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_URL;
const optUrl = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.length <= MAX_URL);
const id = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const ids = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 10_000 && v.every(id);

function notes(v: unknown): Note[] | null {
  if (!Array.isArray(v) || v.length > MAX_NOTES_PER_MESSAGE) return null;
  const out: Note[] = [];
  for (const raw of v) {
    const checked = checkNote(raw);
    if (!checked.ok) return null;
    out.push(checked.value);
  }
  return out;
}

export function isNotesType(type: unknown): boolean {
  return typeof type === 'string' && type.startsWith('bg:notes-');
}

/** The message if it is a well-formed notes message, else null. */
export function parseNotesMessage(m: Record<string, unknown>): NotesToBackground | null {
  switch (m.type) {
    case 'bg:notes-page':
      if (!url(m.location) || !optUrl(m.canonical) || !optUrl(m.ogUrl)) return null;
      return {
        type: m.type,
        location: m.location,
        ...(typeof m.canonical === 'string' ? { canonical: m.canonical } : {}),
        ...(typeof m.ogUrl === 'string' ? { ogUrl: m.ogUrl } : {}),
      };
    case 'bg:notes-save': {
      const checked = checkNote(m.note);
      return checked.ok ? { type: m.type, note: checked.value } : null;
    }
    case 'bg:notes-delete':
    case 'bg:notes-open':
      return url(m.url) && id(m.id) ? { type: m.type, url: m.url, id: m.id } : null;
    case 'bg:notes-anchored':
      return url(m.url) && ids(m.found) && ids(m.missing)
        ? { type: m.type, url: m.url, found: m.found, missing: m.missing }
        : null;
    case 'bg:notes-import':
    case 'bg:notes-restore': {
      const list = notes(m.notes);
      return list ? { type: m.type, notes: list } : null;
    }
    case 'bg:notes-reindex':
      return { type: m.type };
    default:
      return null;
  }
}

/** Page state comes from content scripts; opening tabs and bulk changes only from our own pages. */
export function notesAllowedFrom(msg: NotesToBackground, kind: 'content' | 'extension-page' | null): boolean {
  if (kind === null) return false;
  switch (msg.type) {
    case 'bg:notes-page':
    case 'bg:notes-anchored':
      return kind === 'content';
    case 'bg:notes-save':
    case 'bg:notes-delete':
      return true;
    default:
      return kind === 'extension-page';
  }
}
